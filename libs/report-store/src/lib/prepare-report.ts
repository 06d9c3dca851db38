import { type ConvertedDocument, type DocumentConverter } from '@gongkai/document-convert';
import { type ParsedReport, type ParseOptions, isReportParseError, parseReport, type ScanInput, type ScanReader } from '@gongkai/report-parser';

import { conversionRecord, convertOfficeDocument } from './convert-document';
import { type ReportRows, type ValueEncoding, sha256Of, toReportRows } from './report-rows';
import { resolveRegionOf } from './resolve-region';
import { imagePagesOfZip, imageTypeOf, readScan } from './scan-document';
import { type IngestErrorInfo } from './types';

/** How the store reads a document: the pure parser by default; the api and CLI may wrap it (format converters). */
export type ParseFn = (bytes: Uint8Array, options: ParseOptions) => Promise<ParsedReport>;

export type PrepareInput = {
  bytes: Uint8Array;
  fileName: string;
  regionCode?: string | null;
  sourceUrl?: string;
  sha256?: string;
  /** The .docx made of `bytes` already (writeBatch converts on its own thread before a worker parses). */
  converted?: ConvertedDocument;
  /** Page images posted together as one scanned report, in page order (`bytes` is then the first page). */
  pages?: { fileName: string; bytes: Uint8Array }[];
};

export type PrepareOptions = {
  parse?: ParseFn;
  valueEncoding?: ValueEncoding;
  /** Turns .doc, .wps, .rtf and .odt into .docx for the parser; without it they are refused naming the package. */
  convert?: DocumentConverter;
  /**
   * Reads scans by OCR (libs/document-ocr): a PDF without a text layer, JPEG/PNG/TIFF pages, a zip of page
   * images. Without it such documents are refused naming the packages to install.
   */
  ocr?: ScanReader;
};

export type Prepared = { ok: true; rows: ReportRows; parsed: ParsedReport } | { ok: false; fileName: string; sha256: string; error: IngestErrorInfo };

/**
 * Document → rows, everything that needs no database: parse, year, region. Pure CPU, so the batch writer runs
 * it on worker threads. Never throws for a bad document: the rejection says why, in both languages.
 */
export async function prepareReport(input: PrepareInput, options: PrepareOptions = {}): Promise<Prepared> {
  const sha256 = input.sha256 ?? sha256Of(input.bytes);
  const reject = (error: IngestErrorInfo): Prepared => ({ ok: false, fileName: input.fileName, sha256, error });
  const scan = scanInputOf(input);
  let parsed: ParsedReport;
  let pageImages: ReportRows['pageImages'];
  const parseOptions: ParseOptions = { fileName: input.fileName, ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}) };
  if (scan) {
    const outcome = await readScan(scan, options.ocr, parseOptions);
    if ('error' in outcome) return reject(outcome.error);
    ({ parsed, pageImages } = outcome);
    return finish(input, sha256, parsed, null, options, pageImages, reject, imageTypeOf(input.pages?.[0]?.bytes ?? input.bytes) ?? (scan.kind === 'images' ? 'application/zip' : undefined));
  }
  let converted = input.converted ?? null;
  if (!converted) {
    const outcome = await convertOfficeDocument(input.bytes, input.fileName, options.convert);
    if ('error' in outcome) return reject(outcome.error);
    converted = outcome.converted;
  }
  try {
    // The parser reads the .docx; the report keeps the original bytes, name and sha-256 (toReportRows below).
    const source = converted ? { bytes: converted.docx, format: 'docx' as const } : { bytes: input.bytes };
    parsed = await (options.parse ?? parseReport)(source.bytes, {
      fileName: input.fileName,
      ...('format' in source ? { format: source.format } : {}),
      ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
    });
  } catch (error) {
    // A PDF of page images: read by OCR when a reader is injected, else refused naming the packages.
    if (isReportParseError(error) && error.code === 'NO_TEXT_LAYER' && !converted) {
      const outcome = await readScan({ kind: 'pdf', bytes: input.bytes }, options.ocr, parseOptions);
      if ('error' in outcome) return reject(outcome.error);

      return finish(input, sha256, outcome.parsed, null, options, outcome.pageImages, reject);
    }
    if (isReportParseError(error)) return reject({ code: error.code, messageZh: error.messageZh, messageEn: error.messageEn });

    return reject({ code: 'CORRUPT_FILE', messageZh: '文件无法解析。', messageEn: `The file could not be parsed${error instanceof Error ? `: ${error.message}` : ''}.` });
  }

  return finish(input, sha256, parsed, converted, options, undefined, reject);
}

/** Year, region and rows of a parsed report (read from its text, its .docx or its page images). */
function finish(
  input: PrepareInput,
  sha256: string,
  parsed: ParsedReport,
  converted: ConvertedDocument | null,
  options: PrepareOptions,
  pageImages: ReportRows['pageImages'],
  reject: (error: IngestErrorInfo) => Prepared,
  mediaType?: string,
): Prepared {
  if (parsed.year === null) return reject({ code: 'YEAR_UNKNOWN', messageZh: '无法确定报告的年度。', messageEn: 'The report year could not be determined.' });
  const region = resolveRegionOf(parsed, input);
  if ('error' in region) return reject(region.error);
  const rows = toReportRows(
    parsed,
    { fileName: input.fileName, bytes: input.bytes, regionCode: region.code, sha256, ...(converted ? { conversion: conversionRecord(converted) } : {}) },
    options.valueEncoding,
  );
  if (pageImages) rows.pageImages = pageImages;
  // An image (or a zip of them) is stored as what it is; its values were read as a scanned PDF's are.
  if (mediaType) {
    rows.mediaType = mediaType;
    rows.format = 'image';
  }

  return { ok: true, parsed, rows };
}

/** What to read by OCR before any parsing: page images (posted together, one image, or a zip of only images). */
function scanInputOf(input: PrepareInput): ScanInput | null {
  if (input.pages && input.pages.length > 0) return { kind: 'images', pages: input.pages };
  if (imageTypeOf(input.bytes)) return { kind: 'images', pages: [{ fileName: input.fileName, bytes: input.bytes }] };
  const zipped = imagePagesOfZip(input.fileName, input.bytes);

  return zipped ? { kind: 'images', pages: zipped } : null;
}
