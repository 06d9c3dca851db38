import { type AuditActor, BUMP_DATASET_REVISION_SQL, type ConnectionSource, type Queryable, SYSTEM_ACTOR, recordAudit, withTransaction } from '@gongkai/database';
import { type DocumentConverter } from '@gongkai/document-convert';

import { refreshCrossYear } from './cross-year';
import { type ParseFn, prepareReport } from './prepare-report';
import { refreshPrimaryReports } from './primary-report';
import { type ReportRows } from './report-rows';
import { insertIssues, insertNarratives, insertValues, insertValueSources } from './store-rows';

/** Which current reports to re-parse; the filters combine (AND). No filter and no `all`: nothing is selected. */
export type ReparseSelection = { all?: boolean; parserOlderThan?: string; regionCode?: string; year?: number };

export type ReparseStatus = 'reparsed' | 'unchanged' | 'failed' | 'skipped';

export type ReparseOutcome = {
  reportId: string;
  fileName: string;
  regionCode: string;
  year: number;
  status: ReparseStatus;
  parserBefore: string;
  parserAfter: string | null;
  /** Why a report failed or was skipped (Chinese, for the person running it). */
  reasonZh: string | null;
};

export type ReparseSummary = { dryRun: boolean; selected: number; reparsed: number; unchanged: number; failed: number; skipped: number; outcomes: ReparseOutcome[] };

export type ReparseOptions = {
  parse?: ParseFn;
  convert?: DocumentConverter;
  /** Parse and compare, write nothing. */
  dryRun?: boolean;
  actor?: AuditActor;
  onProgress?: (done: number, total: number, outcome: ReparseOutcome) => void;
};

/** '0.3.0' < '0.10.0': numeric parts compared in order; a missing part is 0. */
export function compareParserVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }

  return 0;
}

type Selected = {
  id: string;
  issuerId: string;
  regionCode: string;
  year: number;
  parserVersion: string;
  parsed: unknown;
  /** Set on a version a person corrected (correctReport): such a version is never re-read. */
  correctsReportId: string | null;
  /** The stored narrative (report_narrative.prose), null when an older parser kept none. */
  prose: unknown;
  fileName: string;
  sha256: string;
  normalizedName: string;
};

/** JSON with keys in order, so two parses are compared by content, not by how jsonb ordered their keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => k !== 'parserVersion')
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }

  return JSON.stringify(value ?? null);
}

/**
 * Re-parses the stored source document of each selected current report with the current parser, through the
 * store's one write path. A re-parse REPLACES the report in place (same report id, one transaction per
 * report): the document did not change, only how it is read, so the report keeps its id, its history (audit
 * rows, supersede chain, region changes) and the links that name it; its values, value sources, findings and
 * narrative are replaced (the value rows are keyed by report and metric, so a value keeps its key). The
 * cross-year findings of it and its neighbours and the primary reports are recomputed and the dataset
 * revision is bumped, as a write does; the audit trail records `report_reparsed` with both parser versions.
 * A report whose re-parse is identical (values, findings and narrative) is left as it is but for the parser
 * version it records. A re-parse that reads a
 * different issuer, region or year is not applied ('skipped': that is a different report; ingest it again).
 */
export async function reparseReports(db: ConnectionSource, selection: ReparseSelection, options: ReparseOptions = {}): Promise<ReparseSummary> {
  const selected = await selectReports(db, selection);
  const summary: ReparseSummary = { dryRun: options.dryRun === true, selected: selected.length, reparsed: 0, unchanged: 0, failed: 0, skipped: 0, outcomes: [] };
  for (const [i, report] of selected.entries()) {
    const outcome = await reparseOne(db, report, options);
    summary[outcome.status] += 1;
    summary.outcomes.push(outcome);
    options.onProgress?.(i + 1, selected.length, outcome);
  }

  return summary;
}

async function selectReports(db: ConnectionSource, selection: ReparseSelection): Promise<Selected[]> {
  if (!selection.all && !selection.parserOlderThan && !selection.regionCode && selection.year === undefined) return [];
  const lease = await db.acquire();
  try {
    const rows = (
      await lease.client.query(
        `SELECT r."id", r."issuer_id" AS "issuerId", r."region_code" AS "regionCode", r."year", r."parser_version" AS "parserVersion", r."parsed",
           r."corrects_report_id" AS "correctsReportId", n."prose", d."file_name" AS "fileName", d."sha256", i."normalized_name" AS "normalizedName"
         FROM "report" r JOIN "source_document" d ON d."id" = r."source_document_id" JOIN "issuer" i ON i."id" = r."issuer_id"
           LEFT JOIN "report_narrative" n ON n."report_id" = r."id"
         WHERE r."status" = 'current' AND ($1::text IS NULL OR r."region_code" = $1) AND ($2::int IS NULL OR r."year" = $2)
         ORDER BY r."region_code", r."year", r."id"`,
        [selection.regionCode ?? null, selection.year ?? null],
      )
    ).rows as Selected[];

    return selection.parserOlderThan ? rows.filter((r) => compareParserVersions(r.parserVersion, selection.parserOlderThan as string) < 0) : rows;
  } finally {
    lease.release();
  }
}

async function reparseOne(db: ConnectionSource, report: Selected, options: ReparseOptions): Promise<ReparseOutcome> {
  const base = { reportId: report.id, fileName: report.fileName, regionCode: report.regionCode, year: report.year, parserBefore: report.parserVersion };
  // A version a person corrected holds values no parser reads from the document: re-reading it would drop them.
  if (report.correctsReportId) return { ...base, status: 'skipped', parserAfter: null, reasonZh: '这是人工更正后的版本，重新解析会丢失更正，未替换；如需重读，请重新入库原文件后再更正' };
  // The document's bytes one report at a time: a selection of thousands is not held in memory at once.
  const lease = await db.acquire();
  let content: Uint8Array;
  try {
    content = ((await lease.client.query(`SELECT "content" FROM "source_document" WHERE "sha256" = $1`, [report.sha256])).rows as { content: Uint8Array }[])[0]?.content as Uint8Array;
  } finally {
    lease.release();
  }
  const bytes = new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
  // The region it is stored under is the hint: a report moved to another region by hand stays there.
  const prepared = await prepareReport({ bytes, fileName: report.fileName, sha256: report.sha256, regionCode: report.regionCode }, { parse: options.parse, convert: options.convert, valueEncoding: 'columns' });
  if (!prepared.ok) return { ...base, status: 'failed', parserAfter: null, reasonZh: prepared.error.messageZh };
  const rows: ReportRows = { ...prepared.rows, reportId: report.id };
  if (rows.regionCode !== report.regionCode || rows.year !== report.year || rows.normalizedIssuerName !== report.normalizedName) {
    return { ...base, status: 'skipped', parserAfter: rows.parserVersion, reasonZh: `新解析结果的发布机关、地区或年度不同（${rows.issuerName}，${rows.regionCode}，${rows.year}年），未替换；请重新入库` };
  }
  const same = canonical(JSON.parse(rows.parsedJson)) === canonical(report.parsed) && report.prose !== null && canonical(JSON.parse(rows.narrativeJson)) === canonical(report.prose);
  if (same) {
    // The same reading (a newer parser may read it alike): nothing the product shows changes, so no new
    // revision; only the version it was read with is recorded, so --parser-older-than does not pick it again.
    if (rows.parserVersion !== report.parserVersion && !options.dryRun) {
      await withTransaction(db, async (client) => {
        await client.query(`UPDATE "report" SET "parser_version" = $2 WHERE "id" = $1`, [report.id, rows.parserVersion]);
        await client.query(`UPDATE "report_narrative" SET "parser_version" = $2 WHERE "report_id" = $1`, [report.id, rows.parserVersion]);
      });
    }

    return { ...base, status: 'unchanged', parserAfter: rows.parserVersion, reasonZh: null };
  }
  if (!options.dryRun) await withTransaction(db, (client) => replaceInPlace(client, report, rows, options.actor ?? SYSTEM_ACTOR));

  return { ...base, status: 'reparsed', parserAfter: rows.parserVersion, reasonZh: null };
}

async function replaceInPlace(client: Queryable, report: Selected, rows: ReportRows, actor: AuditActor): Promise<void> {
  await client.query(
    `UPDATE "report" SET "template" = $2::template_enum, "scope" = $3::report_scope_enum, "title" = $4, "published_on" = $5::date,
       "period_start" = $6::date, "period_end" = $7::date, "parser_version" = $8, "parsed" = $9::jsonb
     WHERE "id" = $1`,
    [report.id, rows.template, rows.scope, rows.title, rows.publishedOn, rows.periodStart, rows.periodEnd, rows.parserVersion, rows.parsedJson],
  );
  for (const table of ['report_value', 'report_value_source', 'report_narrative']) await client.query(`DELETE FROM "${table}" WHERE "report_id" = $1`, [report.id]);
  // The report's own findings; its cross-year ones are recomputed below with its neighbours'.
  await client.query(`DELETE FROM "validation_issue" WHERE "report_id" = $1 AND "scope" <> 'cross_year'`, [report.id]);
  await insertValues(client, [rows]);
  await insertValueSources(client, [rows]);
  await insertNarratives(client, [rows]);
  await insertIssues(client, [rows]);
  await refreshCrossYear(client, [{ issuerId: report.issuerId, year: report.year }]);
  await refreshPrimaryReports(client, [
    { regionCode: report.regionCode, year: report.year },
    { regionCode: report.regionCode, year: report.year + 1 },
  ]);
  await client.query(BUMP_DATASET_REVISION_SQL);
  await recordAudit(client, actor, [
    {
      action: 'report_reparsed',
      targetType: 'report',
      targetId: report.id,
      regionCode: report.regionCode,
      details: { fileName: report.fileName, sha256: report.sha256, year: report.year, parserBefore: report.parserVersion, parserAfter: rows.parserVersion },
    },
  ]);
}
