import { type TemplateVersion } from '@gongkai/domain';

import { generateReportSeries, templateForYear } from './generate';
import { type SampleReport } from './model';
import { linzhiCounties } from './regions';
import { renderSample, type SampleFormat } from './write-corpus';

export type PrintedCells = {
  template: TemplateVersion;
  year: number;
  title: string;
  /** Cell text as printed, by catalogue metric key. */
  cells: Record<string, string>;
};

/**
 * Writes given cell texts (e.g. the raw cells a parser read from a real report) in the generator's
 * layout, so a real report can be re-published in another format: a Word file of a web page's numbers.
 * Null when the year and template disagree (the layout follows the year's template).
 */
export function renderPrintedCells(printed: PrintedCells, format: SampleFormat, seed = 1): Uint8Array | null {
  if (templateForYear(printed.year) !== printed.template) return null;
  const region = linzhiCounties()[0];
  if (!region) return null;
  // A deviation-free sample of the same year gives the layout and paragraphs; its cells are replaced.
  const base = generateReportSeries({ region, years: [printed.year], seed, errorRate: 0, deviationScale: 0 })[0];
  if (!base) return null;
  const sample: SampleReport = { ...base, cells: { ...printed.cells }, collapsedRows: [], title: printed.title, titleLines: [printed.title] };

  return renderSample(sample, format);
}
