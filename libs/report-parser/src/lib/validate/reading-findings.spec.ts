import { t3Key, t4Key } from '@gongkai/domain';

import { type Finding } from '../model/parsed-report';
import { parseReportSync } from '../parse-report';
import { reportHtml, reportTxt } from '../../testing/report-builder';
import { failingRules } from './validate-report';

const of = (findings: Finding[], rule: Finding['rule']) => findings.filter((f) => f.rule === rule);

describe('never silently wrong', () => {
  it('a complete report needs no review', () => {
    const report = parseReportSync(reportTxt({ template: 'gb2021' }));
    expect(report).toMatchObject({ needsReview: false, reviewReasons: [] });
  });

  it('TEMPLATE_CELLS_MISSING names the cells a rule needed but the parser did not find', () => {
    // A Table 3 row whose label the template does not know: its template row is not found.
    const report = parseReportSync(reportTxt({ template: 'gb2021', t3Labels: { carried_in: '二、去年剩下的申请' } }));
    const missing = of(report.findings, 'TEMPLATE_CELLS_MISSING');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((f) => f.severity === 'ERROR' && f.modes.join() === 'strict,lenient')).toBe(true);
    const balance = missing.find((f) => f.expected === 'T3_BALANCE');
    expect(balance?.cells).toEqual(expect.arrayContaining([t3Key('carried_in', 'np'), t3Key('carried_in', 'tot')]));
    expect(balance?.messageZh).toContain('无法检查');
    expect(failingRules(report.findings)).toContain('TEMPLATE_CELLS_MISSING');
  });

  it('UNMATCHED_ROW reports a row with numbers under an unknown label, with its label and cells', () => {
    const report = parseReportSync(reportTxt({ template: 'gb2021', t3Labels: { carried_in: '二、去年剩下的申请' } }));
    const unmatched = of(report.findings, 'UNMATCHED_ROW');
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]).toMatchObject({ table: 't3', severity: 'WARN' });
    expect(unmatched[0]?.actual).toContain('二、去年剩下的申请');
    expect(report.needsReview).toBe(true);
    expect(report.reviewReasons.some((r) => r.startsWith('UNMATCHED_ROW'))).toBe(true);
  });

  it('a blank cell is found (D01), not missing: no TEMPLATE_CELLS_MISSING', () => {
    const report = parseReportSync(reportHtml({ template: 'gb2019', t3: { granted: [2, 1, '', '', '', '', 3] } }));
    expect(report.values[t3Key('granted', 'res')]).toMatchObject({ state: 'blank' });
    expect(of(report.findings, 'TEMPLATE_CELLS_MISSING')).toEqual([]);
    expect(report.needsReview).toBe(false);
  });

  it('ROW_CELLS_AMBIGUOUS: a flattened Table 3 row with fewer cells than columns is not read by guesswork', () => {
    // Six numbers for seven columns in text without cell positions: any placement would be a guess.
    const report = parseReportSync(reportTxt({ template: 'gb2021', t3: { granted: [2, 1, 0, 0, 0, 3] } }));
    const ambiguous = of(report.findings, 'ROW_CELLS_AMBIGUOUS');
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0]?.cells).toHaveLength(7);
    expect(ambiguous[0]?.cells).toContain(t3Key('granted', 'np'));
    expect(report.values[t3Key('granted', 'np')]?.flags).toContain('missing');
    expect(report.needsReview).toBe(true);
  });

  it('an HTML row with a cell left out is not read by header position: the cells after it would slide', () => {
    const html = reportHtml({ template: 'gb2021' }).replace(
      /(<td[^>]*>（一）予以公开<\/td>)((?:<td>[^<]*<\/td>){7})/,
      (_m, label: string, cells: string) => `${label}${cells.replace(/<td>[^<]*<\/td>/, '')}`,
    );
    const report = parseReportSync(html);
    expect(report.values[t3Key('granted', 'np')]?.flags).toContain('missing');
    expect(of(report.findings, 'ROW_CELLS_AMBIGUOUS').map((f) => f.actual)).toEqual(['6: 1 | 0 | 0 | 0 | 0 | 3']);
  });

  it('eight cells, empty at both ends, for seven columns: which is extra cannot be told, so not read', () => {
    // An extra empty cell in front and a blank 总计: shifting either way moves every number a column.
    const report = parseReportSync(reportTxt({ template: 'gb2021', t3: { granted: ['', 2, 1, 0, 0, 0, 0, ''] } }));
    expect(of(report.findings, 'ROW_CELLS_AMBIGUOUS').map((f) => f.cells[0])).toEqual([t3Key('granted', 'np')]);
    expect(report.values[t3Key('granted', 'np')]?.flags).toContain('missing');
  });

  it('a flattened Table 4 with fewer than 15 cells is ambiguous, not read in printed order', () => {
    const report = parseReportSync(reportTxt({ template: 'gb2019', t4: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0] }));
    expect(of(report.findings, 'ROW_CELLS_AMBIGUOUS').map((f) => f.table)).toEqual(['t4']);
    expect(report.values[t4Key('review', 'upheld')]?.flags).toContain('missing');
  });

  it('a GB2021 report printing （六） as one row expects no sub-rows', () => {
    const report = parseReportSync(reportTxt({ template: 'gb2021', otherAsOneRow: true }));
    expect(of(report.findings, 'TEMPLATE_CELLS_MISSING')).toEqual([]);
  });
});
