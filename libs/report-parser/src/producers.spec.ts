import * as fs from 'node:fs';
import * as path from 'node:path';

import { failingRules, type ParsedReport, parseReport } from './index';
import { accuracy, type Expected, readAsExpected } from './testing/expected-json';
import { htmlPages, makeVariant, missingTool, PRODUCER_VARIANTS, type ProducerVariant, removeProducerProfile } from './testing/real-producers';

/**
 * Documents the parser was not tuned on, made by real producers from every real HTML page of the corpus
 * (../shared/corpus/real): printed to PDF by Chromium, saved as .docx by LibreOffice, that .docx
 * exported to PDF by LibreOffice. Each must read like its page's expected.json: every value and the
 * failing rules. Without a producer the variants are skipped with the reason; with CI=true that fails.
 *
 * Variants the parser does not yet read exactly are listed in NOT_YET_EXACT: for them the exactness test
 * is `it.failing` (it fails the suite the day they become exact, so the list cannot go stale), and they
 * must still never be silently wrong: a report that misreads a value needs review.
 */
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/real');
const NOT_YET_EXACT = new Set(['pingtan-2019/libreoffice.pdf', 'pingtan-2021/libreoffice.pdf']);

const pages = htmlPages(CORPUS);
const cases = pages.flatMap((page) => PRODUCER_VARIANTS.map((variant) => ({ ...page, variant, name: `${page.id}/${variant}` })));
afterAll(() => removeProducerProfile());
const missing = new Map<ProducerVariant, string | null>(PRODUCER_VARIANTS.map((v) => [v, missingTool(v)]));

if (pages.length === 0 || [...missing.values()].some((m) => m !== null)) {
  const reason = pages.length === 0 ? `corpus not found at ${CORPUS}` : [...new Set([...missing.values()].filter((m): m is string => m !== null))].join('; ');
  describe('real-producer variants', () => {
    if (process.env['CI'] === 'true') {
      it('can be made in CI', () => {
        throw new Error(`real-producer variants cannot be made: ${reason}`);
      });
    } else {
      console.warn(`real-producer variants skipped for some producers: ${reason}`);
      it(`notes what is missing: ${reason}`, () => expect(reason).not.toBe(''));
    }
  });
}

describe.each(cases.filter((c) => missing.get(c.variant) === null))('real producer: $name', ({ id, path: page, variant, name }) => {
  const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, id, 'expected.json'), 'utf8')) as Expected;
  let report: ParsedReport | undefined;

  beforeAll(async () => {
    const bytes = await makeVariant(new Uint8Array(fs.readFileSync(page)), variant);
    report = await parseReport(bytes, { fileName: `report.${variant.split('.').pop() as string}` });
    const { right, total } = accuracy(report, expected);
    console.info(`${name}: ${right}/${total} values, failing ${JSON.stringify(failingRules(report.findings))} (expected ${JSON.stringify(expected.failing_rules)}), needsReview ${report.needsReview}`);
  }, 180_000);

  const parsed = (): ParsedReport => {
    if (!report) throw new Error('not parsed');

    return report;
  };

  (NOT_YET_EXACT.has(name) ? it.failing : it)('reads every value and failing rule of expected.json', () => {
    const { got, want } = readAsExpected(parsed(), expected);
    expect(got).toEqual(want);
    expect(failingRules(parsed().findings)).toEqual([...expected.failing_rules].sort());
  });

  it('is never silently wrong: a misread value means the report needs review, with an ERROR finding', () => {
    const { wrong } = accuracy(parsed(), expected);
    if (wrong.length === 0) return expect(wrong).toEqual([]);
    expect(parsed().needsReview).toBe(true);
    expect(parsed().findings.some((f) => f.severity === 'ERROR')).toBe(true);
  });
});
