import { generateReportSeries, linzhiCounties, renderSample, type SampleFormat } from '@gongkai/sample-corpus';

/** A generated, parseable report of a 林芝市 county for `year`, in `format` (same sample → same values in every format). */
export function sampleDocument(year: number, format: SampleFormat = 'txt', countyIndex = 1, seed = 'api-e2e'): { bytes: Uint8Array; regionCode: string; fileName: string } {
  const region = linzhiCounties()[countyIndex];
  const [sample] = generateReportSeries({ region, years: [year], seed, errorRate: 0 });

  return { bytes: renderSample(sample, format), regionCode: region.code, fileName: `${region.code}-${year}.${format}` };
}
