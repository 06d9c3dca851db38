import * as OpenCC from 'opencc-js';

import { T3_COLUMNS, t3Key } from '@gongkai/domain';

import { type ParsedReport } from '../model/parsed-report';
import { parseReportSync } from '../parse-report';
import { type ReportSpec, reportHtml, reportTxt } from '../../testing/report-builder';

const txt = (spec: ReportSpec) => parseReportSync(reportTxt(spec));
const html = (spec: ReportSpec) => parseReportSync(reportHtml(spec, { chrome: true }));
const row = (r: ParsedReport, id: string) => T3_COLUMNS.map((c) => r.values[t3Key(id, c.id)]?.value ?? r.values[t3Key(id, c.id)]?.state);

describe.each([
  ['txt', txt],
  ['html', html],
] as const)('mapping tables by label (%s)', (_format, parse) => {
  it('maps GB2019 Table 2 by its header labels, with signed deltas and money units (D05, D06)', () => {
    const r = parse({ template: 'gb2019', t2: { t2_nd_new_made: 4, t2_nd_public_total: 12, t2_license_items_delta: '-5', t2_penalty_items_delta: '－18', t2_fee_items_delta: '+3', t2_procure_amount_yuan: '2359.4197万元' } });
    expect(r.template).toBe('gb2019');
    expect(r.values['t2_nd_new_made']?.value).toBe('4');
    expect(r.values['t2_nd_public_total']?.value).toBe('12');
    expect(r.values['t2_license_items_delta']?.value).toBe('-5');
    expect(r.values['t2_penalty_items_delta']?.value).toBe('-18');
    expect(r.values['t2_fee_items_delta']?.value).toBe('3');
    expect(r.values['t2_procure_amount_yuan']).toMatchObject({ value: '23594197', raw: '2359.4197万元', printedUnit: 'wan', state: 'number' });
  });

  it('maps GB2021 Table 2 value cells spanning three columns (D10) and the 万元 header', () => {
    const r = parse({ template: 'gb2021', t2: { t2_license_decisions: 2293, t2_fee_amount_yuan: '24252.311082' } });
    expect(r.template).toBe('gb2021');
    expect(r.values['t2_license_decisions']?.value).toBe('2293');
    expect(r.values['t2_fee_amount_yuan']).toMatchObject({ value: '242523110.82', raw: '24252.311082', printedUnit: 'wan' });
  });

  it('gives every value its provenance', () => {
    const r = parse({ template: 'gb2021', t3: { new_received: [3, 1, 0, 0, 0, 0, 4] } });
    const value = r.values['t3_new_received_com'];
    expect(value?.provenance).toMatchObject({ table: 't3', columnLabel: '商业企业' });
    expect(value?.provenance?.rowLabel).toContain('本年新收');
    expect(r.values['t2_penalty_decisions']?.provenance).toMatchObject({ table: 't2', rowLabel: '行政处罚' });
    expect(r.values['t4_review_total']?.provenance).toMatchObject({ table: 't4', columnLabel: '总计' });
  });

  it('keeps blank, "/", "-" and 0 apart (D01–D04)', () => {
    const r = parse({ template: 'gb2021', t2: { t2_reg_issued: '/', t2_reg_repealed: '-', t2_reg_in_force: '' }, t3: { partial: [1, '', '', '', '', '', ''], denied_state_secret: ['—', '无', 0, 0, 0, 0, 0] } });
    expect(r.values['t2_reg_issued']).toMatchObject({ state: 'na', value: null, raw: '/' });
    expect(r.values['t2_reg_repealed']).toMatchObject({ state: 'na', value: null });
    expect(r.values['t2_reg_in_force']).toMatchObject({ state: 'blank', value: null });
    expect(row(r, 'partial')).toEqual(['1', 'blank', 'blank', 'blank', 'blank', 'blank', 'blank']);
    expect(row(r, 'denied_state_secret')).toEqual(['na', 'na', '0', '0', '0', '0', '0']);
  });

  it('reads full-width digits (D07) and straight quotes in labels (D08)', () => {
    const r = parse({ template: 'gb2021', t3: { denied_security_stability: ['１', 0, 0, 0, 0, 0, '１'] }, t3Labels: { denied_security_stability: '3.危及"三安全一稳定"' } });
    expect(row(r, 'denied_security_stability')).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  });

  it('matches spaced and split labels (D09)', () => {
    const r = parse({ template: 'gb2021', t3: { granted: [5, 0, 0, 0, 0, 0, 5] }, t3Labels: { granted: '（一） 予 以 公 开', new_received: '一、本年新收政府信息公开申请 数量' } });
    expect(r.values['t3_granted_tot']?.value).toBe('5');
    expect(r.values['t3_new_received_tot']?.value).toBe('4');
  });

  it('records provincial extra rows instead of failing, and strips explanations in labels (D12)', () => {
    const r = parse({
      template: 'gb2019',
      t2Labels: { reg: '规章（设区的市、自治州人民政府应提供相关数据）' },
      t2: { t2_reg_new_made: 2 },
      t2ExtraRows: [{ label: '其他主动公开文件', cells: [7, 7, 9] }],
    });
    expect(r.values['t2_reg_new_made']?.value).toBe('2');
    expect(r.extraRows).toContainEqual({ table: 't2', label: '其他主动公开文件', cells: ['7', '7', '9'] });
  });

  it('records a GB2021 report printing （六）其他处理 as one row under t3_other_total (reported)', () => {
    const r = parse({ template: 'gb2021', otherAsOneRow: true, t3: { other_total: [1, 0, 0, 0, 0, 0, 1], new_received: [4, 1, 0, 0, 0, 0, 5], result_total: [4, 1, 0, 0, 0, 0, 5] } });
    expect(r.values['t3_other_total_tot']).toMatchObject({ state: 'number', value: '1' });
    expect(r.values['t3_other_misc_tot']).toMatchObject({ state: 'blank', flags: ['missing'] });
    expect(r.notes.join(' ')).toContain('（六）其他处理 as one row');
    expect(r.findings.filter((f) => f.severity === 'ERROR')).toEqual([]);
  });

  it('maps the 15 Table 4 values in printed order', () => {
    const r = parse({ template: 'gb2021', t4: [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19] });
    expect(['review', 'suit_direct', 'suit_after_review'].map((g) => r.values[`t4_${g}_total`]?.value)).toEqual(['7', '0', '19']);
    expect(r.values['t4_suit_after_review_other']?.value).toBe('4');
  });
});

describe.each([
  ['txt', txt],
  ['html', html],
] as const)('blank rows and collapsed rows (%s)', (_format, parse) => {
  const blank7 = ['', '', '', '', '', '', ''];

  it('maps rows whose cells are all blank, with provenance (D01)', () => {
    const r = parse({ template: 'gb2021', t2: { t2_reg_issued: '', t2_reg_repealed: '', t2_reg_in_force: '' }, t3: { carried_in: blank7 }, t4: Array<string>(15).fill('') });
    expect(r.values['t3_carried_in_np']).toMatchObject({ state: 'blank', flags: [], provenance: { table: 't3' } });
    expect(r.values['t2_reg_in_force']).toMatchObject({ state: 'blank', flags: [], provenance: { table: 't2' } });
    expect(r.values['t4_review_total']).toMatchObject({ state: 'blank', flags: [], provenance: { table: 't4' } });
    expect(r.notes.join(' ')).not.toContain('Table 4 was not found');
  });

  it('keeps the group of a blank first sub-row for the rows under it ("3.其他" is not the 其他 column)', () => {
    const r = parse({ template: 'gb2021', t3: { other_no_correction: blank7, other_no_fee: blank7, other_misc: ['1', '', '', '', '', '', ''], granted: [1, 1, 0, 0, 0, 0, 2] } });
    expect(r.values['t3_other_misc_np']).toMatchObject({ state: 'number', value: '1' });
    expect(r.values['t3_other_misc_tot']).toMatchObject({ state: 'blank' });
    const allBlank = parse({ template: 'gb2021', t3: { other_misc: blank7 } });
    expect(allBlank.values['t3_other_misc_np']).toMatchObject({ state: 'blank', flags: [], provenance: { table: 't3' } });
  });

  it('reads a row printed as one 0 and six empty cells as collapsed (D11)', () => {
    const r = parse({ template: 'gb2021', t3: { partial: ['0', '', '', '', '', '', ''], granted: [3, 1, 0, 0, 0, 0, 4] } });
    expect(r.values['t3_partial_tot']).toMatchObject({ value: '0', flags: ['collapsed'] });
    expect(r.values['t3_partial_np']).toMatchObject({ state: 'blank', flags: ['collapsed'] });
  });

  it('reads 繁體 反覆 in the 大量反复申请 label (D13)', () => {
    const r = parse({ template: 'gb2021', t3Labels: { rejected_excessive: '4.无正当理由大量反覆申请' }, t3: { rejected_excessive: [1, 0, 0, 0, 0, 0, 1], granted: [1, 1, 0, 0, 0, 0, 2] } });
    expect(r.values['t3_rejected_excessive_tot']?.value).toBe('1');
  });
});

describe('deviations specific to one layout', () => {
  it('reads a whole Table 3 row printed as one number as its total (D11)', () => {
    const r = txt({ template: 'gb2021', t3: { carried_in: [0, '', '', '', '', '', '', '', ''] } });
    expect(r.values['t3_carried_in_tot']).toMatchObject({ value: '0', flags: ['collapsed'] });
    expect(r.values['t3_carried_in_np']).toMatchObject({ state: 'blank', value: null, flags: ['collapsed'] });
  });

  it('reads a Table 3 row as one cell spanning all seven columns as collapsed (D11, HTML)', () => {
    const page = reportHtml({ template: 'gb2021' }).replace(/(二、上年结转政府信息公开申请数量<\/td>)(?:<td>0<\/td>){7}/, '$1<td colspan="7">0</td>');
    expect(page).toContain('<td colspan="7">0</td>');
    const r = parseReportSync(page);
    expect(r.values['t3_carried_in_tot']).toMatchObject({ value: '0', flags: ['collapsed'] });
    expect(r.findings.filter((f) => f.modes.includes('lenient') && f.severity === 'ERROR')).toEqual([]);
  });

  it('counts the seven value cells after the label when the header grid is misaligned (pingtan-2021 style)', () => {
    const base = reportHtml({ template: 'gb2021', truncateAfterTable2: true });
    const t3 = [
      '<p>三、收到和处理政府信息公开申请情况</p><table>',
      '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="8">申请人情况</td></tr>',
      '<tr><td colspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
      '<tr><td></td><td colspan="2">商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>',
      '<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>64</td><td colspan="2">1</td><td>0</td><td>2</td><td>0</td><td>4</td><td>71</td></tr>',
      '<tr><td colspan="3">四、结转下年度继续办理</td><td>1</td><td colspan="2">0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>',
      '</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
      `<tr>${'<td>0</td>'.repeat(15)}</tr></table><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p>`,
    ].join('');
    const r = parseReportSync(base.replace('</div></body>', `${t3}</div></body>`));
    expect(row(r, 'new_received')).toEqual(['64', '1', '0', '2', '0', '4', '71']);
    expect(row(r, 'carried_out')).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  });

  it('maps Table 4 by its header labels when the header is readable, whatever the printed order', () => {
    const page = reportHtml({ template: 'gb2021', t4: [7, 2, 1, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }).replace(
      /<tr><td rowspan="2">结果维持<\/td><td rowspan="2">结果纠正<\/td><td rowspan="2">其他结果<\/td><td rowspan="2">尚未审结<\/td><td rowspan="2">总计<\/td>/,
      '<tr><td rowspan="2">总计</td><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td>',
    );
    expect(page).toContain('<tr><td rowspan="2">总计</td>');
    const r = parseReportSync(page);
    expect(r.values['t4_review_total']?.value).toBe('7');
    expect(r.values['t4_review_upheld']?.value).toBe('2');
    expect(r.values['t4_review_pending']?.value).toBe('1');
  });

  it('falls back to the printed order when the Table 4 header is garbled (D09)', () => {
    const text = reportTxt({ template: 'gb2021', t4: [1, 0, 0, 0, 1, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0] }).replace(/\t结果维持\n\t结果纠正\n\t其他结果\n\t尚未审结\n\t总计\n\t未经复议直接起诉/, '\t结 结 其 尚\n\t果 果 他 未\n\t未经复议直接起诉');
    expect(text).toContain('结 结 其 尚');
    const r = parseReportSync(text);
    expect(r.values['t4_review_total']?.value).toBe('1');
    expect(r.values['t4_suit_direct_upheld']?.value).toBe('2');
  });

  it('converts Traditional documents before matching and says so (D13)', () => {
    const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const text = toHant(reportTxt({ template: 'gb2019', title: ['開平市農業農村局2020年政府信息公開工作年度報告'], t2Labels: { nd: '規範性檔案' }, t2: { t2_nd_new_made: 3 } }));
    const r = parseReportSync(text);
    expect(r.script).toBe('hant');
    expect(r.template).toBe('gb2019');
    expect(r.values['t2_nd_new_made']?.value).toBe('3');
    expect(r.values['t2_nd_new_made']?.flags).toContain('converted_hant');
    expect(r.values['t3_new_received_tot']?.value).toBe('4');
    expect(r.issuer).toBe('开平市农业农村局');
  });
});

describe('labels wrapped over lines (PDF cells, narrow columns)', () => {
  it('joins a label-only line to the fragment printed beside the numbers', () => {
    // The first line of the label sits on a line of its own; the rest is printed with the values.
    const report = parseReportSync(
      reportTxt({ template: 'gb2021', t3Labels: { other_no_correction: '1.申请人无正当理由逾期不补正、行政机\n\n\t关不再处理其政府信息公开申请' }, t3: { other_no_correction: [1, 0, 0, 0, 0, 0, 1] } }),
    );
    expect(report.values[t3Key('other_no_correction', 'np')]).toMatchObject({ value: '1', state: 'number' });
    expect(report.findings.filter((f) => f.rule === 'UNMATCHED_ROW')).toEqual([]);
  });

  it('takes a fragment as a piece of the next template row, never of a row already read', () => {
    const report = parseReportSync(reportTxt({ template: 'gb2019', t3Labels: { unavail_needs_creation: '信息需要另行' }, t3: { unavail_needs_creation: [2, 0, 0, 0, 0, 0, 2] } }));
    expect(report.values[t3Key('unavail_needs_creation', 'tot')]).toMatchObject({ value: '2' });
    // A fragment of a row already read is not taken again: it stays an unmatched row.
    const twice = parseReportSync(reportTxt({ template: 'gb2019', t3Labels: { rejected_duplicate: '需要另行' } }));
    expect(twice.findings.some((f) => f.rule === 'UNMATCHED_ROW')).toBe(true);
  });
});
