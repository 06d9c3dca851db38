import { findingFixture, parsedReportFixture } from '../fixtures/parsed-report.fixture';
import { renderCheck, summariseFindings, summaryLine } from './render-check';

describe('summariseFindings', () => {
  it('counts problems: strict errors, lenient-only errors and warnings', () => {
    const summary = summariseFindings([
      findingFixture(), // fails in both modes: one problem
      findingFixture({ rule: 'T3_ROW_TOTAL', cells: ['t3_granted_tot'], expected: '5', actual: '4', modes: ['lenient'] }), // only when blanks count as 0
      findingFixture({ rule: 'T2_REG_LEVEL', severity: 'WARN', cells: ['t2_reg_issued'] }),
      findingFixture({ rule: 'META_PERIOD', severity: 'INFO', cells: [] }),
    ]);
    expect(summary).toEqual({ strictErrors: 1, lenientOnlyErrors: 1, warnings: 1, infos: 1 });
  });

  it('says so in Chinese and in English', () => {
    const summary = { strictErrors: 2, lenientOnlyErrors: 0, warnings: 1, infos: 0 };
    expect(summaryLine(summary, 'zh')).toBe('2 项错误（严格口径），1 项警告');
    expect(summaryLine(summary, 'en')).toBe('2 errors (strict mode), 1 warning');
  });
});

describe('renderCheck', () => {
  it('prints the header, one row per finding with expected and actual, and the summary', () => {
    const report = parsedReportFixture({
      findings: [findingFixture({ rule: 'T2_REG_LEVEL', severity: 'WARN', expected: '0', actual: '6' }), findingFixture()],
    });
    const { text, summary } = renderCheck(report, 'zh');
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '标题：某某县人民政府2021年政府信息公开工作年度报告',
      '发布机关：某某县人民政府',
      '年度：2021',
      '格式：2021年版格式（国办公开办函〔2021〕30号）',
    ]);
    // Errors come before warnings, whatever order the parser reported them in.
    expect(lines[5]).toMatch(/^规则\s+级别\s+口径\s+说明\s+应为\s+实际$/);
    expect(lines[7]).toMatch(/^T3_BALANCE\s+错误\s+严格口径、宽松口径\s+表三.*\s+12\s+11$/);
    expect(lines[8]).toMatch(/^T2_REG_LEVEL\s+警告\s+严格口径、宽松口径\s+.*\s+0\s+6$/);
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toBe('1 项错误（严格口径），1 项警告');
    expect(summary.strictErrors).toBe(1);
  });

  it('says first that a report needs review, naming the reading rules behind it', () => {
    const report = parsedReportFixture({ needsReview: true, reviewReasons: ['TEMPLATE_CELLS_MISSING: Cannot check T3_BALANCE', 'UNMATCHED_ROW: Table 3 row'] });
    expect(renderCheck(report, 'zh').text.split('\n')[4]).toBe('需要人工复核：未能完整读取本报告（TEMPLATE_CELLS_MISSING, UNMATCHED_ROW，见下表）。');
    expect(renderCheck(report, 'en').text).toContain('Needs review: the report could not be read completely (TEMPLATE_CELLS_MISSING, UNMATCHED_ROW; see below).\n');
    expect(renderCheck(parsedReportFixture(), 'en').text).not.toContain('Needs review');
  });

  it('speaks English with --lang en and names what it could not find', () => {
    const report = parsedReportFixture({ title: null, year: null, template: 'nonstandard', sampleData: true });
    const { text } = renderCheck(report, 'en');
    expect(text).toContain('Title: (not found)\n');
    expect(text).toContain('Year: (not found)\n');
    expect(text).toContain('Template: non-standard layout\n');
    expect(text).toContain('Note: this is generated sample data');
    expect(text).toContain('No findings.\n');
    expect(text.trimEnd().split('\n').at(-1)).toBe('0 errors (strict mode), 0 warnings');
  });
});
