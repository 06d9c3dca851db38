import { type AuditActor, BUMP_DATASET_REVISION_SQL, type CopyIn, type Queryable, SYSTEM_ACTOR, recordAudit } from '@gongkai/database';
import { v7 as timeOrderedUuid } from 'uuid';

import { type ChangedYear, refreshCrossYear } from './cross-year';
import { refreshPrimaryReports } from './primary-report';
import { type ReportRows, type ValueColumns } from './report-rows';
import { type ReplacedReport } from './types';

/** What happened to one document of a batch; `replaced` is the report it superseded. */
export type StoredRow = { status: 'ingested' | 'superseded' | 'duplicate'; reportId: string | null; replaced?: ReplacedReport };

export type StoreTotals = { reports: number; superseded: number; duplicates: number; values: number; issues: number; crossYearIssues: number };

/**
 * Writes reports inside the caller's transaction (see writeReport, writeBatch): one statement per table, each
 * binding whole columns as arrays (unnest) or streaming COPY, so one report and a hundred cost the same number
 * of round trips. The same bytes twice are one report (ON CONFLICT on sha256); issuers are upserted on
 * (region, normalized name) in a fixed order (concurrent writers lock shared issuer rows alike and cannot
 * deadlock); a report for an issuer and year that has a current one supersedes it; the cross-year findings of
 * every issuer-year touched are recomputed against the database, then the primary reports of the region-years
 * touched (the analytics read model); the dataset revision is bumped last.
 * The rows of one batch must not share an (issuer, year): the caller splits such batches.
 */
export async function storeRows(
  client: Queryable,
  batch: readonly ReportRows[],
  contents: readonly Uint8Array[],
  copyIn: CopyIn | null,
  /** Who writes: every stored report gets its audit row in this transaction. */
  actor: AuditActor = SYSTEM_ACTOR,
): Promise<{ rows: StoredRow[]; totals: StoreTotals }> {
  const totals: StoreTotals = { reports: 0, superseded: 0, duplicates: 0, values: 0, issues: 0, crossYearIssues: 0 };
  if (batch.length === 0) return { rows: [], totals };
  // A new version of a stored report (versionOf) reads the document already stored: it is kept, not a duplicate.
  const documentIds = batch.map((r) => r.versionOf?.sourceDocumentId ?? timeOrderedUuid());
  // One bind parameter per value (not unnest arrays): the pg driver sends a top-level Buffer in binary, while
  // inside a bytea[] it hex-encodes every document and PostgreSQL parses the array literal back.
  const params: unknown[] = [];
  const tuples = batch.flatMap((r, i) => {
    if (r.versionOf) return [];
    const c = contents[i] as Uint8Array;
    params.push(documentIds[i], r.sha256, r.fileName, r.format, r.mediaType, r.byteSize, Buffer.from(c.buffer, c.byteOffset, c.byteLength));
    const b = params.length - 7;

    return [`($${b + 1}::uuid, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}::int, $${b + 7}::bytea)`];
  });
  const inserted =
    tuples.length === 0
      ? { rows: [] }
      : await client.query(
          `INSERT INTO "source_document" ("id", "sha256", "file_name", "format", "media_type", "byte_size", "content")
           VALUES ${tuples.join(', ')}
           ON CONFLICT ("sha256") DO NOTHING RETURNING "id"`,
          params,
        );
  const stored = new Set((inserted.rows as { id: string }[]).map((r) => r.id));
  const keep = batch.map((r, i) => r.versionOf !== undefined || stored.has(documentIds[i] as string));
  const out: StoredRow[] = batch.map(() => ({ status: 'duplicate', reportId: null }));
  const duplicateShas = batch.filter((_, i) => !keep[i]).map((r) => r.sha256);
  if (duplicateShas.length > 0) {
    const known = new Map(
      (
        (
          await client.query(
            // A document read by several versions (corrections) answers with its current one, else its newest.
            `SELECT DISTINCT ON (d."sha256") d."sha256", r."id" FROM "source_document" d JOIN "report" r ON r."source_document_id" = d."id"
             WHERE d."sha256" = ANY($1::text[]) ORDER BY d."sha256", (r."status" = 'current') DESC, r."ingested_at" DESC, r."id" DESC`,
            [duplicateShas],
          )
        ).rows as { sha256: string; id: string }[]
      ).map((r) => [r.sha256, r.id]),
    );
    batch.forEach((r, i) => {
      if (!keep[i]) out[i] = { status: 'duplicate', reportId: known.get(r.sha256) ?? null };
    });
  }
  const rows = batch.filter((_, i) => keep[i]);
  const docIds = documentIds.filter((_, i) => keep[i]);
  totals.duplicates = batch.length - rows.length;
  if (rows.length === 0) return { rows: out, totals };

  const issuerKeys = [...new Map(rows.map((r) => [`${r.regionCode}|${r.normalizedIssuerName}`, r])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
  const issuers = await client.query(
    `INSERT INTO "issuer" ("id", "name", "normalized_name", "kind", "region_code")
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::issuer_kind_enum[], $5::text[])
     ON CONFLICT ("region_code", "normalized_name") DO UPDATE SET "name" = EXCLUDED."name"
     RETURNING "id", "region_code", "normalized_name"`,
    [
      issuerKeys.map(() => timeOrderedUuid()),
      issuerKeys.map((r) => r.issuerName),
      issuerKeys.map((r) => r.normalizedIssuerName),
      issuerKeys.map((r) => r.issuerKind),
      issuerKeys.map((r) => r.regionCode),
    ],
  );
  const issuerIdOf = new Map((issuers.rows as { id: string; region_code: string; normalized_name: string }[]).map((r) => [`${r.region_code}|${r.normalized_name}`, r.id]));
  const issuerIds = rows.map((r) => issuerIdOf.get(`${r.regionCode}|${r.normalizedIssuerName}`) as string);
  const reportIds = rows.map((r) => r.reportId);

  const superseded = await client.query(
    `UPDATE "report" r SET "status" = 'superseded', "superseded_by" = n."id"
     FROM unnest($1::uuid[], $2::int[], $3::uuid[]) AS n("issuer_id", "year", "id")
     WHERE r."issuer_id" = n."issuer_id" AND r."year" = n."year" AND r."status" = 'current'
     RETURNING n."id" AS "by", r."id", r."sample_data",
       (SELECT d."file_name" FROM "source_document" d WHERE d."id" = r."source_document_id") AS "file_name", r."ingested_at"`,
    [issuerIds, rows.map((r) => r.year), reportIds],
  );
  const supersedes = new Map(
    (superseded.rows as { by: string; id: string; sample_data: boolean; file_name: string; ingested_at: Date | string }[]).map((r) => [
      r.by,
      { reportId: r.id, sampleData: r.sample_data, fileName: r.file_name, ingestedAt: new Date(r.ingested_at).toISOString() },
    ]),
  );
  totals.superseded = supersedes.size;
  for (const r of rows) {
    // A correction supersedes the version it was made from; anything else means that one stopped being current.
    if (r.versionOf && supersedes.get(r.reportId)?.reportId !== r.versionOf.reportId) {
      throw new Error(`report ${r.versionOf.reportId} is no longer the current version of its issuer and year`);
    }
  }

  await client.query(
    `INSERT INTO "report" ("id", "source_document_id", "issuer_id", "region_code", "year", "template", "scope", "status",
       "title", "published_on", "period_start", "period_end", "sample_data", "parser_version", "parsed", "corrects_report_id")
     SELECT n."id", n."doc", n."issuer", n."region", n."year", n."template", n."scope", 'current',
       n."title", n."published", n."pstart", n."pend", n."sample", n."parser", n."parsed"::jsonb, n."corrects"
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::template_enum[], $7::report_scope_enum[],
       $8::text[], $9::date[], $10::date[], $11::date[], $12::bool[], $13::text[], $14::text[], $15::uuid[])
       AS n("id", "doc", "issuer", "region", "year", "template", "scope", "title", "published", "pstart", "pend", "sample", "parser", "parsed", "corrects")`,
    [
      reportIds,
      docIds,
      issuerIds,
      rows.map((r) => r.regionCode),
      rows.map((r) => r.year),
      rows.map((r) => r.template),
      rows.map((r) => r.scope),
      rows.map((r) => r.title),
      rows.map((r) => r.publishedOn),
      rows.map((r) => r.periodStart),
      rows.map((r) => r.periodEnd),
      rows.map((r) => r.sampleData),
      rows.map((r) => r.parserVersion),
      rows.map((r) => r.parsedJson),
      rows.map((r) => r.versionOf?.reportId ?? null),
    ],
  );

  totals.values = copyIn ? await copyValues(copyIn, rows) : await insertValues(client, rows);
  if (copyIn) await copyValueSources(copyIn, rows);
  else await insertValueSources(client, rows);
  await insertNarratives(client, rows);
  await insertPageImages(client, rows);
  totals.issues = await insertIssues(client, rows);
  const changed: ChangedYear[] = rows.map((r, i) => ({ issuerId: issuerIds[i] as string, year: r.year }));
  totals.crossYearIssues = await refreshCrossYear(client, changed);
  // The primary report of each region-year stored (and superseded: same issuer, so same region and year), and
  // of the year after, whose cross-year findings (failed rules) were just recomputed.
  await refreshPrimaryReports(client, rows.flatMap((r) => [{ regionCode: r.regionCode, year: r.year }, { regionCode: r.regionCode, year: r.year + 1 }]));
  await client.query(BUMP_DATASET_REVISION_SQL);
  totals.reports = rows.length;

  let k = 0;
  batch.forEach((_, i) => {
    if (!keep[i]) return;
    const id = reportIds[k++] as string;
    const replaced = supersedes.get(id);
    out[i] = replaced ? { status: 'superseded', reportId: id, replaced } : { status: 'ingested', reportId: id };
  });
  await recordAudit(
    client,
    actor,
    rows.map((r) => {
      const replaced = supersedes.get(r.reportId);

      return {
        action: r.versionOf ? 'report_corrected' : replaced ? 'report_superseded' : 'report_ingested',
        targetType: 'report',
        targetId: r.reportId,
        regionCode: r.regionCode,
        details: {
          fileName: r.fileName,
          sha256: r.sha256,
          year: r.year,
          issuer: r.issuerName,
          ...(replaced ? { replacedReportId: replaced.reportId } : {}),
          ...(r.auditDetails ?? {}),
        },
      };
    }),
  );

  return { rows: out, totals };
}

/**
 * The page images of scanned reports (report_page_image), in the report's transaction: a report is stored
 * with all its pages or not at all. One bind parameter per image (a top-level Buffer goes in binary), one
 * statement a report (a scan of many pages stays far below the bind-parameter limit).
 */
async function insertPageImages(client: Queryable, rows: readonly ReportRows[]): Promise<void> {
  for (const r of rows) {
    const images = r.pageImages ?? [];
    if (images.length === 0) continue;
    const params: unknown[] = [];
    const tuples = images.map((image) => {
      const c = image.bytes;
      params.push(r.reportId, image.page, image.mediaType, Buffer.from(c.buffer, c.byteOffset, c.byteLength), image.width, image.height, image.dpi);
      const b = params.length - 7;

      return `($${b + 1}::uuid, $${b + 2}::int, $${b + 3}, $${b + 4}::bytea, $${b + 5}::int, $${b + 6}::int, $${b + 7}::int)`;
    });
    await client.query(`INSERT INTO "report_page_image" ("report_id", "page", "media_type", "content", "width", "height", "dpi") VALUES ${tuples.join(', ')}`, params);
  }
}

/** One report_narrative row a report: its text, read only by the assessment and the report page. */
export async function insertNarratives(client: Queryable, rows: readonly ReportRows[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO "report_narrative" ("report_id", "parser_version", "prose")
     SELECT n."id", n."v", n."p"::jsonb FROM unnest($1::uuid[], $2::text[], $3::text[]) AS n("id", "v", "p")`,
    [rows.map((r) => r.reportId), rows.map((r) => r.parserVersion), rows.map((r) => r.narrativeJson)],
  );
}

export async function insertIssues(client: Queryable, rows: readonly ReportRows[]): Promise<number> {
  const issues = {
    id: [] as string[],
    reportId: [] as string[],
    rule: [] as string[],
    severity: [] as string[],
    modes: [] as string[],
    scope: [] as string[],
    cells: [] as string[],
    expected: [] as string[],
    actual: [] as string[],
    messageZh: [] as string[],
    messageEn: [] as string[],
  };
  for (const r of rows) {
    for (let k = 0; k < r.issues.rule.length; k++) {
      issues.id.push(timeOrderedUuid());
      issues.reportId.push(r.reportId);
    }
    issues.rule.push(...r.issues.rule);
    issues.severity.push(...r.issues.severity);
    issues.modes.push(...r.issues.modes);
    issues.scope.push(...r.issues.scope);
    issues.cells.push(...r.issues.cells);
    issues.expected.push(...r.issues.expected);
    issues.actual.push(...r.issues.actual);
    issues.messageZh.push(...r.issues.messageZh);
    issues.messageEn.push(...r.issues.messageEn);
  }
  if (issues.id.length === 0) return 0;
  await client.query(
    `INSERT INTO "validation_issue" ("id", "report_id", "rule", "severity", "modes", "scope", "cells", "expected", "actual", "message_zh", "message_en")
     SELECT n."id", n."r", n."rule", n."sev", n."modes"::text[], n."scope", n."cells"::text[], n."e", n."a", n."zh", n."en"
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::severity_enum[], $5::text[], $6::rule_scope_enum[], $7::text[],
       $8::text[], $9::text[], $10::text[], $11::text[])
       AS n("id", "r", "rule", "sev", "modes", "scope", "cells", "e", "a", "zh", "en")`,
    [issues.id, issues.reportId, issues.rule, issues.severity, issues.modes, issues.scope, issues.cells, issues.expected, issues.actual, issues.messageZh, issues.messageEn],
  );

  return issues.id.length;
}

const VALUE_COLUMNS_SQL = `"report_id", "metric_key", "value", "state", "raw", "printed_unit", "flags"`;

/**
 * One report_value_source row a report (where its values were printed): read only when one report is shown.
 * Each JSON text is its own bind parameter: inside a text[] the driver would escape every character of it.
 */
export async function insertValueSources(client: Queryable, rows: readonly ReportRows[]): Promise<void> {
  const withSources = rows.filter((r) => r.valueSources !== null);
  if (withSources.length === 0) return;
  const params = withSources.flatMap((r) => [r.reportId, r.valueSources]);
  const tuples = withSources.map((_, i) => `($${2 * i + 1}::uuid, $${2 * i + 2})`);
  await client.query(`INSERT INTO "report_value_source" ("report_id", "sources") VALUES ${tuples.join(', ')}`, params);
}

async function copyValueSources(copyIn: CopyIn, rows: readonly ReportRows[]): Promise<void> {
  const lines = rows.flatMap((r) => (r.valueSourcesCopy === null ? [] : [r.valueSourcesCopy]));
  if (lines.length > 0) await copyIn(`COPY "report_value_source" ("report_id", "sources") FROM STDIN`, lines);
}

/** report_value rows through COPY (text format): no bind arrays to build or parse, the server's fastest path. */
async function copyValues(copyIn: CopyIn, rows: readonly ReportRows[]): Promise<number> {
  const chunks = rows.map((r) => {
    if (r.valuesCopy === null) throw new Error(`report ${r.fileName} carries its values as columns: prepare it with valueEncoding 'copy' for COPY`);

    return r.valuesCopy;
  });
  await copyIn(`COPY "report_value" (${VALUE_COLUMNS_SQL}) FROM STDIN`, chunks);

  return rows.reduce((n, r) => n + r.valueCount, 0);
}

function columnsOf(rows: ReportRows): ValueColumns {
  if (!rows.values) throw new Error(`report ${rows.fileName} carries its values as COPY text only`);

  return rows.values;
}

/** report_value rows as one INSERT … SELECT FROM unnest($arrays) (multi-row insert without a parameter limit). */
export async function insertValues(client: Queryable, rows: readonly ReportRows[]): Promise<number> {
  const v = {
    reportId: [] as string[],
    metricKey: [] as string[],
    value: [] as (string | null)[],
    state: [] as string[],
    raw: [] as string[],
    printedUnit: [] as (string | null)[],
    flags: [] as string[],
  };
  for (const r of rows) {
    const c = columnsOf(r);
    for (let k = 0; k < c.metricKey.length; k++) v.reportId.push(r.reportId);
    v.metricKey.push(...c.metricKey);
    v.value.push(...c.value);
    v.state.push(...c.state);
    v.raw.push(...c.raw);
    v.printedUnit.push(...c.printedUnit);
    v.flags.push(...c.flags);
  }
  if (v.reportId.length === 0) return 0;
  await client.query(
    `INSERT INTO "report_value" (${VALUE_COLUMNS_SQL})
     SELECT n."r", n."k", n."v", n."s", n."raw", n."u", n."f"::text[]
     FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::value_state_enum[], $5::text[], $6::text[], $7::text[])
       AS n("r", "k", "v", "s", "raw", "u", "f")`,
    [v.reportId, v.metricKey, v.value, v.state, v.raw, v.printedUnit, v.flags],
  );

  return v.reportId.length;
}
