import { createHash } from 'node:crypto';

import { encodeValueSources } from '@gongkai/database';
import { RULES_BY_ID, type RuleId } from '@gongkai/domain';
import { pathName } from '@gongkai/regions';
import { type Finding, isMhtml, type ParsedReport, parsedReportDetails } from '@gongkai/report-parser';
// Time-ordered ids (UUIDv7): a new report's value rows append at the right edge of the primary key
// (report_id, metric_key) instead of landing on a random page: fewer page splits and full-page WAL images.
import { v7 as timeOrderedUuid } from 'uuid';

import { type ConversionRecord, convertedMediaType } from './convert-document';
import { normalizeIssuerName } from './issuer-name';
import { mediaTypeOf } from './media-type';

/**
 * One parsed report as the store writes it: plain columns and column arrays, so a worker thread can hand it to
 * the writer by structured clone and the writer can bind whole batches with unnest() or COPY.
 */
export type ReportRows = {
  /** Made here (UUIDv7), so a worker can also write the value rows' COPY text. */
  reportId: string;
  sha256: string;
  fileName: string;
  format: string;
  mediaType: string;
  byteSize: number;
  regionCode: string;
  issuerName: string;
  normalizedIssuerName: string;
  issuerKind: string;
  year: number;
  template: string;
  scope: string;
  title: string | null;
  publishedOn: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  sampleData: boolean;
  parserVersion: string;
  parsedJson: string;
  valueCount: number;
  /**
   * Either the value rows as columns (for unnest), or as COPY text lines (`valueEncoding: 'copy'`; a worker
   * hands them to the writer as UTF-8 bytes: transferred, not cloned, and written to the socket as they are).
   */
  values: ValueColumns | null;
  valuesCopy: string | Uint8Array | null;
  /**
   * Where each value was printed and what a derived value came from, as one JSON text for the report
   * (report_value_source, format 2 of @gongkai/database value-sources); null when no value has either.
   * With valueEncoding 'copy' it is the report_value_source COPY line instead (`valueSourcesCopy`).
   */
  valueSources: string | null;
  valueSourcesCopy: string | Uint8Array | null;
  /** The report's text section by section (ParsedReport.prose) as one JSON text, for report_narrative. */
  narrativeJson: string;
  /** The report's own findings (cross-year findings are computed by the writer, against the database). */
  issues: IssueColumns;
  /**
   * The page images a scan was read from (OCR), stored with the report so a person can compare a value with
   * the cell it was read from. Absent for documents with a text layer.
   */
  pageImages?: PageImage[];
  /**
   * A new version of a stored report read from the same document (a person's correction): the report it
   * corrects (it is superseded) and the stored document both read. The writer stores no document for it
   * and treats the same bytes as this version, not as a duplicate.
   */
  versionOf?: { reportId: string; sourceDocumentId: string };
  /** More particulars for the write's audit row (a correction lists the keys it changed and its note). */
  auditDetails?: Record<string, unknown>;
};

/** One page of a scanned report, as an image (PNG or JPEG) at the resolution it was read. */
export type PageImage = {
  /** 1-based, in reading order. */
  page: number;
  mediaType: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
  width: number;
  height: number;
  dpi: number;
};

/**
 * 'copy': the value rows as COPY text, so the writer only concatenates them (structured-cloning one string
 * costs far less than nine columns of 265 small strings); 'columns' where COPY is not available (PGlite).
 */
export type ValueEncoding = 'columns' | 'copy';

export type ValueColumns = {
  metricKey: string[];
  value: (string | null)[];
  state: string[];
  raw: string[];
  printedUnit: (string | null)[];
  /** PostgreSQL array literals ('{"a","b"}'), cast to text[] in SQL (unnest cannot take ragged arrays). */
  flags: string[];
};

export type IssueColumns = {
  rule: string[];
  severity: string[];
  /** PostgreSQL array literals of the modes a problem fails in ('{strict,lenient}'), like `cells`. */
  modes: string[];
  scope: string[];
  cells: string[];
  expected: string[];
  actual: string[];
  messageZh: string[];
  messageEn: string[];
};

/** A value for COPY … FROM STDIN text format: \N for null; backslash, tab, newline and CR escaped. */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  const s = String(value);

  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

/** A PostgreSQL array literal of text elements, every element quoted (safe for commas, braces, quotes). */
export function textArrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

type ParsedValue = ParsedReport['values'][string];

/**
 * One report_value row as a COPY text line, the hot loop of the bulk path (≈ 270 rows a report): metric keys
 * (catalogue identifiers), states and decimal strings never need escaping, and an empty flag list is '{}'.
 */
function copyLine(reportId: string, v: ParsedValue): string {
  return (
    reportId +
    '\t' +
    v.key +
    '\t' +
    (v.value ?? '\\N') +
    '\t' +
    v.state +
    '\t' +
    copyField(v.raw) +
    '\t' +
    (v.printedUnit == null ? '\\N' : copyField(v.printedUnit)) +
    '\t' +
    (v.flags.length === 0 ? '{}' : copyField(textArrayLiteral(v.flags))) +
    '\n'
  );
}

function scopeOf(rule: RuleId): 'report' | 'cross_year' {
  return RULES_BY_ID.get(rule)?.scope ?? 'report';
}

/** The issuer a report is stored under: its printed name, else the region's own name. */
export function issuerNameOf(parsed: Pick<ParsedReport, 'issuer'>, regionCode: string): string {
  return parsed.issuer?.trim() || pathName(regionCode).split(' ').pop() || regionCode;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** ParsedReport → the rows of one report (its own findings; the writer adds the cross-year ones). */
export function toReportRows(
  parsed: ParsedReport,
  meta: { fileName: string; bytes: Uint8Array; regionCode: string; sha256?: string; conversion?: ConversionRecord },
  valueEncoding: ValueEncoding = 'columns',
): ReportRows {
  if (parsed.year === null) throw new Error(`toReportRows: ${meta.fileName} has no year`);
  const reportId = timeOrderedUuid();
  const values = Object.values(parsed.values);
  const findings: Finding[] = parsed.findings;
  const issuerName = issuerNameOf(parsed, meta.regionCode);
  const sources = encodeValueSources(values);

  return {
    reportId,
    sha256: meta.sha256 ?? sha256Of(meta.bytes),
    fileName: meta.fileName,
    // A converted document is stored as what it is (its format and media type), read through its .docx.
    format: meta.conversion?.from ?? parsed.format,
    // A web archive is read as its HTML part but kept, and served back, as the archive it is.
    mediaType: meta.conversion ? convertedMediaType(meta.conversion.from) : isMhtml(meta.bytes) ? 'multipart/related' : mediaTypeOf(parsed.format, parsed.encoding),
    byteSize: meta.bytes.byteLength,
    regionCode: meta.regionCode,
    issuerName,
    normalizedIssuerName: normalizeIssuerName(issuerName) || issuerName,
    issuerKind: parsed.issuerKind,
    year: parsed.year,
    template: parsed.template,
    scope: parsed.scope,
    title: parsed.title,
    publishedOn: parsed.publishedOn,
    periodStart: parsed.period?.start ?? null,
    periodEnd: parsed.period?.end ?? null,
    sampleData: parsed.sampleData,
    parserVersion: parsed.parserVersion,
    parsedJson: JSON.stringify(meta.conversion ? { ...parsedReportDetails(parsed), conversion: meta.conversion } : parsedReportDetails(parsed)),
    valueCount: values.length,
    values:
      valueEncoding === 'columns'
        ? {
            metricKey: values.map((v) => v.key),
            value: values.map((v) => v.value),
            state: values.map((v) => v.state),
            raw: values.map((v) => v.raw),
            printedUnit: values.map((v) => v.printedUnit ?? null),
            flags: values.map((v) => textArrayLiteral(v.flags)),
          }
        : null,
    valuesCopy: valueEncoding === 'copy' ? values.map((v) => copyLine(reportId, v)).join('') : null,
    valueSources: valueEncoding === 'copy' ? null : sources,
    valueSourcesCopy: valueEncoding === 'copy' && sources !== null ? `${reportId}\t${copyField(sources)}\n` : null,
    narrativeJson: JSON.stringify(parsed.prose),
    issues: {
      rule: findings.map((f) => f.rule),
      severity: findings.map((f) => f.severity),
      modes: findings.map((f) => textArrayLiteral(f.modes)),
      scope: findings.map((f) => scopeOf(f.rule)),
      cells: findings.map((f) => textArrayLiteral(f.cells)),
      expected: findings.map((f) => f.expected),
      actual: findings.map((f) => f.actual),
      messageZh: findings.map((f) => f.messageZh),
      messageEn: findings.map((f) => f.messageEn),
    },
  };
}
