import { type ParsedReport, type ParseOptions, isReportParseError, parseReport } from '@gongkai/report-parser';

import { type ReportRows, type ValueEncoding, sha256Of, toReportRows } from './report-rows';
import { resolveRegionOf } from './resolve-region';
import { type IngestErrorInfo } from './types';

/** How the store reads a document: the pure parser by default; the api and CLI may wrap it (format converters). */
export type ParseFn = (bytes: Uint8Array, options: ParseOptions) => Promise<ParsedReport>;

export type PrepareInput = { bytes: Uint8Array; fileName: string; regionCode?: string | null; sourceUrl?: string; sha256?: string };

export type Prepared = { ok: true; rows: ReportRows; parsed: ParsedReport } | { ok: false; fileName: string; sha256: string; error: IngestErrorInfo };

/**
 * Document → rows, everything that needs no database: parse, year, region. Pure CPU, so the batch writer runs
 * it on worker threads. Never throws for a bad document: the rejection says why, in both languages.
 */
export async function prepareReport(input: PrepareInput, options: { parse?: ParseFn; valueEncoding?: ValueEncoding } = {}): Promise<Prepared> {
  const sha256 = input.sha256 ?? sha256Of(input.bytes);
  const reject = (error: IngestErrorInfo): Prepared => ({ ok: false, fileName: input.fileName, sha256, error });
  let parsed: ParsedReport;
  try {
    parsed = await (options.parse ?? parseReport)(input.bytes, { fileName: input.fileName, ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}) });
  } catch (error) {
    if (isReportParseError(error)) return reject({ code: error.code, messageZh: error.messageZh, messageEn: error.messageEn });

    return reject({ code: 'CORRUPT_FILE', messageZh: '文件无法解析。', messageEn: `The file could not be parsed${error instanceof Error ? `: ${error.message}` : ''}.` });
  }
  if (parsed.year === null) return reject({ code: 'YEAR_UNKNOWN', messageZh: '无法确定报告的年度。', messageEn: 'The report year could not be determined.' });
  const region = resolveRegionOf(parsed, input);
  if ('error' in region) return reject(region.error);

  return { ok: true, parsed, rows: toReportRows(parsed, { fileName: input.fileName, bytes: input.bytes, regionCode: region.code, sha256 }, options.valueEncoding) };
}
