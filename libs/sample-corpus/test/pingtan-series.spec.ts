import * as fs from 'node:fs';
import * as path from 'node:path';

import { type AssessedReport, assessedReportOf, classifySentence, repeatedSentences } from '@gongkai/assessment';
import { DEFAULT_ASSESSMENT_SCHEME } from '@gongkai/domain';
import { parseReport } from '@gongkai/report-parser';

import { generateReportSeries } from '../src/lib/generate';
import { type SampleRegion, type SampleReport } from '../src/lib/model';
import { renderSample } from '../src/lib/write-corpus';

/**
 * The seven yearly Pingtan reports, 2019–2025: the real pages of the dev corpus where it has them
 * (../shared/corpus/real/pingtan-YYYY), the generator's for the other years. The generator carries over a
 * known share of last year's sentences; the repeated-sentence measure, run on the rendered and re-parsed
 * documents, must find that share.
 */
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/real');
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
// 平潭综合实验区 has no code of its own (the catalogue's note); the generator only needs a code to seed by.
const PINGTAN: SampleRegion = { code: '350128', name: '平潭综合实验区', prefectureName: '福州市', provinceName: '福建省', kind: 'other' };
/** Measured share minus the generator's known share, at most (sentence splitting of the rendered page may differ by one). */
const TOLERANCE = 0.05;

type Year = { year: number; source: 'real' | 'generated'; report: AssessedReport; sample: SampleReport | null };

const generated = generateReportSeries({ region: PINGTAN, years: YEARS, seed: 'pingtan-series' });
const series = new Map<number, Year>();
const generatedOnly = new Map<number, AssessedReport>();

async function parseSample(sample: SampleReport): Promise<AssessedReport> {
  return assessedReportOf(await parseReport(renderSample(sample, 'html'), { fileName: `${sample.id}.html` }));
}

beforeAll(async () => {
  for (const sample of generated) {
    const report = await parseSample(sample);
    generatedOnly.set(sample.year, report);
    const dir = path.join(CORPUS, `pingtan-${sample.year}`);
    const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith('report.') || f === 'page.html') : undefined;
    series.set(
      sample.year,
      file
        ? { year: sample.year, source: 'real', report: assessedReportOf(await parseReport(new Uint8Array(fs.readFileSync(path.join(dir, file))), { fileName: file })), sample: null }
        : { year: sample.year, source: 'generated', report, sample },
    );
  }
}, 120_000);

const share = (repeated: number, total: number) => (total === 0 ? 0 : repeated / total);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

describe('the seven yearly Pingtan reports', () => {
  it('measures the repeated-sentence share of every year pair, real where the corpus has the year', () => {
    const minChars = DEFAULT_ASSESSMENT_SCHEME.thresholds.minSentenceChars;
    const rows: string[] = ['| pair | sources | repeated / sentences | share | generator carried over |', '|---|---|---|---|---|'];
    const checked: string[] = [];
    for (const [i, year] of YEARS.slice(1).entries()) {
      const before = series.get(YEARS[i] as number) as Year;
      const after = series.get(year) as Year;
      const { total, repeated } = repeatedSentences(after.report, before.report, minChars);
      expect(total).toBeGreaterThan(0);
      const bothGenerated = before.source === 'generated' && after.sample !== null;
      const known = bothGenerated ? (after.sample as SampleReport).narrative : null;
      rows.push(`| ${before.year}→${year} | ${before.source}→${after.source} | ${repeated.length}/${total} | ${pct(share(repeated.length, total))} | ${known ? `${known.carried}/${known.total} (${pct(share(known.carried, known.total))})` : '—'} |`);
      if (known) {
        checked.push(`${before.year}→${year}`);
        expect(Math.abs(share(repeated.length, total) - share(known.carried, known.total))).toBeLessThanOrEqual(TOLERANCE);
      }
    }
    console.info(rows.join('\n'));
    // Without the corpus every pair is generated; with it, 2022→2023 is the one generated pair.
    expect(checked.length).toBeGreaterThan(0);
  });

  it("finds the generator's known carry-over in every pair of its own 2019–2025 series", () => {
    const rows: string[] = [];
    const targets = new Set<number>();
    for (const [i, sample] of generated.slice(1).entries()) {
      const previous = generatedOnly.get((generated[i] as SampleReport).year) as AssessedReport;
      const { total, repeated } = repeatedSentences(generatedOnly.get(sample.year) as AssessedReport, previous, DEFAULT_ASSESSMENT_SCHEME.thresholds.minSentenceChars);
      const known = sample.narrative;
      targets.add(known.carryOverTarget);
      rows.push(`${sample.year - 1}→${sample.year}: measured ${repeated.length}/${total} (${pct(share(repeated.length, total))}), carried over ${known.carried}/${known.total} (${pct(share(known.carried, known.total))}), drawn target ${pct(known.carryOverTarget)}`);
      expect(Math.abs(share(repeated.length, total) - share(known.carried, known.total))).toBeLessThanOrEqual(TOLERANCE);
    }
    console.info(rows.join('\n'));
    // The share is drawn per year: a generator that wrote the same text every year would fail here.
    expect(targets.size).toBeGreaterThan(3);
  });

  it("classifies the generator's section-五 sentences as they were written (specific or generic)", () => {
    const wrong = generated.flatMap((r) => r.narrative.sentences.filter((s) => s.section === '五' && classifySentence(s.text).specific !== (s.kind === 'specific')).map((s) => `${r.year} [${s.kind}] ${s.text}`));
    expect(wrong).toEqual([]);
  });
});
