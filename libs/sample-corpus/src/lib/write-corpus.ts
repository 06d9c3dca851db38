import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { generateReportSeries } from './generate';
import { buildLayout } from './layout';
import { type SampleRegion, type SampleReport } from './model';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderTxt } from './render-txt';

export type SampleFormat = 'txt' | 'html' | 'docx';

export const SAMPLE_FORMATS: readonly SampleFormat[] = ['txt', 'html', 'docx'];

/** Renders one sample in one format as bytes (txt is UTF-8; HTML is UTF-8 or GBK; docx is a zip). */
export function renderSample(sample: SampleReport, format: SampleFormat): Uint8Array {
  const layout = buildLayout(sample);
  if (format === 'txt') return new TextEncoder().encode(renderTxt(sample, layout));
  if (format === 'html') return renderHtml(sample, layout);

  return renderDocx(sample, layout);
}

/**
 * Parses the CLI's `--years` ('2019-2025', '2020,2022', '2021') into a sorted list of years; throws a
 * RangeError for anything else, or for years outside 2019–2100 (the templates start in 2019).
 */
export function parseYearSpec(spec: string): number[] {
  const years = new Set<number>();
  for (const part of spec.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^(\d{4})(?:\s*-\s*(\d{4}))?$/.exec(part);
    if (!m) throw new RangeError(`not a year or year range: '${part}'`);
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from > to || from < 2019 || to > 2100) throw new RangeError(`years must run from 2019 upwards: '${part}'`);
    for (let y = from; y <= to; y++) years.add(y);
  }
  if (years.size === 0) throw new RangeError('no years given');

  return [...years].sort((a, b) => a - b);
}

/** Parses `--formats txt,html,docx`. */
export function parseFormatSpec(spec: string): SampleFormat[] {
  const formats = spec.split(',').map((f) => f.trim().toLowerCase()).filter((f) => f !== '');
  for (const f of formats) if (!(SAMPLE_FORMATS as readonly string[]).includes(f)) throw new RangeError(`unknown format '${f}' (use txt, html, docx)`);
  if (formats.length === 0) throw new RangeError('no formats given');

  return [...new Set(formats)] as SampleFormat[];
}

export type WriteSampleCorpusOptions = {
  regions: readonly SampleRegion[];
  years: readonly number[];
  formats: readonly SampleFormat[];
  outDir: string;
  seed: number | string;
  missingRate?: number;
  errorRate?: number;
};

export type ManifestEntry = {
  id: string;
  regionCode: string;
  regionName: string;
  year: number;
  template: string;
  files: Partial<Record<SampleFormat, string>>;
  expected: string;
  failingRules: string[];
  deviations: string[];
};

export type WriteSampleCorpusResult = {
  regions: number;
  reports: number;
  files: number;
  bytes: number;
  withErrors: number;
  byFormat: Record<SampleFormat, number>;
  manifest: string;
  elapsedMs: number;
};

/**
 * Writes `<outDir>/<regionCode>/<year>.<ext>` for each format, `<year>.expected.json` beside them, and
 * `<outDir>/manifest.json` indexing everything. Same options and seed → byte-identical files.
 */
export function writeSampleCorpus(options: WriteSampleCorpusOptions): WriteSampleCorpusResult {
  const started = process.hrtime.bigint();
  const byFormat: Record<SampleFormat, number> = { txt: 0, html: 0, docx: 0 };
  const entries: ManifestEntry[] = [];
  let files = 0;
  let bytes = 0;
  let withErrors = 0;
  mkdirSync(options.outDir, { recursive: true });
  for (const region of options.regions) {
    const series = generateReportSeries({
      region,
      years: options.years,
      seed: options.seed,
      missingRate: options.missingRate,
      errorRate: options.errorRate,
    });
    if (series.length === 0) continue;
    const dir = join(options.outDir, region.code);
    mkdirSync(dir, { recursive: true });
    for (const sample of series) {
      const layout = buildLayout(sample);
      const entry: ManifestEntry = {
        id: sample.id,
        regionCode: region.code,
        regionName: region.name,
        year: sample.year,
        template: sample.template,
        files: {},
        expected: `${region.code}/${sample.year}.expected.json`,
        failingRules: sample.expectedFailingRules,
        deviations: sample.deviations,
      };
      for (const format of options.formats) {
        const data =
          format === 'txt' ? new TextEncoder().encode(renderTxt(sample, layout)) : format === 'html' ? renderHtml(sample, layout) : renderDocx(sample, layout);
        const rel = `${region.code}/${sample.year}.${format}`;
        writeFileSync(join(options.outDir, rel), data);
        entry.files[format] = rel;
        byFormat[format]++;
        files++;
        bytes += data.byteLength;
      }
      const expectedJson = `${JSON.stringify(sample.expected, null, 2)}\n`;
      writeFileSync(join(options.outDir, entry.expected), expectedJson);
      files++;
      bytes += Buffer.byteLength(expectedJson);
      if (sample.injectedErrors.length > 0) withErrors++;
      entries.push(entry);
    }
  }
  const manifest = join(options.outDir, 'manifest.json');
  const manifestJson = `${JSON.stringify(
    {
      generator: '@gongkai/sample-corpus',
      note: '本数据集为 Gongkai 生成的样例数据，不是真实报告。Generated sample data, not real reports.',
      seed: options.seed,
      years: options.years,
      formats: options.formats,
      reports: entries,
    },
    null,
    2,
  )}\n`;
  writeFileSync(manifest, manifestJson);

  return {
    regions: new Set(entries.map((e) => e.regionCode)).size,
    reports: entries.length,
    files: files + 1,
    bytes: bytes + Buffer.byteLength(manifestJson),
    withErrors,
    byFormat,
    manifest,
    elapsedMs: Number(process.hrtime.bigint() - started) / 1e6,
  };
}
