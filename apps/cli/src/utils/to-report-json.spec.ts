import { findingFixture, parsedReportFixture, valueFixture } from '../fixtures/parsed-report.fixture';
import { toJsonValue, toReportJson } from './to-report-json';

describe('toJsonValue', () => {
  it('prints counts, item deltas and project counts as JSON numbers', () => {
    expect(toJsonValue('t3_granted_np', '12')).toBe(12);
    expect(toJsonValue('t2_license_items_delta', '-5')).toBe(-5);
    expect(toJsonValue('t2_procure_projects', '75')).toBe(75);
  });

  it('keeps money (元) and ratios as exact decimal strings', () => {
    expect(toJsonValue('t2_procure_amount_yuan', '23594197')).toBe('23594197');
    expect(toJsonValue('t2_fee_amount_yuan', '242523110.82')).toBe('242523110.82');
    expect(toJsonValue('rate_disclosed', '0.6666666667')).toBe('0.6666666667');
  });

  it('keeps null, unknown keys and counts that are not safe integers as they are', () => {
    expect(toJsonValue('t3_granted_np', null)).toBeNull();
    expect(toJsonValue('not_a_metric', '12')).toBe('12');
    expect(toJsonValue('t3_granted_np', '1.5')).toBe('1.5');
    expect(toJsonValue('t3_granted_np', '90071992547409930')).toBe('90071992547409930');
  });
});

describe('toReportJson', () => {
  const report = parsedReportFixture({
    values: {
      t3_granted_np: valueFixture('t3_granted_np', '3'),
      t3_granted_com: valueFixture('t3_granted_com', null),
      t2_fee_amount_yuan: { ...valueFixture('t2_fee_amount_yuan', '1200'), printedUnit: 'wan', raw: '0.12' },
    },
    findings: [findingFixture()],
  });

  it('puts the headline fields first and converts every value by the one rule', () => {
    const json = toReportJson(report, 'zh');
    expect(Object.keys(json).slice(0, 9)).toEqual(['title', 'issuer', 'year', 'template', 'publishedOn', 'needsReview', 'reviewReasons', 'values', 'issues']);
    expect(json.values['t3_granted_np']).toMatchObject({ value: 3, state: 'number', raw: '3' });
    expect(json.values['t3_granted_com']).toMatchObject({ value: null, state: 'blank', raw: '' });
    expect(json.values['t2_fee_amount_yuan']).toMatchObject({ value: '1200', raw: '0.12', printedUnit: 'wan' });
  });

  it('keeps the other ParsedReport fields, findings in both languages included', () => {
    const json = toReportJson(report, 'en');
    expect(json).toMatchObject({ parserVersion: 'test', format: 'txt', issuerKind: 'gov', scope: 'self', sampleData: false });
    expect(json.findings).toEqual(report.findings);
  });

  it('says up front when the report needs review, and why; an issue about a row names its table', () => {
    const reason = 'UNMATCHED_ROW: Table 3: row … matches no template row';
    const flagged = parsedReportFixture({
      needsReview: true,
      reviewReasons: [reason],
      findings: [findingFixture({ rule: 'UNMATCHED_ROW', severity: 'WARN', cells: [], table: 't3' })],
    });
    const json = toReportJson(flagged, 'en');
    expect(json).toMatchObject({ needsReview: true, reviewReasons: [reason] });
    expect(json.issues[0]).toMatchObject({ rule: 'UNMATCHED_ROW', table: 't3', cells: [] });
    expect(toReportJson(report, 'en')).toMatchObject({ needsReview: false, reviewReasons: [] });
  });

  it('writes issues with the message in the chosen language', () => {
    const finding = findingFixture();
    expect(toReportJson(report, 'zh').issues).toEqual([
      { rule: 'T3_BALANCE', severity: 'ERROR', modes: ['strict', 'lenient'], message: finding.messageZh, cells: finding.cells, expected: '12', actual: '11' },
    ]);
    expect(toReportJson(report, 'en').issues[0]?.message).toBe(finding.messageEn);
  });
});
