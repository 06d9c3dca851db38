import { T3_ORG_COLUMNS, derivedMetrics, t3Key } from '@gongkai/domain';

import { type DocumentModel } from './model/document-model';
import { parsedReportDetails } from './model/parsed-report';
import { PARSER_VERSION, parseDocumentModel, parseReport, parseReportSync } from './parse-report';
import { parseErrorCodeOf } from '../testing/parse-error-code-of';
import { reportHtml, reportTxt } from '../testing/report-builder';

describe('parseReportSync and parseReport', () => {
  it('parses txt and HTML synchronously and asynchronously alike', async () => {
    const text = reportTxt({ template: 'gb2019' });
    const sync = parseReportSync(text);
    await expect(parseReport(new TextEncoder().encode(text))).resolves.toEqual({ ...sync, encoding: 'utf-8' });
    expect(sync.parserVersion).toBe(PARSER_VERSION);
    expect(parseReportSync(reportHtml({ template: 'gb2021' })).format).toBe('html');
  });

  it("keeps a report's details (everything but values and findings) under the stored names", () => {
    const parsed = parseReportSync(reportTxt({ template: 'gb2021' }));
    const details = parsedReportDetails(parsed);
    expect(Object.keys(details).sort()).toEqual(['encoding', 'extraRows', 'format', 'issuerKind', 'issuerName', 'location', 'needsReview', 'notes', 'reviewReasons', 'script', 'sections']);
    expect(details).toMatchObject({ format: 'txt', issuerName: parsed.issuer, issuerKind: parsed.issuerKind, sections: parsed.sections, location: parsed.location });
  });

  it('refuses PDF on the synchronous path with a typed error', () => {
    expect(parseErrorCodeOf(() => parseReportSync(new TextEncoder().encode('%PDF-1.7\n')))).toBe('UNSUPPORTED_FORMAT');
    expect(parseErrorCodeOf(() => parseReportSync('x', { format: 'pdf' }))).toBe('UNSUPPORTED_FORMAT');
  });

  it('rejects with LEGACY_DOC for OLE .doc files', async () => {
    await expect(parseReport(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]))).rejects.toMatchObject({ code: 'LEGACY_DOC' });
  });
});

describe('documents that are not readable reports', () => {
  it('NOT_A_REPORT for unrelated text and pages', () => {
    expect(parseErrorCodeOf(() => parseReportSync('会议通知\n请各单位于明天上午九点参加会议。'))).toBe('NOT_A_REPORT');
    expect(parseErrorCodeOf(() => parseReportSync('<html><body><table><tr><td>姓名</td><td>年龄</td></tr><tr><td>张三</td><td>30</td></tr></table></body></html>'))).toBe('NOT_A_REPORT');
  });

  it('NONSTANDARD_REPORT for a complete report without the template tables (pre-2019, D15)', () => {
    const old = ['舒兰市2016年政务信息公开年度报告', '一、概述', '本年度主动公开信息1200条。', '二、主动公开政府信息情况', '……', '五、存在的主要问题及改进情况', '……', '六、其他需要报告的事项', '无'].join('\n');
    expect(parseErrorCodeOf(() => parseReportSync(old))).toBe('NONSTANDARD_REPORT');
  });

  it('TRUNCATED when the report starts right but its tables are cut off', () => {
    expect(parseErrorCodeOf(() => parseReportSync(reportTxt({ template: 'gb2021', truncateAfterTable2: true })))).toBe('TRUNCATED');
    const start = ['某县2022年政府信息公开工作年度报告', '一、总体情况', '本年度……', '二、主动公开政府信息情况'].join('\n');
    expect(parseErrorCodeOf(() => parseReportSync(start))).toBe('TRUNCATED');
  });

  it('wraps unexpected internal failures as CORRUPT_FILE', () => {
    const broken = { format: 'txt', blocks: [{ kind: 'table', index: 0, grid: null }], meta: {} } as unknown as DocumentModel;
    expect(parseErrorCodeOf(() => parseDocumentModel(broken))).toBe('CORRUPT_FILE');
  });

  it('throws nothing but ReportParseError on garbage and never hangs', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;

      return seed / 2147483648;
    };
    const pieces = ['<table>', '<tr>', '<td rowspan="9">', '</td>', '第二十条第（一）项', '\t0', '\n', '行政复议', '（七）总计', '1.', '<p>', '&nbsp;', '2020年', '年度报告'];
    for (let i = 0; i < 60; i += 1) {
      const text = Array.from({ length: 80 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const code = parseErrorCodeOf(() => parseReportSync(text));
      expect(code.startsWith('foreign error')).toBe(false);
    }
    for (let i = 0; i < 20; i += 1) {
      const bytes = Uint8Array.from({ length: 300 }, () => Math.floor(random() * 256));
      expect(parseErrorCodeOf(() => parseReportSync(bytes)).startsWith('foreign error')).toBe(false);
    }
  });
});

describe('derived values', () => {
  const r = parseReportSync(reportTxt({ template: 'gb2021', t3: { new_received: [3, 1, 2, 0, 0, 1, 7], granted: [2, 1, 2, 0, 0, 1, 6], partial: [1, 0, 0, 0, 0, 0, 1], result_total: [3, 1, 2, 0, 0, 1, 7] }, t4: [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3] }));

  it('computes every derived metric of the template', () => {
    for (const metric of derivedMetrics('gb2021')) expect(r.values[metric.key]?.state).toBe('derived');
  });

  it('sums with the catalogue formulas and names the inputs', () => {
    expect(r.values[t3Key('new_received', 'org')]).toMatchObject({ value: '4', state: 'derived', provenance: null });
    expect(r.values[t3Key('new_received', 'org')]?.derivedFrom).toEqual(T3_ORG_COLUMNS.map((c) => t3Key('new_received', c)));
    expect(r.values[t3Key('other_total', 'tot')]?.value).toBe('0');
    expect(r.values[t3Key('denied_total', 'tot')]?.value).toBe('0');
    expect(r.values['t4_suit_total']?.value).toBe('4');
    expect(r.values['t4_suit_corrected']?.raw).toContain('t4_suit_direct_corrected');
  });

  it('computes rates and harmonised series', () => {
    expect(r.values['rate_disclosed']?.value).toBe('1');
    expect(r.values['rate_review_corrected']?.value).toBe('0.5');
    expect(r.values['rate_suit_corrected']?.value).toBe('0');
    expect(r.values['h_nd_made']).toMatchObject({ value: '0', derivedFrom: ['t2_nd_issued'] });
  });

  it('leaves a derived value unknown when an input is unknown, and a zero denominator unknown', () => {
    const blanks = parseReportSync(reportTxt({ template: 'gb2021', t3: { granted: [2, '', 0, 0, 0, 0, 2], new_received: [0, 0, 0, 0, 0, 0, 0], result_total: [0, 0, 0, 0, 0, 0, 0], partial: [0, 0, 0, 0, 0, 0, 0] } }));
    expect(blanks.values[t3Key('granted', 'org')]).toMatchObject({ value: null, state: 'derived' });
    expect(blanks.values['rate_disclosed']?.value).toBeNull();
  });
});
