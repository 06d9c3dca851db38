import {
  getMetric,
  type IssuerKind,
  type RuleId,
  type RuleMode,
  RULE_MODES,
  RULES_BY_ID,
  T2_LAYOUT,
  type T2Column,
  type T2Row,
  T3_APPLICANT_COLUMNS,
  T3_COLUMNS,
  T3_ROWS,
  T4_GROUPS,
  T4_OUTCOMES,
  type T3ColumnId,
  type T4OutcomeId,
  type TemplateId,
  type TemplateVersion,
  t3Key as domainT3Key,
  t4Key as domainT4Key,
} from '@gongkai/domain';

import { type Finding } from '../model/parsed-report';
import { isBelowRuleMakingLevel } from '../describe/issuer';
import { type RuleValues, type ValueGetter, getterOf, operand, show, sum } from './read-value';

/** What the single-report rules need; a ParsedReport satisfies it. */
export type ValidationInput = {
  template: TemplateId;
  year: number | null;
  values: RuleValues;
  sections: readonly string[];
  period: { start: string; end: string } | null;
  issuer: string | null;
  issuerKind: IssuerKind;
  /** Paragraph text (NFKC, whitespace removed) for TXT_T3_NARRATIVE; the rule is skipped without it. */
  narrative?: string;
};

/**
 * Cells a rule needed but the parser did not find (no cell at all, flag 'missing'), by rule. A blank cell
 * was found (D01) and is not missing. Collected in strict mode only: the same cells are missing in both.
 */
type MissingCells = Map<RuleId, Set<string>>;

function isMissing(values: ValueGetter, key: string): boolean {
  const v = values(key);

  return v === undefined || (v.flags ?? []).includes('missing');
}

/** Records the missing ones among `keys` under `rule`; true when some were missing (the check is skipped). */
function noteMissing(missing: MissingCells | null, rule: RuleId, values: ValueGetter, keys: readonly string[]): boolean {
  let any = false;
  for (const key of keys) {
    if (!isMissing(values, key)) continue;
    any = true;
    if (!missing) continue;
    let set = missing.get(rule);
    if (!set) missing.set(rule, (set = new Set()));
    set.add(key);
  }

  return any;
}

/**
 * Metric keys built once: the rules look up the same few hundred keys on every report, and a string
 * built afresh must be hashed again on every lookup.
 */
const KEYS = new Map<string, string>();
function key2(prefix: 't3' | 't4', a: string, b: string, build: () => string): string {
  const id = `${prefix}|${a}|${b}`;
  let key = KEYS.get(id);
  if (key === undefined) {
    key = build();
    KEYS.set(id, key);
  }

  return key;
}
const T3K: Record<string, Record<string, string>> = {};
for (const row of T3_ROWS) {
  const line: Record<string, string> = {};
  for (const column of T3_COLUMNS) line[column.id] = domainT3Key(row.id, column.id);
  T3K[row.id] = line;
}
const t3Key = (row: string, column: T3ColumnId): string => T3K[row]?.[column] ?? key2('t3', row, column, () => domainT3Key(row, column));
const T4K: Record<string, Record<string, string>> = {};
for (const group of T4_GROUPS) {
  const line: Record<string, string> = {};
  for (const outcome of T4_OUTCOMES) line[outcome.id] = domainT4Key(group.id, outcome.id);
  T4K[group.id] = line;
}
const t4Key = (group: string, outcome: T4OutcomeId): string => T4K[group]?.[outcome] ?? key2('t4', group, outcome, () => domainT4Key(group, outcome));
/** Row × column key lists, built once per row list. */
const T3_BALANCE_KEYS = T3_COLUMNS.map((column) => ['new_received', 'carried_in', 'result_total', 'carried_out'].map((r) => t3Key(r, column.id)));
const ROW = new Map(T3_ROWS.map((r) => [r.id, r]));
/** Short Chinese row names for messages ('本年新收', '（一）予以公开'). */
const ROW_SHORT: Record<string, string> = { new_received: '本年新收', carried_in: '上年结转', result_total: '办理结果总计', carried_out: '结转下年度' };

/** A rule's finding in the given modes (a mode, or RULE_MODES for a check that reads no blank as 0). */
function finding(rule: RuleId, modes: RuleMode | readonly RuleMode[], cells: string[], expected: string, actual: string, messageZh: string, messageEn: string): Finding {
  const def = RULES_BY_ID.get(rule);

  return { rule, severity: def?.severity ?? 'ERROR', modes: typeof modes === 'string' ? [modes] : [...modes], cells, expected, actual, messageZh, messageEn };
}

/** What makes two per-mode failures the same problem: the same rule on the same table and cells. */
function problemKey(f: Finding): string {
  return `${f.rule}|${f.table ?? ''}|${f.cells.join(',')}`;
}

/**
 * One finding per problem from the strict and the lenient run. A problem failing in both keeps the strict
 * finding (expected, actual, message): strict fails only when every operand is printed, and lenient reads
 * printed operands alike, so both say the same, and the strict figures are the report's own.
 */
function mergeModes(strict: readonly Finding[], lenient: readonly Finding[]): Finding[] {
  const out: Finding[] = [...strict];
  const byKey = new Map(out.map((f, i) => [problemKey(f), i]));
  for (const f of lenient) {
    const i = byKey.get(problemKey(f));
    if (i === undefined) out.push(f);
    else out[i] = { ...(out[i] as Finding), modes: [...RULE_MODES] };
  }

  return out;
}

function rowName(id: string): string {
  return ROW_SHORT[id] ?? ROW.get(id)?.label ?? id;
}

/** GB2021 report printing （六） as one row (corpus README): other_total is reported, its three sub-rows are not. */
function otherTotalReported(template: TemplateVersion, values: ValueGetter): boolean {
  const other = values(t3Key('other_total', 'tot'));

  return template === 'gb2019' || (other !== undefined && other.state !== 'derived' && !(other.flags ?? []).includes('missing'));
}

const OTHER_SUB_ROWS = new Set(['other_no_correction', 'other_no_fee', 'other_misc']);

function t3RowsOf(template: TemplateVersion, values: ValueGetter): string[] {
  const rows = T3_ROWS.filter((r) => r.versions.includes(template)).map((r) => r.id);
  // Its reported other_total row is checked like any other, and the sub-rows it replaces are not expected.
  if (template === 'gb2021' && otherTotalReported(template, values)) return [...rows.filter((r) => !OTHER_SUB_ROWS.has(r)), 'other_total'];

  return rows;
}

function t3Balance(values: ValueGetter, mode: RuleMode, out: Finding[], missing: MissingCells | null): void {
  T3_COLUMNS.forEach((column, index) => {
    const zero = column.id !== 'tot';
    const keys = T3_BALANCE_KEYS[index] as string[];
    if (noteMissing(missing, 'T3_BALANCE', values, keys)) return;
    const [a, b, c, d] = keys.map((k) => operand(values, k, mode, zero));
    const left = sum([a ?? null, b ?? null]);
    const right = sum([c ?? null, d ?? null]);
    if (left === null || right === null || left === right) return;
    out.push(
      finding(
        'T3_BALANCE',
        mode,
        keys,
        show(left),
        show(right),
        `表三“${column.label}”列：本年新收 ${show(a ?? null)} + 上年结转 ${show(b ?? null)} ≠ 办理结果总计 ${show(c ?? null)} + 结转下年度 ${show(d ?? null)}`,
        `Table 3, column "${column.en}": new ${show(a ?? null)} + carried in ${show(b ?? null)} ≠ total handled ${show(c ?? null)} + carried out ${show(d ?? null)}`,
      ),
    );
  });
}

function t3RowTotal(values: ValueGetter, rows: readonly string[], mode: RuleMode, out: Finding[], missing: MissingCells | null): void {
  for (const row of rows) {
    const totKey = t3Key(row, 'tot');
    const keys = T3_APPLICANT_COLUMNS.map((c) => t3Key(row, c));
    if (noteMissing(missing, 'T3_ROW_TOTAL', values, [...keys, totKey])) continue;
    const tot = operand(values, totKey, mode, false);
    if (tot === null) continue;
    const total = sum(keys.map((k) => operand(values, k, mode, true)));
    if (total === null || total === tot) continue;
    out.push(
      finding(
        'T3_ROW_TOTAL',
        mode,
        [...keys, totKey],
        show(total),
        show(tot),
        `表三“${rowName(row)}”行：总计 ${show(tot)} ≠ 各申请人列之和 ${show(total)}`,
        `Table 3, row "${ROW.get(row)?.en ?? row}": total ${show(tot)} ≠ sum of applicant columns ${show(total)}`,
      ),
    );
  }
}

function t3ResultSum(values: ValueGetter, template: TemplateVersion, mode: RuleMode, out: Finding[], missing: MissingCells | null): void {
  const outcomeRows = T3_ROWS.filter((r) => r.group !== 'top' && r.id !== 'result_total' && r.group !== 'other').map((r) => r.id);
  const otherRows = otherTotalReported(template, values) ? ['other_total'] : ['other_no_correction', 'other_no_fee', 'other_misc'];
  for (const column of T3_COLUMNS) {
    const zero = column.id !== 'tot';
    const keys = [...outcomeRows, ...otherRows].map((r) => t3Key(r, column.id));
    const totalKey = t3Key('result_total', column.id);
    if (noteMissing(missing, 'T3_RESULT_SUM', values, [...keys, totalKey])) continue;
    const parts = sum(keys.map((k) => operand(values, k, mode, zero)));
    const total = operand(values, totalKey, mode, zero);
    if (parts === null || total === null || parts === total) continue;
    out.push(
      finding(
        'T3_RESULT_SUM',
        mode,
        [...keys, totalKey],
        show(parts),
        show(total),
        `表三“${column.label}”列：（七）总计 ${show(total)} ≠ （一）至（六）之和 ${show(parts)}`,
        `Table 3, column "${column.en}": (7) total ${show(total)} ≠ sum of outcomes (1)–(6) ${show(parts)}`,
      ),
    );
  }
}

function nonNegativeIntegers(rule: 'T3_INT_NONNEG' | 'T4_INT_NONNEG', keys: readonly string[], values: ValueGetter, out: Finding[], table: string): void {
  for (const key of keys) {
    const v = values(key);
    if (!v || v.state !== 'number' || v.value === null || v.value === undefined) continue;
    if (/^\d+$/.test(v.value)) continue;
    const metric = getMetric(key);
    out.push(
      finding(rule, RULE_MODES, [key], '0, 1, 2, …', v.value, `${table}“${metric?.labelZh ?? key}”：${v.value} 不是非负整数`,
        `Table ${table === '表三' ? 3 : 4} "${metric?.labelEn ?? key}": ${v.value} is not a non-negative integer`),
    );
  }
}

function t4GroupTotal(values: ValueGetter, mode: RuleMode, out: Finding[], missing: MissingCells | null): void {
  for (const group of T4_GROUPS) {
    const keys = T4_OUTCOMES.filter((o) => o.id !== 'total').map((o) => t4Key(group.id, o.id));
    const totalKey = t4Key(group.id, 'total');
    if (noteMissing(missing, 'T4_GROUP_TOTAL', values, [...keys, totalKey])) continue;
    const parts = keys.map((k) => operand(values, k, mode, true));
    const total = operand(values, totalKey, mode, false);
    const s = sum(parts);
    if (s === null || total === null || s === total) continue;
    const zhGroup = group.id === 'review' ? group.label : `行政诉讼·${group.label}`;
    out.push(
      finding(
        'T4_GROUP_TOTAL',
        mode,
        [...keys, totalKey],
        show(s),
        show(total),
        `表四“${zhGroup}”：总计 ${show(total)} ≠ 结果维持 ${show(parts[0] ?? null)} + 结果纠正 ${show(parts[1] ?? null)} + 其他结果 ${show(parts[2] ?? null)} + 尚未审结 ${show(parts[3] ?? null)}`,
        `Table 4, "${group.en}": total ${show(total)} ≠ upheld + corrected + other + pending = ${show(s)}`,
      ),
    );
  }
}

/** Table 2 rows of the template by id, in the order asked (their labels for messages). */
function t2Rows(template: TemplateVersion, ids: readonly string[]): T2Row[] {
  const rows = T2_LAYOUT[template].flatMap((block) => block.rows);

  return ids.flatMap((id) => rows.filter((row) => row.id === id).slice(0, 1));
}

function t2Columns(template: TemplateVersion): { key: string; column: T2Column; rowLabel: string; rowEn: string }[] {
  const out: { key: string; column: T2Column; rowLabel: string; rowEn: string }[] = [];
  for (const block of T2_LAYOUT[template]) {
    for (const row of block.rows) for (const column of block.columns) out.push({ key: `t2_${row.id}_${column.id}`, column, rowLabel: row.label, rowEn: row.en });
  }

  return out;
}

function t2NonNegative(values: ValueGetter, template: TemplateVersion, out: Finding[], missing: MissingCells): void {
  for (const { key, column, rowLabel, rowEn } of t2Columns(template)) {
    if (noteMissing(missing, 'T2_INT_NONNEG', values, [key])) continue;
    const v = values(key);
    if (!v || v.state !== 'number' || v.value === null || v.value === undefined) continue;
    // Values are canonical decimal strings (decimal.js toFixed), so their form says it all.
    const ok = column.unit === 'money' ? /^\d+(?:\.\d+)?$/.test(v.value) : column.signed ? /^-?\d+$/.test(v.value) : /^\d+$/.test(v.value);
    if (ok) continue;
    const want = column.unit === 'money' ? '≥ 0' : column.signed ? '…, −1, 0, 1, …' : '0, 1, 2, …';
    const wantEn = column.unit === 'money' ? '≥ 0' : column.signed ? 'an integer' : 'a non-negative integer';
    const wantZh = column.unit === 'money' ? '应不小于 0' : column.signed ? '应为整数' : '应为非负整数';
    out.push(finding('T2_INT_NONNEG', RULE_MODES, [key], want, v.value, `表二“${rowLabel}·${column.label}”：${v.value} 不符合要求（${wantZh}）`, `Table 2 "${rowEn} · ${column.en}": ${v.value} is not ${wantEn}`));
  }
}

function warnings(input: ValidationInput, values: ValueGetter, template: TemplateVersion, out: Finding[]): void {
  // No blank is read as 0 here, so a lenient reading fails these alike: both modes.
  const mode = RULE_MODES;
  const read = (key: string) => operand(values, key, 'strict', false);
  if (template === 'gb2019') {
    for (const { id: row, label: zh, en } of t2Rows(template, ['reg', 'nd'])) {
      const published = read(`t2_${row}_new_published`);
      const total = read(`t2_${row}_public_total`);
      if (published !== null && total !== null && published > total) {
        out.push(
          finding('T2_2019_PUB_LE_TOTAL', mode, [`t2_${row}_new_published`, `t2_${row}_public_total`], `≤ ${show(total)}`, show(published),
            `表二“${zh}”：本年新公开数量 ${show(published)} > 对外公开总数量 ${show(total)}`, `Table 2 ${en}: published this year ${show(published)} > published in total ${show(total)}`),
        );
      }
    }
    const amount = values('t2_procure_amount_yuan');
    if (amount && (amount.flags ?? []).includes('unit_unknown')) {
      out.push(finding('T2_2019_PROC_UNIT', mode, ['t2_procure_amount_yuan'], '元 / 万元', '—', '表二“政府集中采购·采购总金额”未注明单位（元或万元），未换算', 'Table 2 procurement amount has no unit; not converted'));
    }
  } else {
    for (const { id: row, label: zh, en } of t2Rows(template, ['reg', 'nd'])) {
      const issued = read(`t2_${row}_issued`);
      const repealed = read(`t2_${row}_repealed`);
      const inForce = read(`t2_${row}_in_force`);
      if (issued === null || repealed === null || inForce === null) continue;
      const lower = issued - repealed;
      if (inForce < lower) {
        out.push(
          finding('T2_2021_STOCK_LOWER', mode, [`t2_${row}_issued`, `t2_${row}_repealed`, `t2_${row}_in_force`], `≥ ${show(lower)}`, show(inForce),
            `表二“${zh}”：现行有效件数 ${show(inForce)} < 本年制发件数 ${show(issued)} − 本年废止件数 ${show(repealed)}`, `Table 2 ${en}: in force ${show(inForce)} < issued ${show(issued)} − repealed ${show(repealed)}`),
        );
      }
    }
  }
  if (isBelowRuleMakingLevel(input.issuer, input.issuerKind) === true) {
    const regKeys = t2Columns(template).map((c) => c.key).filter((k) => k.startsWith('t2_reg_'));
    const offending = regKeys.filter((k) => {
      const v = values(k);

      return v?.state === 'number' && v.value !== null && v.value !== undefined && !/^-?0(?:\.0+)?$/.test(v.value);
    });
    if (offending.length > 0) {
      out.push(
        finding('T2_REG_LEVEL', mode, offending, '0, ␣, /', offending.map((k) => values(k)?.value).join(', '),
          `表二“规章”：${input.issuer ?? '该机关'}无权制定规章，但填报了非零数值（${offending.map((k) => values(k)?.value).join('、')}）`, `Table 2 rules: ${input.issuer ?? 'the issuer'} cannot make rules but reports non-zero values`),
      );
    }
  }
  const expectedSections = ['一', '二', '三', '四', '五', '六'];
  if (input.sections.join('') !== expectedSections.join('')) {
    const missing = expectedSections.filter((n) => !input.sections.includes(n));
    out.push(
      finding('META_SIX_SECTIONS', mode, [], expectedSections.join(''), input.sections.join('') || '—',
        missing.length > 0 ? `报告缺少第${missing.join('、')}部分标题` : '报告各部分标题的顺序不符合格式', missing.length > 0 ? `Section headings missing: ${missing.join(', ')}` : 'Section headings are out of order'),
    );
  }
  if (input.period && input.year !== null) {
    const start = `${input.year}-01-01`;
    const end = `${input.year}-12-31`;
    if (input.period.start !== start || input.period.end !== end) {
      out.push(finding('META_PERIOD', mode, [], `${start}..${end}`, `${input.period.start}..${input.period.end}`, `统计期限为${input.period.start}至${input.period.end}，不是${input.year}年全年`, `The statistics period ${input.period.start}..${input.period.end} is not the calendar year ${input.year}`));
    }
  }
  if (input.narrative) narrative(input.narrative, values, out);
}

/** Figures the text restates (spec TXT_T3_NARRATIVE): applications received and reconsideration cases. */
const NARRATIVE_REQUESTS = [
  /(?:收到|受理|办理|接收|新收)(?:各类|政府信息公开|依申请公开|信息公开)*申请(?:共计|共|总计|合计)?(\d+)件/,
  /(?:收到|受理|接收|新收)(?:政府信息公开|依申请公开|信息公开)?申请(?:共计|共)?(\d+)件/,
  /(?:共|全年|本年度?)(?:收到|受理|接收|新收)(\d+)件(?:政府信息公开|依申请公开)?申请/,
];

function narrative(text: string, values: ValueGetter, out: Finding[]): void {
  const total = operand(values, t3Key('new_received', 'tot'), 'strict', false);
  if (total === null) return;
  for (const pattern of NARRATIVE_REQUESTS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const stated = Number(m[1]);
    if (stated !== total) {
      out.push(finding('TXT_T3_NARRATIVE', RULE_MODES, [t3Key('new_received', 'tot')], show(total), String(stated), `正文称申请${String(stated)}件（“${m[0]}”），表三本年新收总计为${show(total)}`, `The text states ${String(stated)} requests ("${m[0]}"); Table 3 new requests total is ${show(total)}`));
    }

    return;
  }
}

/**
 * Every single-report rule of spec §6 that applies to the template, one finding per problem with the modes in
 * which it fails. The sums run in strict and lenient mode; the checks that read no blank as 0 (number forms,
 * WARN and INFO rules, cells not found) run once and fail in both. Only failures are returned.
 */
export function validateReport(input: ValidationInput): Finding[] {
  if (input.template === 'nonstandard') return [];
  const template = input.template;
  const values = getterOf(input.values);
  const t3Rows = t3RowsOf(template, values);
  const t3Keys = t3Rows.flatMap((r) => T3_COLUMNS.map((c) => t3Key(r, c.id)));
  const t4Keys = T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => t4Key(g.id, o.id)));
  const missing: MissingCells = new Map();
  const byMode = RULE_MODES.map((mode) => {
    const found: Finding[] = [];
    const collect = mode === 'strict' ? missing : null;
    t3Balance(values, mode, found, collect);
    t3RowTotal(values, t3Rows, mode, found, collect);
    t3ResultSum(values, template, mode, found, collect);
    t4GroupTotal(values, mode, found, collect);

    return found;
  });
  const out = mergeModes(byMode[0] ?? [], byMode[1] ?? []);
  // The form of a printed number does not depend on how blanks are read: checked once, failing in both modes.
  nonNegativeIntegers('T3_INT_NONNEG', t3Keys, values, out, '表三');
  nonNegativeIntegers('T4_INT_NONNEG', t4Keys, values, out, '表四');
  t2NonNegative(values, template, out, missing);
  out.push(...missingCellFindings(missing));
  warnings(input, values, template, out);

  return out;
}

/** Cell keys for a message: a handful named, the rest counted. */
function listKeys(keys: readonly string[], zh: boolean): string {
  const shown = keys.slice(0, 6).map((k) => (zh ? (getMetric(k)?.labelZh ?? k) : (getMetric(k)?.labelEn ?? k)));
  const rest = keys.length - shown.length;

  return rest > 0 ? `${shown.join(zh ? '、' : ', ')}${zh ? ` 等${keys.length}个` : ` and ${rest} more`}` : shown.join(zh ? '、' : ', ');
}

/** One TEMPLATE_CELLS_MISSING finding per rule that could not be checked, naming every cell not found. */
function missingCellFindings(missing: MissingCells): Finding[] {
  const out: Finding[] = [];
  for (const [rule, set] of missing) {
    const cells = [...set];
    const def = RULES_BY_ID.get(rule);
    out.push(
      finding(
        'TEMPLATE_CELLS_MISSING',
        RULE_MODES,
        cells,
        // The rule that cannot be checked (its id: readers show its name) and how many cells were not found.
        rule,
        String(cells.length),
        `无法检查“${def?.zh ?? rule}”：未找到单元格 ${listKeys(cells, true)}`,
        `Cannot check ${rule} (${def?.en ?? ''}): cells not found: ${listKeys(cells, false)}`,
      ),
    );
  }

  return out;
}

/** The ids of ERROR rules failing in strict mode: what the corpus calls `failing_rules`. */
export function failingRules(findings: readonly Finding[]): RuleId[] {
  return [...new Set(findings.filter((f) => f.severity === 'ERROR' && f.modes.includes('strict')).map((f) => f.rule))].sort();
}
