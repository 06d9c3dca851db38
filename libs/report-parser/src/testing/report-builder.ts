import {
  T2_LAYOUT,
  T3_COLUMNS,
  T3_GROUP_LABELS,
  T3_LABEL_ONLY,
  T3_NOTE_LABEL,
  T3_ROWS,
  T4_GROUPS,
  T4_OUTCOMES,
  SECTION_HEADINGS,
  type TemplateVersion,
} from '@gongkai/domain';

/**
 * Test-only builders of small, complete reports in the two layouts the parser reads itself: the seed's
 * Word→text layout (TAB-prefixed cells, blank line per row) and HTML tables with rowspan/colspan. Labels
 * come from @gongkai/domain, so the builders never carry a label table of their own. Every printed cell
 * can be overridden to produce a deviation.
 */

export type Cell = string | number;

export type ReportSpec = {
  template: TemplateVersion;
  /** Title lines as printed (a split title is two lines). */
  title?: string[];
  /** Paragraphs before 一、总体情况. */
  preamble?: string[];
  /** Section heading overrides by numeral ('四' → '四、因政府信息公开工作被申请行政复议提起行政诉讼情况'); null drops it. */
  headings?: Partial<Record<string, string | null>>;
  /** Narrative of 一、总体情况. */
  overview?: string[];
  /** Table 2 cells by metric key (t2_nd_issued → '5'); defaults to 0. */
  t2?: Record<string, Cell>;
  /** Table 2 row label overrides by row id (D12: '规章（设区的市、自治州人民政府应提供相关数据）'). */
  t2Labels?: Record<string, string>;
  /** Extra Table 2 rows appended to block 一 (D12 provincial rows). */
  t2ExtraRows?: { label: string; cells: Cell[] }[];
  /** Table 3 cells by row id: 7 cells (np…tot), or fewer for a collapsed row (D11). */
  t3?: Record<string, Cell[]>;
  /** Table 3 row label overrides by row id. */
  t3Labels?: Record<string, string>;
  /** Print （六）其他处理 as one row although the template is GB2021 (values under `t3.other_total`). */
  otherAsOneRow?: boolean;
  /** Omit Table 3 and everything after it (a truncated document). */
  truncateAfterTable2?: boolean;
  /** Table 4: the 15 cells in printed order. */
  t4?: Cell[];
  /** Narrative of 五、存在的主要问题及改进情况. */
  problems?: string[];
  /** Narrative of 六、其他需要报告的事项. */
  other?: string[];
  /** Lines after section 六 (signature block). */
  tail?: string[];
};

const ZERO7: Cell[] = [0, 0, 0, 0, 0, 0, 0];

/** A consistent default data set: 4 requests, 3 granted, 1 partial; one reconsideration upheld. */
export const DEFAULT_T3: Record<string, Cell[]> = {
  new_received: [3, 1, 0, 0, 0, 0, 4],
  granted: [2, 1, 0, 0, 0, 0, 3],
  partial: [1, 0, 0, 0, 0, 0, 1],
  result_total: [3, 1, 0, 0, 0, 0, 4],
};
export const DEFAULT_T4: Cell[] = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

function heading(spec: ReportSpec, numeral: string): string | null {
  const override = spec.headings?.[numeral];
  if (override === null) return null;

  return override ?? SECTION_HEADINGS.find((h) => h.numeral === numeral)?.label ?? null;
}

type T3PrintedRow = { id: string; group: string | null; first: boolean; label: string; cells: Cell[] };

function t3Rows(spec: ReportSpec): T3PrintedRow[] {
  const out: T3PrintedRow[] = [];
  let lastGroup: string | null = null;
  for (const row of T3_ROWS) {
    let id = row.id;
    if (spec.template === 'gb2021' && spec.otherAsOneRow) {
      if (row.id === 'other_no_fee' || row.id === 'other_misc') continue;
      if (row.id === 'other_no_correction') id = 'other_total';
    } else if (!row.versions.includes(spec.template)) continue;
    const def = T3_ROWS.find((r) => r.id === id) ?? row;
    const grouped = def.group !== 'top' && def.group !== 'result' && id !== 'other_total' ? def.group : null;
    const label = spec.t3Labels?.[id] ?? (id === 'other_total' ? T3_GROUP_LABELS.other.label : def.label);
    out.push({ id, group: grouped, first: grouped !== null && grouped !== lastGroup, label, cells: spec.t3?.[id] ?? DEFAULT_T3[id] ?? ZERO7 });
    lastGroup = grouped;
  }

  return out;
}

/** Table 2 cell as printed; the GB2019 procurement amount defaults to a value with its unit. */
function t2Cell(spec: ReportSpec, key: string): Cell {
  return spec.t2?.[key] ?? (key === 't2_procure_amount_yuan' ? '100万元' : 0);
}

/** The data year the default title and preamble use. */
export const defaultYear = (template: TemplateVersion) => (template === 'gb2019' ? 2020 : 2022);
const defaultTitle = (spec: ReportSpec) => [`测试县${defaultYear(spec.template)}年政府信息公开工作年度报告`];
const defaultPreamble = (spec: ReportSpec) => [`本报告所列数据统计期限为${defaultYear(spec.template)}年1月1日至${defaultYear(spec.template)}年12月31日。`];

// ---------------------------------------------------------------------------------------------- txt

const cellLines = (cells: readonly Cell[]) => cells.map((c) => `\t${String(c)}`);

/** The seed's Word→text layout (spec §7, last paragraph). */
export function reportTxt(spec: ReportSpec): string {
  const lines: string[] = [...(spec.title ?? defaultTitle(spec)), ''];
  for (const p of spec.preamble ?? defaultPreamble(spec)) lines.push(`    ${p}`);
  const section = (numeral: string, body: string[]) => {
    const h = heading(spec, numeral);
    if (h) lines.push(` ${h}`);
    lines.push(...body);
  };
  section('一', spec.overview ?? ['本年度工作有序开展。']);
  section('二', []);
  for (const block of T2_LAYOUT[spec.template]) {
    lines.push(`\t${block.caption}`, '');
    lines.push('\t信息内容', ...block.columns.map((c) => `\t${c.label.replace('本年新', '本年新\n')}`), '');
    for (const row of block.rows) {
      lines.push(`\t${spec.t2Labels?.[row.id] ?? row.label}`, ...cellLines(block.columns.map((c) => t2Cell(spec, `t2_${row.id}_${c.id}`))), '');
    }
    if (block.item === '一') for (const extra of spec.t2ExtraRows ?? []) lines.push(`\t${extra.label}`, ...cellLines(extra.cells), '');
  }
  lines.push('');
  if (spec.truncateAfterTable2) return lines.join('\n');
  section('三', []);
  lines.push(`\t${T3_NOTE_LABEL}`, `\t${T3_LABEL_ONLY.applicants}`, '');
  lines.push('\t', `\t${T3_COLUMNS[0]?.label ?? ''}`, `\t${T3_LABEL_ONLY.org}`, '\t总计', '');
  lines.push('\t', '\t', ...T3_COLUMNS.slice(1, 6).map((c) => `\t${c.label}`), '\t', '');
  let resultsPrinted = false;
  for (const row of t3Rows(spec)) {
    const lead: string[] = [];
    const top = row.id === 'new_received' || row.id === 'carried_in' || row.id === 'carried_out';
    if (!top) {
      if (!resultsPrinted) {
        lead.push(`\t${T3_LABEL_ONLY.results}`);
        resultsPrinted = true;
      } else lead.push('\t');
      if (row.group) lead.push(row.first ? `\t${T3_GROUP_LABELS[row.group as keyof typeof T3_GROUP_LABELS].label}` : '\t');
    }
    lines.push(...lead, `\t${row.label}`, ...cellLines(row.cells), '');
  }
  lines.push('');
  section('四', []);
  lines.push(`\t${T4_GROUPS[0]?.label ?? ''}`, '\t行政诉讼', '');
  lines.push(...T4_OUTCOMES.map((o) => `\t${o.label}`), ...T4_GROUPS.slice(1).map((g) => `\t${g.label}`), '');
  lines.push('\t', '\t', '\t', '\t', '\t', ...[1, 2].flatMap(() => T4_OUTCOMES.map((o) => `\t${o.label}`)), '');
  lines.push(...cellLines(spec.t4 ?? DEFAULT_T4), '', '');
  section('五', spec.problems ?? ['工作仍有不足。']);
  section('六', (spec.other ?? ['无']).map((p) => `    ${p}`));
  lines.push('', ...(spec.tail ?? ['                           测试县人民政府办公室', '                               2021年2月8日']));

  return `${lines.join('\n')}\n`;
}

// --------------------------------------------------------------------------------------------- html

const td = (text: Cell, attrs = '') => `<td${attrs}>${String(text)}</td>`;

/** The same report as an HTML page with merged cells as rowspan/colspan (spec §3.2, §4.1, §5). */
export function reportHtml(spec: ReportSpec, options: { head?: string; chrome?: boolean } = {}): string {
  const body: string[] = [];
  for (const line of spec.title ?? defaultTitle(spec)) body.push(`<p>${line}</p>`);
  for (const p of spec.preamble ?? defaultPreamble(spec)) body.push(`<p>${p}</p>`);
  const section = (numeral: string, paragraphs: string[]) => {
    const h = heading(spec, numeral);
    if (h) body.push(`<p><span>${h}</span></p>`);
    for (const p of paragraphs) body.push(`<p>${p}</p>`);
  };
  section('一', spec.overview ?? ['本年度工作有序开展。']);
  section('二', []);
  const t2: string[] = [];
  for (const block of T2_LAYOUT[spec.template]) {
    const span = block.columns.length === 1 ? ' colspan="3"' : '';
    t2.push(`<tr>${td(block.caption, ' colspan="4"')}</tr>`);
    t2.push(`<tr>${td('信息内容')}${block.columns.map((c) => td(`<p>${c.label.replace('本年新', '本年新<br/>')}</p>`, span)).join('')}</tr>`);
    for (const row of block.rows) {
      t2.push(`<tr>${td(spec.t2Labels?.[row.id] ?? row.label)}${block.columns.map((c) => td(t2Cell(spec, `t2_${row.id}_${c.id}`), span)).join('')}</tr>`);
    }
    if (block.item === '一') for (const extra of spec.t2ExtraRows ?? []) t2.push(`<tr>${td(extra.label)}${extra.cells.map((c) => td(c)).join('')}</tr>`);
  }
  body.push(`<table border="1"><tbody>${t2.join('')}</tbody></table>`);
  if (!spec.truncateAfterTable2) {
    section('三', []);
    const rows = t3Rows(spec);
    const t3: string[] = [];
    t3.push(`<tr>${td(T3_NOTE_LABEL, ' colspan="3" rowspan="3"')}${td(T3_LABEL_ONLY.applicants, ' colspan="7"')}</tr>`);
    t3.push(`<tr>${td(T3_COLUMNS[0]?.label ?? '', ' rowspan="2"')}${td(T3_LABEL_ONLY.org, ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`);
    t3.push(`<tr>${T3_COLUMNS.slice(1, 6).map((c) => td(c.label)).join('')}</tr>`);
    const resultRows = rows.filter((r) => !['new_received', 'carried_in', 'carried_out'].includes(r.id)).length;
    let resultsPrinted = false;
    for (const row of rows) {
      const values = row.cells.map((c) => td(c)).join('');
      if (['new_received', 'carried_in', 'carried_out'].includes(row.id)) {
        t3.push(`<tr>${td(row.label, ' colspan="3"')}${values}</tr>`);
        continue;
      }
      const lead = resultsPrinted ? '' : td(T3_LABEL_ONLY.results, ` rowspan="${resultRows}"`);
      resultsPrinted = true;
      if (!row.group) {
        t3.push(`<tr>${lead}${td(row.label, ' colspan="2"')}${values}</tr>`);
        continue;
      }
      const size = rows.filter((r) => r.group === row.group).length;
      const groupCell = row.first ? td(T3_GROUP_LABELS[row.group as keyof typeof T3_GROUP_LABELS].label, ` rowspan="${size}"`) : '';
      t3.push(`<tr>${lead}${groupCell}${td(row.label)}${values}</tr>`);
    }
    body.push(`<table border="1"><tbody>${t3.join('')}</tbody></table>`);
    section('四', []);
    const t4: string[] = [];
    t4.push(`<tr>${td(T4_GROUPS[0]?.label ?? '', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>`);
    t4.push(`<tr>${T4_OUTCOMES.map((o) => td(o.label, ' rowspan="2"')).join('')}${T4_GROUPS.slice(1).map((g) => td(g.label, ' colspan="5"')).join('')}</tr>`);
    t4.push(`<tr>${[1, 2].flatMap(() => T4_OUTCOMES.map((o) => td(o.label))).join('')}</tr>`);
    t4.push(`<tr>${(spec.t4 ?? DEFAULT_T4).map((c) => td(c)).join('')}</tr>`);
    body.push(`<table border="1"><tbody>${t4.join('')}</tbody></table>`);
    section('五', spec.problems ?? ['工作仍有不足。']);
    section('六', spec.other ?? ['无']);
    for (const line of spec.tail ?? []) body.push(`<p>${line}</p>`);
  }
  const chrome = options.chrome
    ? '<div class="header"><nav><a href="/">首页</a><a href="/a">政务公开</a></nav><script>var x = "<table><tr><td>1</td></tr></table>";</script><style>td{color:red}</style></div>'
    : '';

  return `<!DOCTYPE html><html><head><meta charset="utf-8"/>${options.head ?? ''}<title>报告</title></head><body>${chrome}<div class="TRS_Editor">${body.join('\n')}</div></body></html>`;
}
