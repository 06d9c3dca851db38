import { createHash } from 'node:crypto';

import { RULES_BY_ID, type RuleId } from '@gongkai/domain';
import { normalizeText, pathName, resolveRegion } from '@gongkai/regions';
import { type Finding, type ParsedReport, parsedReportDetails, type RuleValues, validateCrossYear } from '@gongkai/report-parser';
// Time-ordered ids, as the api's IngestionService: index appends instead of random inserts.
import { v7 as timeOrderedUuid } from 'uuid';

/**
 * One parsed report as the bulk writer stores it: plain columns and column arrays, so a worker thread can
 * hand it to the main thread by structured clone and the writer can bind whole batches with unnest().
 * The column set and conversions follow apps/api/src/ingestion/ingestion.service.ts (store, insertValues,
 * insertIssues) — keep them in step; the report's details come from the parser's parsedReportDetails, as
 * there. A shared storage library would make the rest one copy too.
 */
export type ReportRows = {
  /** Made here (UUIDv7), so the worker can also write the value rows' COPY text. */
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
  /** Either the value rows as columns (for unnest), or as COPY text lines (`valueEncoding: 'copy'`). */
  values: ValueColumns | null;
  valuesCopy: string | null;
  issues: IssueColumns;
};

/**
 * 'copy': the worker writes the report_value rows as COPY text, so the writer thread only concatenates them
 * (structured-cloning one string costs far less than nine columns of 265 small strings).
 */
export type ValueEncoding = 'columns' | 'copy';

/** A value for COPY … FROM STDIN text format: \N for null; backslash, tab, newline and CR escaped. */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  const s = String(value);

  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

export type ValueColumns = {
  metricKey: string[];
  value: (string | null)[];
  state: string[];
  raw: string[];
  printedUnit: (string | null)[];
  /** PostgreSQL array literals ('{"a","b"}'), cast to text[] in SQL (unnest cannot take ragged arrays). */
  flags: string[];
  provenance: (string | null)[];
  derivedFrom: (string | null)[];
};

export type IssueColumns = {
  rule: string[];
  severity: string[];
  mode: string[];
  scope: string[];
  cells: string[];
  expected: string[];
  actual: string[];
  messageZh: string[];
  messageEn: string[];
};

export type RowsOutcome = { ok: true; rows: ReportRows } | { ok: false; fileName: string; code: string };

const MEDIA_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** As the api's mediaTypeOf: the document's own charset is kept. */
export function mediaTypeOf(format: string, encoding?: string): string {
  if ((format === 'txt' || format === 'html') && encoding) return `${format === 'txt' ? 'text/plain' : 'text/html'}; charset=${encoding}`;

  return MEDIA_TYPES[format] ?? 'application/octet-stream';
}

/** As the api's normalizeIssuerName. */
export function normalizeIssuerName(name: string): string {
  return normalizeText(name).replace(/[\p{P}\p{S}]/gu, '');
}

/** A PostgreSQL array literal of text elements, every element quoted (safe for commas, braces, quotes). */
export function textArrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

type ParsedValue = ParsedReport['values'][string];

/**
 * One report_value row as a COPY text line, the hot loop of the bulk path (265 rows a report): metric keys
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
    '\t' +
    (v.provenance ? copyField(JSON.stringify(v.provenance)) : '\\N') +
    '\t' +
    (v.derivedFrom ? copyField(textArrayLiteral(v.derivedFrom)) : '\\N') +
    '\n'
  );
}

/** The region the api would resolve from the document alone (no region code given by the uploader). */
export function resolveRegionCode(parsed: ParsedReport): { code: string } | { error: string } {
  const resolution = resolveRegion({
    title: parsed.title,
    issuer: parsed.issuer,
    address: parsed.location.address ?? null,
    postcode: parsed.location.postcode ?? null,
    phones: parsed.location.phones,
    areaCodes: parsed.location.areaCodes,
    hosts: parsed.location.hosts,
  });
  if (resolution.status === 'resolved') return { code: resolution.region.code };

  return { error: resolution.status === 'ambiguous' ? 'REGION_AMBIGUOUS' : 'REGION_UNKNOWN' };
}

type ScopedFinding = Finding & { scope: 'report' | 'cross_year' };

function scopeOf(rule: RuleId): 'report' | 'cross_year' {
  return RULES_BY_ID.get(rule)?.scope ?? 'report';
}

/** ParsedReport (+ its cross-year findings) → the rows of one report. */
export function toReportRows(
  parsed: ParsedReport,
  meta: { fileName: string; bytes: Uint8Array; regionCode: string },
  crossYear: readonly Finding[] = [],
  valueEncoding: ValueEncoding = 'columns',
): ReportRows {
  const reportId = timeOrderedUuid();
  const values = Object.values(parsed.values);
  const findings: ScopedFinding[] = [
    ...parsed.findings.map((f) => ({ ...f, scope: scopeOf(f.rule) })),
    ...crossYear.map((f) => ({ ...f, scope: 'cross_year' as const })),
  ];
  const issuerName = parsed.issuer?.trim() || pathName(meta.regionCode).split(' ').pop() || meta.regionCode;

  return {
    reportId,
    sha256: createHash('sha256').update(meta.bytes).digest('hex'),
    fileName: meta.fileName,
    format: parsed.format,
    mediaType: mediaTypeOf(parsed.format, parsed.encoding),
    byteSize: meta.bytes.byteLength,
    regionCode: meta.regionCode,
    issuerName,
    normalizedIssuerName: normalizeIssuerName(issuerName) || issuerName,
    issuerKind: parsed.issuerKind,
    year: parsed.year as number,
    template: parsed.template,
    scope: parsed.scope,
    title: parsed.title,
    publishedOn: parsed.publishedOn,
    periodStart: parsed.period?.start ?? null,
    periodEnd: parsed.period?.end ?? null,
    sampleData: parsed.sampleData,
    parserVersion: parsed.parserVersion,
    parsedJson: JSON.stringify(parsedReportDetails(parsed)),
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
            provenance: values.map((v) => (v.provenance ? JSON.stringify(v.provenance) : null)),
            derivedFrom: values.map((v) => (v.derivedFrom ? textArrayLiteral(v.derivedFrom) : null)),
          }
        : null,
    valuesCopy: valueEncoding === 'copy' ? values.map((v) => copyLine(reportId, v)).join('') : null,
    issues: {
      rule: findings.map((f) => f.rule),
      severity: findings.map((f) => f.severity),
      mode: findings.map((f) => f.mode),
      scope: findings.map((f) => f.scope),
      cells: findings.map((f) => textArrayLiteral(f.cells)),
      expected: findings.map((f) => f.expected),
      actual: findings.map((f) => f.actual),
      messageZh: findings.map((f) => f.messageZh),
      messageEn: findings.map((f) => f.messageEn),
    },
  };
}

/**
 * Cross-year findings inside one group of reports (one county's series, handed to one worker): each report
 * is checked against the same issuer's report of the year before, as the api does against the database.
 * The bulk path only sees neighbours in the same group — right for a fresh national load where a county's
 * years arrive together; see docs/BENCHMARKS.md.
 */
export function crossYearWithinGroup(reports: readonly { parsed: ParsedReport; issuerKey: string }[]): Finding[][] {
  const byKey = new Map<string, ParsedReport>();
  for (const r of reports) if (r.parsed.year !== null) byKey.set(`${r.issuerKey}|${r.parsed.year}`, r.parsed);

  return reports.map((r) => {
    if (r.parsed.year === null) return [];
    const previous = byKey.get(`${r.issuerKey}|${r.parsed.year - 1}`);
    if (!previous) return [];

    return validateCrossYear(
      { year: previous.year, template: previous.template, values: previous.values as RuleValues },
      { year: r.parsed.year, template: r.parsed.template, values: r.parsed.values as RuleValues },
    );
  });
}
