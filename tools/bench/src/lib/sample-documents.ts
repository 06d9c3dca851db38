import { type ParsedReport, type SourceFormat } from '@gongkai/report-parser';
import {
  generateReportSeries,
  linzhiCounties,
  renderPrintedCells,
  renderSample,
  SAMPLE_FORMATS,
  type SampleReport,
} from '@gongkai/sample-corpus';

import { type BenchDocument } from './corpus-files';

export type GeneratedDocuments = { byFormat: Map<SourceFormat, BenchDocument[]>; notes: string[] };

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

/** Samples of 林芝市's counties (the default demo set), spread evenly over regions and years (both templates). */
function samples(count: number, seed: number): SampleReport[] {
  const all = linzhiCounties()
    .flatMap((region) => generateReportSeries({ region, years: YEARS, seed }))
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  const picked: SampleReport[] = [];
  for (let k = 0; k < Math.min(count, all.length); k++) picked.push(all[Math.floor((k * all.length) / Math.min(count, all.length))] as SampleReport);

  return picked;
}

/** `perFormat` generated documents in every format the generator writes (txt, html, docx). */
export function generateSampleDocuments(options: { perFormat: number; seed: number }): GeneratedDocuments {
  const picked = samples(options.perFormat, options.seed);
  const byFormat = new Map<SourceFormat, BenchDocument[]>();
  for (const format of SAMPLE_FORMATS) {
    byFormat.set(
      format,
      picked.map((sample) => ({ name: `sample/${sample.id}.${format}`, format, bytes: renderSample(sample, format), fileName: `${sample.id}.${format}` })),
    );
  }
  const templates = new Set(picked.map((s) => s.template));

  return {
    byFormat,
    notes: [
      `Generated samples: ${picked.length} reports per format from \`generateReportSeries\` (林芝市's counties, ${YEARS[0]}–${YEARS.at(-1)}, seed ${options.seed}; templates ${[...templates].join(' and ')}), rendered with \`renderSample\`, with the generator's deviations and deliberate errors.`,
    ],
  };
}

/**
 * The corpus has no real .docx: this renders one with the generator's Word writer, printing in every
 * table cell the text the parser read from a real document (its raw cell text), so the docx carries the
 * real numbers in the generator's layout and paragraphs.
 */
export function docxFromParsed(report: ParsedReport, sourceName: string, seed: number): BenchDocument | null {
  if (report.template === 'nonstandard' || report.year === null) return null;
  const cells: Record<string, string> = {};
  for (const [key, value] of Object.entries(report.values)) if (value.provenance) cells[key] = value.raw;
  const bytes = renderPrintedCells({ template: report.template, year: report.year, title: report.title ?? '', cells }, 'docx', seed);

  return bytes ? { name: `${sourceName} → docx`, format: 'docx', bytes, fileName: 'report.docx' } : null;
}
