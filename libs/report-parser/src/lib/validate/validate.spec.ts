import { type RuleId, T3_ORG_COLUMNS, t3Key, t4Key } from '@gongkai/domain';

import { type Finding, type ParsedReport, type ParsedValue } from '../model/parsed-report';
import { parseReportSync } from '../parse-report';
import { reportTxt } from '../../testing/report-builder';
import { validateCrossYear } from './validate-cross-year';
import { failingRules, validateReport } from './validate-report';

const base: Record<'gb2019' | 'gb2021', ParsedReport> = {
  gb2019: parseReportSync(reportTxt({ template: 'gb2019' })),
  gb2021: parseReportSync(reportTxt({ template: 'gb2021' })),
};
const num = (value: string): Partial<ParsedValue> => ({ value, state: 'number', flags: [] });
const blank: Partial<ParsedValue> = { value: null, state: 'blank', flags: [] };

/** The report with some values replaced, validated again. */
function check(template: 'gb2019' | 'gb2021', changes: Record<string, Partial<ParsedValue>>, extra: Partial<ParsedReport> = {}): Finding[] {
  const report = base[template];
  const values: Record<string, ParsedValue> = { ...report.values };
  for (const [key, change] of Object.entries(changes)) values[key] = { ...(values[key] as ParsedValue), ...change };

  return validateReport({ ...report, ...extra, values });
}
const rules = (findings: Finding[], mode?: 'strict' | 'lenient') => [...new Set(findings.filter((f) => !mode || f.modes.includes(mode)).map((f) => f.rule))].sort();
const only = (findings: Finding[], rule: RuleId) => findings.filter((f) => f.rule === rule);

describe('single-report rules', () => {
  it('a consistent report has no findings', () => {
    expect(base.gb2019.findings).toEqual([]);
    expect(base.gb2021.findings).toEqual([]);
  });

  it('T3_BALANCE: new + carried in = handled + carried out, per column, with a plain-language message', () => {
    const findings = check('gb2021', { [t3Key('new_received', 'np')]: num('5'), [t3Key('new_received', 'tot')]: num('6') });
    const balance = only(findings, 'T3_BALANCE').filter((f) => f.modes.includes('strict'));
    expect(balance.map((f) => f.cells[0])).toEqual([t3Key('new_received', 'np'), t3Key('new_received', 'tot')]);
    expect(balance[0]?.messageZh).toBe('表三“自然人”列：本年新收 5 + 上年结转 0 ≠ 办理结果总计 3 + 结转下年度 0');
    expect(balance[0]).toMatchObject({ severity: 'ERROR', expected: '5', actual: '3' });
    expect(balance[0]?.messageEn).toContain('natural persons');
  });

  it('T3_ROW_TOTAL: total = sum of applicant columns; skipped when the total is blank', () => {
    expect(rules(check('gb2021', { [t3Key('granted', 'tot')]: num('9') }))).toContain('T3_ROW_TOTAL');
    expect(only(check('gb2021', { [t3Key('granted', 'tot')]: blank }), 'T3_ROW_TOTAL')).toEqual([]);
  });

  it('T3_RESULT_SUM: (七) total = (一)…(六); GB2021 uses the three （六） sub-rows', () => {
    const findings = check('gb2021', { [t3Key('other_misc', 'np')]: num('1'), [t3Key('other_misc', 'tot')]: num('1') });
    expect(only(findings, 'T3_RESULT_SUM').map((f) => f.cells.at(-1))).toEqual([t3Key('result_total', 'np'), t3Key('result_total', 'tot')]);
    expect(rules(check('gb2019', { [t3Key('other_total', 'oth')]: num('2'), [t3Key('other_total', 'tot')]: num('2') }))).toContain('T3_RESULT_SUM');
  });

  it('blank applicant cells: strict skips the rule, lenient reads them as 0 (spec §6, D01)', () => {
    const blanks = Object.fromEntries(T3_ORG_COLUMNS.flatMap((c) => ['new_received', 'granted', 'result_total'].map((r) => [t3Key(r, c), blank])));
    const consistent = check('gb2021', { ...blanks, [t3Key('new_received', 'np')]: num('4'), [t3Key('granted', 'np')]: num('3'), [t3Key('result_total', 'np')]: num('4') });
    expect(consistent).toEqual([]);
    // Lenient now has operands strict does not: a wrong total is only caught there.
    const wrong = check('gb2021', { ...blanks, [t3Key('new_received', 'np')]: num('4'), [t3Key('new_received', 'tot')]: num('5'), [t3Key('result_total', 'np')]: num('4'), [t3Key('granted', 'np')]: num('3') });
    expect(only(wrong, 'T3_ROW_TOTAL').map((f) => f.modes)).toEqual([['lenient']]);
  });

  it('a blank total stays unknown in lenient mode too', () => {
    const findings = check('gb2021', { [t3Key('new_received', 'tot')]: blank, [t3Key('result_total', 'tot')]: num('9') });
    expect(only(findings, 'T3_BALANCE').filter((f) => f.cells.includes(t3Key('new_received', 'tot')))).toEqual([]);
  });

  it('not-applicable cells are never read as 0', () => {
    const findings = check('gb2021', { [t3Key('granted', 'com')]: { value: null, state: 'na', flags: [] } });
    expect(only(findings, 'T3_RESULT_SUM').filter((f) => f.cells.includes(t3Key('granted', 'com')))).toEqual([]);
    expect(only(findings, 'T3_ROW_TOTAL')).toEqual([]);
  });

  it('T3_INT_NONNEG and T4_INT_NONNEG: negative or fractional counts', () => {
    expect(rules(check('gb2021', { [t3Key('partial', 'res')]: num('-1') }))).toContain('T3_INT_NONNEG');
    expect(rules(check('gb2021', { t4_review_other: num('0.5') }))).toContain('T4_INT_NONNEG');
  });

  it('T4_GROUP_TOTAL: total = upheld + corrected + other + pending (hongze-2023 prints 0 for 10 + 1)', () => {
    const findings = check('gb2021', { t4_review_upheld: num('10'), t4_review_corrected: num('1'), t4_review_total: num('0') });
    const strict = only(findings, 'T4_GROUP_TOTAL').find((f) => f.modes.includes('strict'));
    expect(strict).toMatchObject({ expected: '11', actual: '0' });
    expect(strict?.messageZh).toBe('表四“行政复议”：总计 0 ≠ 结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0');
    expect(failingRules(findings)).toEqual(['T4_GROUP_TOTAL']);
  });

  it('T2_INT_NONNEG: counts non-negative, the GB2019 delta signed, money non-negative', () => {
    expect(rules(check('gb2019', { t2_license_items_delta: num('-5') }))).toEqual([]);
    expect(rules(check('gb2019', { t2_license_items_prev: num('-5') }))).toEqual(['T2_INT_NONNEG']);
    expect(rules(check('gb2021', { t2_fee_amount_yuan: num('-100') }))).toEqual(['T2_INT_NONNEG']);
    expect(rules(check('gb2021', { t2_fee_amount_yuan: num('203000.5') }))).toEqual([]);
  });

  it('T2_2019_PUB_LE_TOTAL (WARN): published this year ≤ published in total', () => {
    const findings = check('gb2019', { t2_nd_new_published: num('8'), t2_nd_public_total: num('3') });
    expect(only(findings, 'T2_2019_PUB_LE_TOTAL')).toMatchObject([{ severity: 'WARN', expected: '≤ 3', actual: '8' }]);
    expect(failingRules(findings)).toEqual([]);
  });

  it('T2_2021_STOCK_LOWER (WARN): in force ≥ issued − repealed', () => {
    expect(rules(check('gb2021', { t2_nd_issued: num('10'), t2_nd_repealed: num('1'), t2_nd_in_force: num('5') }))).toEqual(['T2_2021_STOCK_LOWER']);
    expect(rules(check('gb2021', { t2_nd_issued: num('10'), t2_nd_repealed: num('1'), t2_nd_in_force: num('9') }))).toEqual([]);
  });

  it('T2_REG_LEVEL (WARN) applies to county-level bodies and departments, not to unknown levels', () => {
    const reg = { t2_reg_in_force: num('6') };
    expect(rules(check('gb2021', reg, { issuer: '某某镇', issuerKind: 'township' }))).toEqual(['T2_REG_LEVEL']);
    expect(rules(check('gb2021', reg, { issuer: '测试县', issuerKind: 'gov' }))).toEqual(['T2_REG_LEVEL']);
    expect(rules(check('gb2021', reg, { issuer: '某市生态环境局', issuerKind: 'department' }))).toEqual(['T2_REG_LEVEL']);
    expect(rules(check('gb2021', reg, { issuer: '某某市', issuerKind: 'gov' }))).toEqual([]);
    expect(rules(check('gb2021', { t2_reg_in_force: { value: null, state: 'na', flags: [] } }, { issuer: '某某镇', issuerKind: 'township' }))).toEqual([]);
  });

  it('T2_2019_PROC_UNIT (WARN): a bare procurement amount', () => {
    expect(rules(check('gb2019', { t2_procure_amount_yuan: { value: null, state: 'number', raw: '8040', flags: ['unit_unknown'] } }))).toEqual(['T2_2019_PROC_UNIT']);
  });

  it('META_SIX_SECTIONS (WARN) and META_PERIOD (INFO)', () => {
    expect(rules(check('gb2021', {}, { sections: ['一', '二', '三', '四', '六'] }))).toEqual(['META_SIX_SECTIONS']);
    expect(only(check('gb2021', {}, { sections: ['一', '二', '三', '四', '六'] }), 'META_SIX_SECTIONS')[0]?.messageZh).toBe('报告缺少第五部分标题');
    expect(only(check('gb2021', {}, { period: { start: '2022-01-01', end: '2022-06-30' } }), 'META_PERIOD')).toMatchObject([{ severity: 'INFO' }]);
  });

  it('TXT_T3_NARRATIVE (INFO): the count restated in the text', () => {
    expect(only(check('gb2021', {}, {}), 'TXT_T3_NARRATIVE')).toEqual([]);
    const report = base.gb2021;
    const stated = validateReport({ ...report, narrative: '2022年，区政府办代表区政府受理政府信息公开申请17件。' });
    expect(only(stated, 'TXT_T3_NARRATIVE')).toMatchObject([{ severity: 'INFO', expected: '4', actual: '17' }]);
    expect(validateReport({ ...report, narrative: '全年共收到4件申请。' })).toEqual([]);
  });

  it('one finding per problem, carrying the modes in which it fails', () => {
    const findings = check('gb2021', { t4_review_total: num('5'), t2_nd_issued: num('10'), t2_nd_in_force: num('1'), [t4Key('suit_direct', 'other')]: num('0.5') });
    expect(only(findings, 'T4_GROUP_TOTAL').map((f) => f.modes)).toEqual([['strict', 'lenient']]);
    // Rules that read no blank as 0 fail alike in a lenient reading.
    expect(only(findings, 'T2_2021_STOCK_LOWER').map((f) => f.modes)).toEqual([['strict', 'lenient']]);
    expect(only(findings, 'T4_INT_NONNEG').map((f) => f.modes)).toEqual([['strict', 'lenient']]);
  });

  it('a problem beside a blank cell fails in both modes and is one finding with the strict figures', () => {
    // 商业企业 of 本年新收 blank, 自然人 printed 5 against 3 handled: both readings see 5 + 0 ≠ 3 + 0 in the np
    // column; only the lenient one sees the 商业企业 column (blank read as 0 ≠ 1 handled).
    const findings = check('gb2021', { [t3Key('new_received', 'com')]: blank, [t3Key('new_received', 'np')]: num('5'), [t3Key('new_received', 'tot')]: num('6') });
    const balance = only(findings, 'T3_BALANCE');
    expect(balance.map((f) => [f.cells[0], f.modes])).toEqual([
      [t3Key('new_received', 'np'), ['strict', 'lenient']],
      [t3Key('new_received', 'tot'), ['strict', 'lenient']],
      [t3Key('new_received', 'com'), ['lenient']],
    ]);
    expect(failingRules(findings)).toEqual(['T3_BALANCE']);
    expect(balance[0]).toMatchObject({ expected: '5', actual: '3', messageZh: '表三“自然人”列：本年新收 5 + 上年结转 0 ≠ 办理结果总计 3 + 结转下年度 0' });
    // Every problem is listed once.
    const keys = findings.map((f) => `${f.rule}|${f.cells.join(',')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('cross-year rules', () => {
  const year = (y: number, template: 'gb2019' | 'gb2021', values: Record<string, string>) => ({
    year: y,
    template,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, state: 'number' }])),
  });

  it('XY_T3_CARRY: carried in equals last year’s carried out, across the template change', () => {
    const prev = year(2020, 'gb2019', { [t3Key('carried_out', 'np')]: '2', [t3Key('carried_out', 'tot')]: '2' });
    expect(validateCrossYear(prev, year(2021, 'gb2021', { [t3Key('carried_in', 'np')]: '2', [t3Key('carried_in', 'tot')]: '2' }))).toEqual([]);
    const broken = validateCrossYear(prev, year(2021, 'gb2021', { [t3Key('carried_in', 'np')]: '0', [t3Key('carried_in', 'tot')]: '0' }));
    expect(broken.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['XY_T3_CARRY', 'WARN', '2', '0'],
      ['XY_T3_CARRY', 'WARN', '2', '0'],
    ]);
  });

  it('XY_T2_2021_STOCK: in force = last year + issued − repealed (hongze 5 + 3 − 0 = 8)', () => {
    const prev = year(2023, 'gb2021', { t2_nd_in_force: '5' });
    expect(validateCrossYear(prev, year(2024, 'gb2021', { t2_nd_issued: '3', t2_nd_repealed: '0', t2_nd_in_force: '8' }))).toEqual([]);
    expect(validateCrossYear(prev, year(2024, 'gb2021', { t2_nd_issued: '3', t2_nd_repealed: '0', t2_nd_in_force: '9' })).map((f) => f.rule)).toEqual(['XY_T2_2021_STOCK']);
    expect(validateCrossYear(year(2020, 'gb2019', {}), year(2021, 'gb2021', { t2_nd_in_force: '9' }))).toEqual([]);
  });

  it('XY_T2_2019_ITEMS: items last year (2020) = items (2019) + delta (2019)', () => {
    const prev = year(2019, 'gb2019', { t2_license_items_prev: '155', t2_license_items_delta: '-5' });
    expect(validateCrossYear(prev, year(2020, 'gb2019', { t2_license_items_prev: '150' }))).toEqual([]);
    expect(validateCrossYear(prev, year(2020, 'gb2019', { t2_license_items_prev: '149' })).map((f) => f.rule)).toEqual(['XY_T2_2019_ITEMS']);
  });

  it('needs consecutive years', () => {
    const prev = year(2019, 'gb2019', { [t3Key('carried_out', 'tot')]: '2' });
    expect(validateCrossYear(prev, year(2021, 'gb2021', { [t3Key('carried_in', 'tot')]: '0' }))).toEqual([]);
  });
});
