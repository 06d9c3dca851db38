import { t3Key, t4Key } from '@gongkai/domain';

import { parseReportSync } from '../parse-report';
import { reportTxt } from '../../testing/report-builder';

/** What a scraper that drops every space, TAB and line break makes of a report. */
const stripped = (text: string) => text.replace(/\s+/g, '');

describe('text whose whitespace was stripped', () => {
  it('reads rows by their labels when the digits split one way only under the template arithmetic', () => {
    const report = parseReportSync(
      stripped(reportTxt({ template: 'gb2021', t3: { new_received: [21, 7, 0, 0, 0, 0, 28], granted: [12, 3, 0, 0, 0, 0, 15] }, t4: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 1, 0, 0, 3] })),
    );
    expect(report.values[t3Key('new_received', 'np')]).toMatchObject({ value: '21', state: 'number' });
    expect(report.values[t3Key('new_received', 'tot')]).toMatchObject({ value: '28' });
    expect(report.values[t3Key('granted', 'com')]).toMatchObject({ value: '3' });
    expect(report.values[t4Key('suit_after_review', 'total')]).toMatchObject({ value: '3' });
    expect(report.notes.some((n) => n.startsWith('Tables rebuilt from text without whitespace'))).toBe(true);
  });

  it('says a row cannot be read when its digits split more than one way, instead of guessing', () => {
    const report = parseReportSync(stripped(reportTxt({ template: 'gb2021', t2: { t2_nd_issued: 62, t2_nd_repealed: 33, t2_nd_in_force: 440 } })));
    const ambiguous = report.findings.filter((f) => f.rule === 'ROW_CELLS_AMBIGUOUS');
    expect(ambiguous.map((f) => f.actual)).toContain('1: 6233440');
    expect(report.values['t2_nd_issued']?.flags).toContain('missing');
    expect(report.needsReview).toBe(true);
  });
});

describe('the digit-run search is bounded', () => {
  it('gives up on an enormous run quickly and says the row is ambiguous', () => {
    const text = reportTxt({ template: 'gb2021' }).replace(/\s+/g, '').replace('（一）予以公开2100003', `（一）予以公开${'1'.repeat(5000)}`);
    const started = Date.now();
    const report = parseReportSync(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(report.findings.some((f) => f.rule === 'ROW_CELLS_AMBIGUOUS' && f.cells.includes(t3Key('granted', 'np')))).toBe(true);
  });
});
