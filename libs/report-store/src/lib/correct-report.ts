import { type AuditActor, type ConnectionSource, type Queryable, SYSTEM_ACTOR, decodeValueSources, withTransaction } from '@gongkai/database';
import { type RuleId, type TemplateVersion, type ValueState } from '@gongkai/domain';
import {
  type Finding,
  type ParsedProse,
  type ParsedReport,
  type ParsedReportDetails,
  type ParsedValue,
  type ValueFlag,
  completeValues,
  compact,
  nfkc,
  reviewOfReport,
  validateReport,
} from '@gongkai/report-parser';

import { ReportNotFoundError, ReportWriteDeniedError } from './delete-report';
import { toReportRows } from './report-rows';
import { storeRows } from './store-rows';
import { type AuthorizeRegion } from './write-report';

/** One value a person corrects: a non-negative decimal (`value`, state number), or a blank / not-applicable cell (`state`). */
export type ValueCorrectionInput = { key: string; value?: string | null; state?: 'number' | 'blank' | 'na' | null };

export type CorrectReportInput = {
  reportId: string;
  corrections: readonly ValueCorrectionInput[];
  note?: string | null;
  /** Who corrects (TokensService.nameOf in the api), and when (now by default). */
  by: string;
  at?: Date;
};

export type CorrectReportResult = { reportId: string; correctedReportId: string; changedKeys: string[]; needsReview: boolean };

export type ReportCorrectionErrorCode = 'NO_CORRECTIONS' | 'UNKNOWN_KEY' | 'DERIVED_VALUE' | 'VALUE_NOT_A_NUMBER' | 'DUPLICATE_KEY' | 'NOT_CURRENT';

const MESSAGES: Record<ReportCorrectionErrorCode, (key: string) => { zh: string; en: string }> = {
  NO_CORRECTIONS: () => ({ zh: '没有要更正的数值。', en: 'No value to correct.' }),
  UNKNOWN_KEY: (key) => ({ zh: `报告中没有指标 ${key}。`, en: `The report has no metric ${key}.` }),
  DERIVED_VALUE: (key) => ({ zh: `指标 ${key} 是计算值，请更正其来源数值。`, en: `Metric ${key} is derived: correct the values it is computed from.` }),
  VALUE_NOT_A_NUMBER: (key) => ({ zh: `指标 ${key} 的更正值不是有效的非负数。`, en: `The corrected value of ${key} is not a non-negative decimal number.` }),
  DUPLICATE_KEY: (key) => ({ zh: `指标 ${key} 被更正了两次。`, en: `Metric ${key} is corrected twice.` }),
  NOT_CURRENT: () => ({ zh: '只能更正报告的当前版本。', en: 'Only the current version of a report can be corrected.' }),
};

/** The correction was refused before anything was written. */
export class ReportCorrectionError extends Error {
  readonly messageZh: string;

  constructor(
    readonly code: ReportCorrectionErrorCode,
    readonly key: string = '',
  ) {
    const m = MESSAGES[code](key);
    super(m.en);
    this.messageZh = m.zh;
    this.name = 'ReportCorrectionError';
  }
}

const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;
/** Flags that said the cell's value was not known: a person's value replaces that. */
const UNKNOWN_FLAGS: ReadonlySet<ValueFlag> = new Set(['missing', 'unparsed']);
/** Findings about how the tables were read (not re-derivable from the values): carried over as stored. */
const READING_RULES: ReadonlySet<string> = new Set(['UNMATCHED_ROW', 'ROW_CELLS_AMBIGUOUS']);

type StoredReport = {
  id: string;
  status: string;
  region_code: string;
  year: number;
  template: string;
  scope: string;
  title: string | null;
  published_on: string | null;
  period_start: string | null;
  period_end: string | null;
  sample_data: boolean;
  parser_version: string;
  parsed: string;
  source_document_id: string;
  issuer_name: string;
  normalized_name: string;
  file_name: string;
  sha256: string;
  format: string;
  media_type: string;
  byte_size: number;
};

/**
 * A person's correction of stored values, stored as a new version of the report (the old one superseded,
 * kept in history): the stored report is rebuilt as a ParsedReport, the corrected values get the flag
 * 'corrected' and a `correction` (previous value and state, who, when, note), derived values are derived
 * again and the report's own rules run again (validateReport), its review status follows reviewOfReport
 * (an OCR report is needs_review unless every ERROR rule passes and every value not confirmed by a person is
 * above the threshold). Written through storeRows with `versionOf`, in one transaction with the page images
 * carried over and the audit row; cross-year findings and primary reports follow as for any write.
 * A value given equal to the stored one confirms it (flag 'corrected', the same previous value).
 */
export async function correctReport(
  db: ConnectionSource,
  input: CorrectReportInput,
  options: { authorize?: AuthorizeRegion; actor?: AuditActor } = {},
): Promise<CorrectReportResult> {
  const { reportId } = input;
  if (!/^[0-9a-f-]{36}$/i.test(reportId)) throw new ReportNotFoundError(reportId);
  if (input.corrections.length === 0) throw new ReportCorrectionError('NO_CORRECTIONS');
  const seen = new Set<string>();
  for (const c of input.corrections) {
    if (seen.has(c.key)) throw new ReportCorrectionError('DUPLICATE_KEY', c.key);
    seen.add(c.key);
    const state = c.state ?? 'number';
    if (state === 'number' && !DECIMAL.test((c.value ?? '').trim())) throw new ReportCorrectionError('VALUE_NOT_A_NUMBER', c.key);
  }
  // Authorised before the transaction (the check may query on another pooled connection; embedded has one).
  const lease = await db.acquire();
  let regionCode: string | undefined;
  try {
    regionCode = ((await lease.client.query(`SELECT "region_code" FROM "report" WHERE "id" = $1`, [reportId])).rows[0] as { region_code: string } | undefined)?.region_code;
  } finally {
    lease.release();
  }
  if (regionCode === undefined) throw new ReportNotFoundError(reportId);
  if (options.authorize) {
    const denied = await options.authorize(regionCode);
    if (denied) throw new ReportWriteDeniedError(denied);
  }
  const at = (input.at ?? new Date()).toISOString();
  const note = input.note?.trim() || undefined;

  return withTransaction(db, async (client) => {
    const stored = await readStored(client, reportId);
    if (stored.report.status !== 'current') throw new ReportCorrectionError('NOT_CURRENT');
    const values = new Map(stored.values.map((v) => [v.key, v]));
    for (const c of input.corrections) {
      const before = values.get(c.key);
      if (!before) throw new ReportCorrectionError('UNKNOWN_KEY', c.key);
      if (before.state === 'derived' || before.state === 'undefined') throw new ReportCorrectionError('DERIVED_VALUE', c.key);
      const state: ValueState = c.state ?? 'number';
      const value = state === 'number' ? canonical((c.value ?? '').trim()) : null;
      const flags = before.flags.filter((f) => !UNKNOWN_FLAGS.has(f) && f !== 'corrected');
      values.set(c.key, {
        ...before,
        value,
        state,
        flags: [...flags, 'corrected'],
        // Each version says what it changed from the version before; the history holds the older ones.
        correction: { previous: before.value, previousState: before.state, by: input.by, at, ...(note ? { note } : {}) },
      });
    }
    // Derived values are derived again from the corrected ones.
    for (const [key, v] of values) if (v.state === 'derived' || v.state === 'undefined') values.delete(key);
    const template = stored.report.template as TemplateVersion;
    const complete = completeValues(values, template);
    const details = stored.details;
    const parsed: ParsedReport = {
      parserVersion: stored.report.parser_version,
      format: details.format,
      ...(details.encoding ? { encoding: details.encoding } : {}),
      title: stored.report.title,
      issuer: details.issuerName,
      issuerKind: details.issuerKind,
      year: stored.report.year,
      template,
      publishedOn: stored.report.published_on,
      period: stored.report.period_start && stored.report.period_end ? { start: stored.report.period_start, end: stored.report.period_end } : null,
      scope: stored.report.scope as ParsedReport['scope'],
      script: details.script,
      sampleData: stored.report.sample_data,
      location: details.location,
      sections: details.sections,
      prose: stored.prose,
      values: Object.fromEntries(complete),
      extraRows: details.extraRows,
      findings: [],
      notes: details.notes,
      needsReview: false,
      reviewReasons: [],
      ...(details.ocr ? { ocr: details.ocr } : {}),
    };
    parsed.findings = [...validateReport({ ...parsed, values: complete, narrative: narrativeOf(stored.prose) }), ...stored.readingFindings];
    Object.assign(parsed, reviewOfReport(parsed));

    const rows = toReportRows(parsed, { fileName: stored.report.file_name, bytes: new Uint8Array(0), regionCode: stored.report.region_code, sha256: stored.report.sha256 });
    const changedKeys = input.corrections.map((c) => c.key);
    Object.assign(rows, {
      // The document the old version reads (not stored again) and the issuer it is filed under.
      format: stored.report.format,
      mediaType: stored.report.media_type,
      byteSize: stored.report.byte_size,
      issuerName: stored.report.issuer_name,
      normalizedIssuerName: stored.report.normalized_name,
      // A converted document's record travels with the report details.
      parsedJson: JSON.stringify({ ...JSON.parse(rows.parsedJson), ...(stored.conversion ? { conversion: stored.conversion } : {}) }),
      versionOf: { reportId, sourceDocumentId: stored.report.source_document_id },
      auditDetails: { correctedKeys: changedKeys, ...(note ? { note } : {}) },
    });
    const outcome = await storeRows(client, [rows], [new Uint8Array(0)], null, options.actor ?? SYSTEM_ACTOR);
    const newId = outcome.rows[0]?.reportId as string;
    await client.query(
      `INSERT INTO "report_page_image" ("report_id", "page", "media_type", "content", "width", "height", "dpi")
       SELECT $1, "page", "media_type", "content", "width", "height", "dpi" FROM "report_page_image" WHERE "report_id" = $2`,
      [newId, reportId],
    );

    return { reportId, correctedReportId: newId, changedKeys, needsReview: parsed.needsReview };
  });
}

function canonical(decimal: string): string {
  // '12.50' stays as typed in its digits but loses trailing fraction zeros, as the parser's values do not carry them.
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}

/** The report's paragraphs as one text (NFKC, whitespace removed), what TXT_T3_NARRATIVE reads. */
function narrativeOf(prose: ParsedProse): string {
  const paragraphs = [...prose.preamble, ...prose.sections.flatMap((s) => [{ text: s.heading }, ...s.paragraphs]), ...prose.trailer];

  return compact(nfkc(paragraphs.map((p) => p.text).join('\n')));
}

async function readStored(
  client: Queryable,
  reportId: string,
): Promise<{ report: StoredReport; details: ParsedReportDetails; conversion: unknown; values: ParsedValue[]; prose: ParsedProse; readingFindings: Finding[] }> {
  const report = (
    await client.query(
      `SELECT r."id", r."status"::text AS "status", r."region_code", r."year", r."template"::text AS "template", r."scope"::text AS "scope", r."title",
         r."published_on"::text AS "published_on", r."period_start"::text AS "period_start", r."period_end"::text AS "period_end", r."sample_data",
         r."parser_version", r."parsed"::text AS "parsed", r."source_document_id", i."name" AS "issuer_name", i."normalized_name",
         d."file_name", d."sha256", d."format", d."media_type", d."byte_size"
       FROM "report" r JOIN "issuer" i ON i."id" = r."issuer_id" JOIN "source_document" d ON d."id" = r."source_document_id"
       WHERE r."id" = $1 FOR UPDATE OF r`,
      [reportId],
    )
  ).rows[0] as StoredReport | undefined;
  if (!report) throw new ReportNotFoundError(reportId);
  const parsedJson = JSON.parse(report.parsed) as ParsedReportDetails & { conversion?: unknown };
  const { conversion, ...details } = parsedJson;
  const sourceRow = (await client.query(`SELECT "sources" FROM "report_value_source" WHERE "report_id" = $1`, [reportId])).rows[0] as { sources: string } | undefined;
  const sources = sourceRow ? decodeValueSources(sourceRow.sources) : new Map();
  const valueRows = (
    await client.query(`SELECT "metric_key", "value"::text AS "value", "state"::text AS "state", "raw", "printed_unit", "flags" FROM "report_value" WHERE "report_id" = $1`, [
      reportId,
    ])
  ).rows as { metric_key: string; value: string | null; state: ValueState; raw: string; printed_unit: 'yuan' | 'wan' | null; flags: string[] | string }[];
  const values: ParsedValue[] = valueRows.map((row) => {
    const source = sources.get(row.metric_key);

    return {
      key: row.metric_key,
      value: row.value,
      state: row.state,
      raw: row.raw,
      ...(row.printed_unit !== null ? { printedUnit: row.printed_unit } : {}),
      flags: arrayOf(row.flags) as ValueFlag[],
      provenance: (source?.provenance as ParsedValue['provenance']) ?? null,
      ...(source?.derivedFrom ? { derivedFrom: source.derivedFrom } : {}),
      ...(source?.ocr ? { ocr: source.ocr as ParsedValue['ocr'] } : {}),
      ...(source?.correction ? { correction: source.correction as ParsedValue['correction'] } : {}),
    };
  });
  const proseRow = (await client.query(`SELECT "prose"::text AS "prose" FROM "report_narrative" WHERE "report_id" = $1`, [reportId])).rows[0] as { prose: string } | undefined;
  const prose: ParsedProse = proseRow ? (JSON.parse(proseRow.prose) as ParsedProse) : { preamble: [], sections: [], trailer: [] };
  const issueRows = (
    await client.query(
      `SELECT "rule", "severity"::text AS "severity", "modes", "cells", "expected", "actual", "message_zh", "message_en"
       FROM "validation_issue" WHERE "report_id" = $1 AND "scope" = 'report' AND "rule" = ANY($2::text[])`,
      [reportId, [...READING_RULES]],
    )
  ).rows as { rule: string; severity: string; modes: string[] | string; cells: string[] | string; expected: string; actual: string; message_zh: string; message_en: string }[];
  const readingFindings = issueRows.map(
    (r): Finding => ({
      rule: r.rule as RuleId,
      severity: r.severity as Finding['severity'],
      modes: arrayOf(r.modes) as Finding['modes'],
      cells: arrayOf(r.cells),
      expected: r.expected,
      actual: r.actual,
      messageZh: r.message_zh,
      messageEn: r.message_en,
    }),
  );

  return { report, details: details as ParsedReportDetails, conversion, values, prose, readingFindings };
}

/** text[] as the driver returns it: an array (pg, PGlite), or the literal when a driver leaves it as text. */
function arrayOf(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');

  return inner === '' ? [] : inner.split(',').map((s) => s.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1'));
}
