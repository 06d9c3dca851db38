// Time-ordered ids, as the api's IngestionService: index appends instead of random inserts.
import { v7 as timeOrderedUuid } from 'uuid';

import { type ReportRows, type ValueColumns } from './ingest-rows';

/** What the writer needs of a connection: pg's Client and PoolClient both fit. */
export type Queryable = { query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number | null }> };

/** `COPY … FROM STDIN` with the data as text-format lines (pg-copy-streams on a pg Client). */
export type CopyIn = (sql: string, lines: string[]) => Promise<void>;

/** One field of COPY's text format: \N for NULL; backslash, tab, newline and carriage return escaped. */
export type BatchOutcome = { reports: number; superseded: number; duplicates: number; values: number; issues: number };

/**
 * Writes a batch of reports in ONE transaction with one statement per table, each binding whole columns as
 * arrays and expanding them with unnest() — PostgreSQL's multi-row path without the 65,535-parameter limit
 * (about 30,000 value rows per statement at 100 reports). Whole or nothing: a failure rolls the batch
 * back, so no report is ever partly stored; the caller may retry the batch (same bytes → same sha256 →
 * duplicates are skipped, as in the api).
 *
 * Semantics kept from the api's IngestionService.store: same bytes twice are one report (ON CONFLICT on
 * sha256), issuers are upserted on (region_code, normalized_name), a new report for an (issuer, year) that
 * has a current one supersedes it. Reports for the same (issuer, year) inside one batch are not allowed
 * (the caller splits the batch).
 */
export async function writeBatch(
  client: Queryable,
  batch: readonly ReportRows[],
  documentContents: readonly Uint8Array[],
  copyIn: CopyIn | null = null,
): Promise<BatchOutcome> {
  await client.query('BEGIN');
  try {
    const outcome = await writeInTransaction(client, batch, documentContents, copyIn);
    // As the api's writers do (apps/api/src/database/utils/bump-dataset-revision.util.ts): running api
    // instances drop their cached answers when they see the new revision.
    await client.query(`UPDATE "dataset_revision" SET "revision" = "revision" + 1, "changed_at" = now() WHERE "id" = 1`);
    await client.query('COMMIT');

    return outcome;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function writeInTransaction(client: Queryable, batch: readonly ReportRows[], contents: readonly Uint8Array[], copyIn: CopyIn | null): Promise<BatchOutcome> {
  const documentIds = batch.map(() => timeOrderedUuid());
  // One bind parameter per value (not unnest arrays): the pg driver sends a top-level Buffer in binary, while
  // inside a bytea[] it hex-encodes every document and PostgreSQL parses the array literal back (a quarter of
  // the writer's statement time for the documents alone).
  const params: unknown[] = [];
  const tuples = batch.map((r, i) => {
    const c = contents[i] as Uint8Array;
    params.push(documentIds[i], r.sha256, r.fileName, r.format, r.mediaType, r.byteSize, Buffer.from(c.buffer, c.byteOffset, c.byteLength));
    const b = params.length - 7;

    return `($${b + 1}::uuid, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}::int, $${b + 7}::bytea)`;
  });
  const inserted = await client.query(
    `INSERT INTO "source_document" ("id", "sha256", "file_name", "format", "media_type", "byte_size", "content")
     VALUES ${tuples.join(', ')}
     ON CONFLICT ("sha256") DO NOTHING RETURNING "id"`,
    params,
  );
  const stored = new Set((inserted.rows as { id: string }[]).map((r) => r.id));
  const keep = batch.map((_, i) => stored.has(documentIds[i] as string));
  const rows = batch.filter((_, i) => keep[i]);
  const docIds = documentIds.filter((_, i) => keep[i]);
  const duplicates = batch.length - rows.length;
  if (rows.length === 0) return { reports: 0, superseded: 0, duplicates, values: 0, issues: 0 };

  // Issuers: one row per (region, normalized name) in this statement (ON CONFLICT DO UPDATE may touch a row once).
  // Sorted: concurrent writers then lock shared issuer rows in the same order and cannot deadlock.
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
     WHERE r."issuer_id" = n."issuer_id" AND r."year" = n."year" AND r."status" = 'current'`,
    [issuerIds, rows.map((r) => r.year), reportIds],
  );

  await client.query(
    `INSERT INTO "report" ("id", "source_document_id", "issuer_id", "region_code", "year", "template", "scope", "status",
       "title", "published_on", "period_start", "period_end", "sample_data", "parser_version", "parsed")
     SELECT n."id", n."doc", n."issuer", n."region", n."year", n."template", n."scope", 'current',
       n."title", n."published", n."pstart", n."pend", n."sample", n."parser", n."parsed"::jsonb
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::template_enum[], $7::report_scope_enum[],
       $8::text[], $9::date[], $10::date[], $11::date[], $12::bool[], $13::text[], $14::text[])
       AS n("id", "doc", "issuer", "region", "year", "template", "scope", "title", "published", "pstart", "pend", "sample", "parser", "parsed")`,
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
    ],
  );

  const issues = {
    id: [] as string[],
    reportId: [] as string[],
    rule: [] as string[],
    severity: [] as string[],
    mode: [] as string[],
    scope: [] as string[],
    cells: [] as string[],
    expected: [] as string[],
    actual: [] as string[],
    messageZh: [] as string[],
    messageEn: [] as string[],
  };
  rows.forEach((r, i) => {
    const id = reportIds[i] as string;
    for (let k = 0; k < r.issues.rule.length; k++) {
      issues.id.push(timeOrderedUuid());
      issues.reportId.push(id);
    }
    issues.rule.push(...r.issues.rule);
    issues.severity.push(...r.issues.severity);
    issues.mode.push(...r.issues.mode);
    issues.scope.push(...r.issues.scope);
    issues.cells.push(...r.issues.cells);
    issues.expected.push(...r.issues.expected);
    issues.actual.push(...r.issues.actual);
    issues.messageZh.push(...r.issues.messageZh);
    issues.messageEn.push(...r.issues.messageEn);
  });
  const values = copyIn ? await copyValues(copyIn, rows) : await insertValues(client, rows, reportIds);
  if (issues.id.length > 0) {
    await client.query(
      `INSERT INTO "validation_issue" ("id", "report_id", "rule", "severity", "mode", "scope", "cells", "expected", "actual", "message_zh", "message_en")
       SELECT n."id", n."r", n."rule", n."sev", n."mode", n."scope", n."cells"::text[], n."e", n."a", n."zh", n."en"
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::severity_enum[], $5::rule_mode_enum[], $6::rule_scope_enum[], $7::text[],
         $8::text[], $9::text[], $10::text[], $11::text[])
         AS n("id", "r", "rule", "sev", "mode", "scope", "cells", "e", "a", "zh", "en")`,
      [issues.id, issues.reportId, issues.rule, issues.severity, issues.mode, issues.scope, issues.cells, issues.expected, issues.actual, issues.messageZh, issues.messageEn],
    );
  }

  return { reports: rows.length, superseded: superseded.rowCount ?? 0, duplicates, values, issues: issues.id.length };
}

const VALUE_COLUMNS_SQL = `"report_id", "metric_key", "value", "state", "raw", "printed_unit", "flags", "provenance", "derived_from"`;

/** report_value rows through COPY (text format): no bind arrays to build or parse, the server's fastest path. */
async function copyValues(copyIn: CopyIn, rows: readonly ReportRows[]): Promise<number> {
  const lines = rows.map((r) => {
    if (r.valuesCopy === null) throw new Error(`report ${r.fileName} carries its values as columns: parse with valueEncoding 'copy' for COPY`);

    return r.valuesCopy;
  });
  await copyIn(`COPY "report_value" (${VALUE_COLUMNS_SQL}) FROM STDIN`, lines);

  return rows.reduce((n, r) => n + r.valueCount, 0);
}

function columnsOf(rows: ReportRows): ValueColumns {
  if (!rows.values) throw new Error(`report ${rows.fileName} carries its values as COPY text only`);

  return rows.values;
}

/** report_value rows as one INSERT … SELECT FROM unnest($arrays) (multi-row insert without a parameter limit). */
async function insertValues(client: Queryable, rows: readonly ReportRows[], reportIds: readonly string[]): Promise<number> {
  const v = {
    reportId: [] as string[],
    metricKey: [] as string[],
    value: [] as (string | null)[],
    state: [] as string[],
    raw: [] as string[],
    printedUnit: [] as (string | null)[],
    flags: [] as string[],
    provenance: [] as (string | null)[],
    derivedFrom: [] as (string | null)[],
  };
  rows.forEach((r, i) => {
    const id = reportIds[i] as string;
    const c = columnsOf(r);
    for (let k = 0; k < c.metricKey.length; k++) v.reportId.push(id);
    v.metricKey.push(...c.metricKey);
    v.value.push(...c.value);
    v.state.push(...c.state);
    v.raw.push(...c.raw);
    v.printedUnit.push(...c.printedUnit);
    v.flags.push(...c.flags);
    v.provenance.push(...c.provenance);
    v.derivedFrom.push(...c.derivedFrom);
  });
  await client.query(
    `INSERT INTO "report_value" (${VALUE_COLUMNS_SQL})
     SELECT n."r", n."k", n."v", n."s", n."raw", n."u", n."f"::text[], n."p"::jsonb, n."d"::text[]
     FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::value_state_enum[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
       AS n("r", "k", "v", "s", "raw", "u", "f", "p", "d")`,
    [v.reportId, v.metricKey, v.value, v.state, v.raw, v.printedUnit, v.flags, v.provenance, v.derivedFrom],
  );

  return v.reportId.length;
}
