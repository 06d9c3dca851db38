export * from './lib/model';
export { type NarrativeSection, type NarrativeSentence, type SampleNarrative, type SentenceKind } from './lib/narrative';
export { Prng, hashString } from './lib/prng';
export { generateReportSeries, templateForYear, type GenerateSeriesOptions } from './lib/generate';
export { strictFailingRules } from './lib/rules';
export { buildLayout, expandGrid, SAMPLE_MARKER, type LayoutBlock, type LayoutCell, type LayoutTable, type SampleLayout } from './lib/layout';
export { renderTxt } from './lib/render-txt';
export { renderHtml } from './lib/render-html';
export { renderDocx } from './lib/render-docx';
export { toTraditional } from './lib/script';
export { linzhiCounties, LINZHI_PREFECTURE, NATIONAL_CATALOGUE, resolveRegions, toSampleRegion, type RegionCatalogue, type RegionSelector } from './lib/regions';
export {
  parseFormatSpec,
  parseYearSpec,
  renderSample,
  SAMPLE_FORMATS,
  writeSampleCorpus,
  type ManifestEntry,
  type SampleFormat,
  type WriteSampleCorpusOptions,
  type WriteSampleCorpusResult,
} from './lib/write-corpus';
export { renderPrintedCells, type PrintedCells } from './lib/render-cells';
