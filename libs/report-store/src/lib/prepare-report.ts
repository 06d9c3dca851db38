import { type ConvertedDocument, type DocumentConverter } from '@gongkai/document-convert';
import { type ParsedReport, type ParseOptions, isReportParseError, parseReport } from '@gongkai/report-parser';

import { conversionRecord, convertOfficeDocument } from './convert-document';
import { type ReportRows, type ValueEncoding, sha256Of, toReportRows } from './report-rows';
import { resolveRegionOf } from './resolve-region';
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
};

export type PrepareOptions = {
  parse?: ParseFn;
  valueEncoding?: ValueEncoding;
  /** Turns .doc, .wps, .rtf and .odt into .docx for the parser; without it they are refused naming the package. */
  convert?: DocumentConverter;
};

export type Prepared = { ok: true; rows: ReportRows; parsed: ParsedReport } | { ok: false; fileName: string; sha256: string; error: IngestErrorInfo };

/**
 * Document → rows, everything that needs no database: parse, year, region. Pure CPU, so the batch writer runs
 * it on worker threads. Never throws for a bad document: the rejection says why, in both languages.
 */
export async function prepareReport(input: PrepareInput, options: PrepareOptions = {}): Promise<Prepared> {
  const sha256 = input.sha256 ?? sha256Of(input.bytes);
  const reject = (error: IngestErrorInfo): Prepared => ({ ok: false, fileName: input.fileName, sha256, error });
  let converted = input.converted ?? null;
  if (!converted) {
    const outcome = await convertOfficeDocument(input.bytes, input.fileName, options.convert);
    if ('error' in outcome) return reject(outcome.error);
    converted = outcome.converted;
  }
  let parsed: ParsedReport;
  try {
    // The parser reads the .docx; the report keeps the original bytes, name and sha-256 (toReportRows below).
    const source = converted ? { bytes: converted.docx, format: 'docx' as const } : { bytes: input.bytes };
    parsed = await (options.parse ?? parseReport)(source.bytes, {
      fileName: input.fileName,
      ...('format' in source ? { format: source.format } : {}),
      ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
    });
  } catch (error) {
    if (isReportParseError(error)) return reject({ code: error.code, messageZh: error.messageZh, messageEn: error.messageEn });

    return reject({ code: 'CORRUPT_FILE', messageZh: '文件无法解析。', messageEn: `The file could not be parsed${error instanceof Error ? `: ${error.message}` : ''}.` });
  }
  if (parsed.year === null) return reject({ code: 'YEAR_UNKNOWN', messageZh: '无法确定报告的年度。', messageEn: 'The report year could not be determined.' });
  const region = resolveRegionOf(parsed, input);
  if ('error' in region) return reject(region.error);

  return {
    ok: true,
    parsed,
    rows: toReportRows(
      parsed,
      { fileName: input.fileName, bytes: input.bytes, regionCode: region.code, sha256, ...(converted ? { conversion: conversionRecord(converted) } : {}) },
      options.valueEncoding,
    ),
  };
}
