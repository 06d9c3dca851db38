import { type Finding, type ReportValue } from '../../core/types/api';
import { buildReportTables } from './buildReportTables';

const value = (key: string, raw: string, state: ReportValue['state'] = 'number'): ReportValue => ({
  key,
  value: state === 'number' ? raw : null,
  state,
  raw,
  printedUnit: null,
  flags: [],
  provenance: null,
  box: null,
  ocr: null,
  correction: null,
});

const finding = (rule: string, cells: string[]): Finding => ({
  id: rule,
  rule,
  severity: 'ERROR',
  modes: ['strict', 'lenient'],
  scope: 'report',
  cells,
  expected: '10',
  actual: '9',
  messageZh: '不平衡',
  messageEn: 'unbalanced',
});

describe('buildReportTables', () => {
  it('lays out GB2021 table 2 with its four blocks and keeps blank and na apart from 0', () => {
    const tables = buildReportTables('gb2021', [value('t2_license_decisions', '0'), value('t2_penalty_decisions', '', 'blank'), value('t2_coercion_decisions', '/', 'na')], []);
    expect(tables.table2.map((b) => b.caption)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    const license = tables.table2[1].rows[0].cells[0];
    expect(license.value?.value).toBe('0');
    const [penalty, coercion] = tables.table2[2].rows.map((r) => r.cells[0].value?.state);
    expect([penalty, coercion]).toEqual(['blank', 'na']);
  });

  it('prints GB2019 table 3 with 23 data rows and GB2021 with 25, with group labels', () => {
    const t19 = buildReportTables('gb2019', [], []).table3.rows;
    const t21 = buildReportTables('gb2021', [], []).table3.rows;
    expect(t19.filter((r) => r.kind === 'data')).toHaveLength(23);
    expect(t21.filter((r) => r.kind === 'data')).toHaveLength(25);
    expect(t21.filter((r) => r.kind === 'label').map((r) => r.label)).toEqual(['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
    expect(t19.some((r) => r.kind === 'label' && r.label === '（六）其他处理')).toBe(false);
    expect(buildReportTables('gb2021', [], []).table3.columns).toHaveLength(7);
  });

  it('shows a GB2021 report that prints （六）其他处理 as one row as printed, not as three empty sub-rows', () => {
    const printed = buildReportTables('gb2021', [value('t3_other_total_np', '3'), value('t3_other_total_tot', '5')], []).table3.rows;
    const other = printed.filter((r) => r.label.includes('其他处理') || r.label.includes('不补正') || r.label.includes('缴纳费用') || r.label === '3.其他');
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ kind: 'data', label: '（六）其他处理', indent: 1 });
    expect(other[0].kind === 'data' && other[0].cells.find((c) => c.key === 't3_other_total_tot')?.value?.raw).toBe('5');
    expect(printed.filter((r) => r.kind === 'data')).toHaveLength(23);

    // A derived other_total (the sum of the printed sub-rows) keeps the template's layout.
    const derived = buildReportTables('gb2021', [value('t3_other_total_tot', '5', 'derived'), value('t3_other_misc_tot', '5')], []).table3.rows;
    expect(derived.filter((r) => r.kind === 'data')).toHaveLength(25);
    expect(derived.some((r) => r.kind === 'label' && r.label === '（六）其他处理')).toBe(true);
  });

  it('attaches the findings to the cells they involve', () => {
    const f = finding('T3_BALANCE', ['t3_new_received_tot', 't3_result_total_tot']);
    const tables = buildReportTables('gb2021', [value('t3_new_received_tot', '9')], [f, finding('XY_T3_CARRY', ['t3_carried_in_prev'])]);
    const row = tables.table3.rows.find((r) => r.kind === 'data' && r.label.startsWith('一、'));
    expect(row?.kind === 'data' && row.cells[6].findings.map((x) => x.rule)).toEqual(['T3_BALANCE']);
    expect(row?.kind === 'data' && row.cells[0].findings).toEqual([]);
    expect(tables.otherFindings.map((x) => x.rule)).toEqual(['XY_T3_CARRY']);
  });

  it('gives table 4 three groups of five outcomes', () => {
    const t4 = buildReportTables('gb2019', [value('t4_review_total', '2')], []).table4;
    expect(t4.cells).toHaveLength(15);
    expect(t4.cells[4].value?.raw).toBe('2');
    expect(t4.groups.map((g) => g.parent)).toEqual([null, '行政诉讼', '行政诉讼']);
  });
});
