import { T2_LAYOUT, T3_COLUMNS, T3_GROUP_LABELS, T3_ROWS, T4_GROUPS, T4_OUTCOMES, type TemplateVersion, t3Key, t4Key } from '@gongkai/domain';

import { type DocTable } from '../model/document-model';
import { type AmbiguousRow } from '../model/parsed-report';
import { buildFlattenedTable } from '../extract/txt';
import { labelKey } from '../normalise/text';

/**
 * Text whose spaces, TABs and line breaks a scraper removed: the tables survive only as labels followed
 * by their digits run together ('（一）予以公开710000071'). Each template label is found in template order,
 * and the text up to the next label is that row's cells. A run of digits is split into the row's cells
 * only when exactly one split exists that satisfies the template's own arithmetic (Table 3: 总计 = the
 * six applicant columns; Table 4: each group's 总计 = its four outcomes) or that has one digit per cell;
 * otherwise the row is not read and is reported as ambiguous. Nothing is guessed.
 */

const MAX_SOLUTIONS = 2;
/** No count in these tables runs to seven digits; longer pieces are not tried. */
const MAX_PIECE = 6;
/** A bound on the search: a run that needs more steps than this is reported as ambiguous, not searched on. */
const MAX_STEPS = 50_000;
const TOO_MANY: number[][] = [[], []];

/**
 * Ways to cut `digits` into `parts` integers without leading zeros, up to two, where `forced(values)`
 * gives the value the next part must have when the arithmetic fixes it (a total), and `ok` checks a
 * complete split.
 */
function splits(digits: string, parts: number, ok: (values: number[]) => boolean, forced: (values: number[]) => number | null = () => null): number[][] {
  if (digits.length > parts * MAX_PIECE) return TOO_MANY;
  const out: number[][] = [];
  const current: number[] = [];
  let steps = 0;
  const walk = (at: number): void => {
    steps += 1;
    if (out.length >= MAX_SOLUTIONS || steps > MAX_STEPS) return;
    if (current.length === parts) {
      if (at === digits.length && ok(current)) out.push([...current]);

      return;
    }
    const left = parts - current.length;
    if (digits.length - at < left || digits.length - at > left * MAX_PIECE) return;
    const must = forced(current);
    if (must !== null) {
      const piece = String(must);
      if (!digits.startsWith(piece, at)) return;
      current.push(must);
      walk(at + piece.length);
      current.pop();

      return;
    }
    for (let end = at + 1; end <= Math.min(digits.length - (left - 1), at + MAX_PIECE); end += 1) {
      const piece = digits.slice(at, end);
      if (piece.length > 1 && piece.startsWith('0')) break;
      current.push(Number(piece));
      walk(end);
      current.pop();
    }
  };
  walk(0);

  return steps > MAX_STEPS ? TOO_MANY : out;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const rowTotalHolds = (v: number[]) => v[6] === sum(v.slice(0, 6));
const rowTotalForced = (v: number[]) => (v.length === 6 ? sum(v) : null);
const groupTotalsHold = (v: number[]) => [0, 5, 10].every((g) => v[g + 4] === sum(v.slice(g, g + 4)));
const groupTotalForced = (v: number[]) => (v.length % 5 === 4 ? sum(v.slice(v.length - 4)) : null);
const oneDigitEach = (digits: string, parts: number) => digits.length === parts;

export type StrippedTables = { tables: DocTable[]; ambiguous: AmbiguousRow[] };

export function tablesFromStrippedText(body: string, template: TemplateVersion, firstIndex: number): StrippedTables | null {
  const text = labelKey(body);
  const ambiguous: AmbiguousRow[] = [];
  let cursor = 0;
  /** The first place after the cursor where `label` is followed by a digit (the same words occur in the prose). */
  const find = (label: string): number => {
    const key = labelKey(label);
    for (let at = text.indexOf(key, cursor); at >= 0; at = text.indexOf(key, at + 1)) {
      const next = text.charCodeAt(at + key.length);
      if (next >= 48 && next <= 57) return at;
    }

    return -1;
  };

  // ---------------------------------------------------------------- Table 2
  const t2: string[][] = [];
  const t2Labels = T2_LAYOUT[template].flatMap((block) => block.rows.map((row) => ({ block, row })));
  for (let i = 0; i < t2Labels.length; i += 1) {
    const { block, row } = t2Labels[i] as (typeof t2Labels)[number];
    const at = find(row.label);
    if (at < 0) continue;
    if (block.rows[0] === row) t2.push([block.caption], ['信息内容', ...block.columns.map((c) => c.label)]);
    const start = at + labelKey(row.label).length;
    const m = /^[0-9.]+(?:万元|元)?/.exec(text.slice(start));
    cursor = start + (m?.[0].length ?? 0);
    const run = m?.[0] ?? '';
    const keys = block.columns.map((c) => `t2_${row.id}_${c.id}`);
    if (block.columns.length === 1 && run !== '') t2.push([row.label, run]);
    else if (/^\d+$/.test(run) && oneDigitEach(run, block.columns.length)) t2.push([row.label, ...run.split('')]);
    else if (run !== '') ambiguous.push({ table: 't2', label: row.label, cells: [run], keys });
  }

  // ---------------------------------------------------------------- Table 3
  const t3: string[][] = [T3_COLUMNS.map((c) => c.label)];
  let group: string | null = null;
  // All labels first: a row's digits end where the next label starts ('…国家秘密4000004' + '2.其他…').
  const found3: { row: (typeof T3_ROWS)[number]; at: number; start: number }[] = [];
  for (const row of T3_ROWS.filter((r) => r.versions.includes(template))) {
    const at = find(row.label);
    if (at < 0) continue;
    found3.push({ row, at, start: at + labelKey(row.label).length });
    cursor = at + 1;
  }
  for (let i = 0; i < found3.length; i += 1) {
    const { row, start } = found3[i] as (typeof found3)[number];
    const end = found3[i + 1]?.at ?? text.length;
    const run = /^\d+/.exec(text.slice(start, end))?.[0] ?? '';
    cursor = start + run.length;
    const labels = row.group !== 'top' && row.group !== 'result' && row.group !== group ? [T3_GROUP_LABELS[row.group].label, row.label] : [row.label];
    group = row.group;
    const found = run === '' ? [] : splits(run, 7, rowTotalHolds, rowTotalForced);
    if (found.length === 1) t3.push([...labels, ...(found[0] as number[]).map(String)]);
    else if (run !== '') ambiguous.push({ table: 't3', label: row.label, cells: [run], keys: T3_COLUMNS.map((c) => t3Key(row.id, c.id)) });
  }

  // ---------------------------------------------------------------- Table 4: the digits after its last header word
  const t4: string[][] = [];
  const header = /^(?:行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计)+?(?:尚未审结总计)(\d+)/;
  let run = '';
  for (let at = text.indexOf('行政诉讼', cursor); at >= 0 && run === ''; at = text.indexOf('行政诉讼', at + 1)) run = header.exec(text.slice(at, at + 400))?.[1] ?? '';
  {
    const found = run === '' ? [] : splits(run, 15, groupTotalsHold, groupTotalForced);
    const keys = T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => t4Key(g.id, o.id)));
    if (found.length === 1) t4.push(['行政复议', '行政诉讼'], (found[0] as number[]).map(String));
    else if (run !== '') ambiguous.push({ table: 't4', label: '行政复议、行政诉讼', cells: [run], keys });
  }

  if (t3.length === 1 && t2.length === 0 && t4.length === 0 && ambiguous.length === 0) return null;
  const tables = [t2, t3, t4].filter((rows) => rows.length > 0).map((rows, i) => buildFlattenedTable(rows, firstIndex + i));

  return { tables, ambiguous };
}
