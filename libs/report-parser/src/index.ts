export * from './lib/model/document-model';
export * from './lib/model/parsed-report';
export * from './lib/model/report-parse-error';
export * from './lib/parse-report';
export { extractDocument, extractDocumentAsync } from './lib/extract/extract-document';
export { extractHtml } from './lib/extract/html';
export { isMhtml } from './lib/extract/mhtml';
export { extractTxt } from './lib/extract/txt';
export { decodeText, type DecodedText } from './lib/extract/decode-text';
export { MAX_INPUT_BYTES } from './lib/extract/detect-format';
export { inflateZipEntry, listZipEntries, zipEntryCount, type ZipEntry } from './lib/extract/zip-reader';
export { labelKey, labelStem, compact, nfkc, stripNumbering, stripParentheticals, stripBookmarks } from './lib/normalise/text';
export { readCell, classifyCell, type CellReading, type CellKind, type CellClass } from './lib/normalise/cell-value';
export { looksTraditional, toSimplified } from './lib/normalise/traditional';
export { validateReport, failingRules, type ValidationInput } from './lib/validate/validate-report';
export { readingFindings, reviewOf } from './lib/validate/reading-findings';
export { reviewOfReport } from './lib/validate/ocr-review';
export { completeValues } from './lib/map/derive-values';
export { CROSS_YEAR_OPERAND_KEYS, validateCrossYear, type YearReport } from './lib/validate/validate-cross-year';
export { type RuleValue, type RuleValues } from './lib/validate/read-value';
export { issuerKindOf, isBelowRuleMakingLevel } from './lib/describe/issuer';
export {
  alignCells,
  digitAlternatives,
  OCR_CONFIDENCE_THRESHOLD,
  type OcrCell,
  parseScannedLayer,
  parseScannedModel,
  type PdfRule,
  type PdfTextItem,
  type PdfTextLayer,
  type ScanInput,
  type ScanReader,
  type ScanReading,
} from './lib/ocr/scanned';
