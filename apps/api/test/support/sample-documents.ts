import { SAMPLE_MARKER, type SampleFormat, type SampleReport, generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

/** A generated, parseable report of a 林芝市 county for `year`, in `format` (same sample → same values in every format). */
export function sampleDocument(year: number, format: SampleFormat = 'txt', countyIndex = 1, seed = 'api-e2e'): { bytes: Uint8Array; regionCode: string; fileName: string } {
  const region = linzhiCounties()[countyIndex];
  const [sample] = generateReportSeries({ region, years: [year], seed, errorRate: 0 });

  return { bytes: renderSample(sample, format), regionCode: region.code, fileName: `${region.code}-${year}.${format}` };
}

/** The same document without the sample marker: the parser reads it as a real report (txt only). `variant` makes other bytes. */
export function asRealDocument(doc: { bytes: Uint8Array; regionCode: string; fileName: string }, variant = ''): { bytes: Uint8Array; regionCode: string; fileName: string } {
  const text = new TextDecoder().decode(doc.bytes).split(SAMPLE_MARKER).join('');

  return { ...doc, bytes: new TextEncoder().encode(`${text}${variant}`), fileName: `real-${doc.fileName}` };
}

/**
 * Two consecutive years of a 林芝市 county as txt, whose carry-over rows are printed as numbers, the later one
 * with every carried-in cell one higher: stored together they fail the cross-year carry-over rule.
 */
export function carryMismatchPair(years: [number, number], countyIndex: number, seed = 'api-carry'): [SampleReport, SampleReport] {
  const region = linzhiCounties()[countyIndex];
  for (let k = 0; k < 50; k++) {
    const series = generateReportSeries({ region, years, seed: `${seed}-${k}`, errorRate: 0 });
    const printed = (s: SampleReport) =>
      !s.collapsedRows.includes('carried_in') &&
      !s.collapsedRows.includes('carried_out') &&
      Object.entries(s.cells).some(([key, v]) => /^t3_carried_(in|out)_/.test(key) && /^[1-9]\d*$/.test(v));
    if (series.every(printed)) {
      const [earlier, later] = series as [SampleReport, SampleReport];
      const keys = Object.keys(later.cells).filter((key) => /^t3_carried_in_/.test(key) && /^\d+$/.test(later.cells[key] ?? ''));

      return [earlier, { ...later, cells: { ...later.cells, ...Object.fromEntries(keys.map((key) => [key, String(Number(later.cells[key]) + 1)])) } }];
    }
  }
  throw new Error('no seed prints the carry-over rows');
}

export function renderTxt(sample: SampleReport): { bytes: Uint8Array; regionCode: string; fileName: string } {
  return { bytes: renderSample(sample, 'txt'), regionCode: sample.region.code, fileName: `${sample.region.code}-${sample.year}.txt` };
}
