import { type AuditActor, type ConnectionSource, SYSTEM_ACTOR, poolConnectionsQuery, recordAudit, withTransaction } from '@gongkai/database';

import { type SiteCheckResult } from './harvest-site';
import { type ScheduledSite } from './harvest-schedule';

/** A registered site with its newest check of one data year (null fields: never checked for it). */
export type RegisteredSite = ScheduledSite & {
  regionCode: string;
  url: string;
  lastRunId: string | null;
  /** Where the check ended: the detail page of the report, or the column it looked through. */
  lastUrl: string | null;
  lastNote: string | null;
  lastReportId: string | null;
};

/**
 * The registered sites of the regions (every site when `regionCodes` is null), each with its newest finished
 * check of `year`, ordered by region and address.
 */
export async function registeredSites(db: ConnectionSource, regionCodes: readonly string[] | null, year: number): Promise<RegisteredSite[]> {
  const rows = (
    await poolConnectionsQuery(db).query(
      `SELECT s."id", s."region_code" AS "regionCode", s."url", s."issuer",
              last."run_id" AS "lastRunId", last."result" AS "lastResult", last."checked_at" AS "lastCheckedAt",
              last."url" AS "lastUrl", last."note" AS "lastNote", last."report_id" AS "lastReportId"
       FROM "harvest_site" s
       LEFT JOIN LATERAL (
         SELECT x."run_id", x."result", x."checked_at", x."url", x."note", x."report_id"
         FROM "harvest_result" x JOIN "harvest_run" r ON r."id" = x."run_id"
         WHERE x."site_id" = s."id" AND r."year" = $2 AND x."result" IS NOT NULL
         ORDER BY x."checked_at" DESC LIMIT 1
       ) last ON true
       WHERE $1::varchar[] IS NULL OR s."region_code" = ANY($1::varchar[])
       ORDER BY s."region_code", s."url"`,
      [regionCodes, year],
    )
  ).rows as (Omit<RegisteredSite, 'lastCheckedAt'> & { lastCheckedAt: Date | string | null })[];

  return rows.map((r) => ({ ...r, lastCheckedAt: r.lastCheckedAt === null ? null : new Date(r.lastCheckedAt) }));
}

/**
 * The region of each registered site of `ids` (ids that name no site are left out): what an api checks a writer's
 * scope against before it removes or runs them. Ids are compared as text, so a malformed id is simply not found.
 */
export async function siteRegions(db: ConnectionSource, ids: readonly string[]): Promise<{ id: string; regionCode: string }[]> {
  if (ids.length === 0) return [];
  const { rows } = await poolConnectionsQuery(db).query(`SELECT "id"::text AS "id", "region_code" AS "regionCode" FROM "harvest_site" WHERE "id"::text = ANY($1::text[])`, [[...new Set(ids)]]);

  return rows as { id: string; regionCode: string }[];
}

/** Removes a site from the registry with its checks (a site check is evidence of that site only). Answers whether it existed. */
export async function removeSite(db: ConnectionSource, id: string, actor: AuditActor = SYSTEM_ACTOR): Promise<{ regionCode: string } | null> {
  return withTransaction(db, async (client) => {
    const row = (await client.query(`DELETE FROM "harvest_site" WHERE "id" = $1 RETURNING "region_code" AS "regionCode", "url"`, [id])).rows[0] as { regionCode: string; url: string } | undefined;
    if (!row) return null;
    await recordAudit(client, actor, [{ action: 'harvest_site_removed', targetType: 'harvest_site', targetId: id, regionCode: row.regionCode, details: { url: row.url } }]);

    return { regionCode: row.regionCode };
  });
}

export type RunResult = { siteId: string; regionCode: string; siteUrl: string; result: SiteCheckResult | null; checkedAt: Date | null; url: string | null; note: string | null; reportId: string | null };
export type RunRecord = {
  id: string;
  year: number;
  status: 'running' | 'done';
  requestedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
  results: RunResult[];
};

/** The newest runs that checked a site of the regions (every run when null), with those sites' results. */
export async function recentRuns(db: ConnectionSource, regionCodes: readonly string[] | null, limit: number): Promise<RunRecord[]> {
  const runs = (
    await poolConnectionsQuery(db).query(
      `SELECT r."id", r."year", r."status", r."requested_by" AS "requestedBy", r."started_at" AS "startedAt", r."finished_at" AS "finishedAt"
       FROM "harvest_run" r
       WHERE EXISTS (SELECT 1 FROM "harvest_result" x JOIN "harvest_site" s ON s."id" = x."site_id"
                     WHERE x."run_id" = r."id" AND ($1::varchar[] IS NULL OR s."region_code" = ANY($1::varchar[])))
       ORDER BY r."started_at" DESC, r."id" DESC LIMIT $2`,
      [regionCodes, limit],
    )
  ).rows as RunRow[];

  return withResults(db, runs, regionCodes);
}

/** One run with all its sites' results, or null. */
export async function runById(db: ConnectionSource, id: string): Promise<RunRecord | null> {
  const runs = (
    await poolConnectionsQuery(db).query(
      `SELECT r."id", r."year", r."status", r."requested_by" AS "requestedBy", r."started_at" AS "startedAt", r."finished_at" AS "finishedAt"
       FROM "harvest_run" r WHERE r."id"::text = $1`,
      [id],
    )
  ).rows as RunRow[];

  return (await withResults(db, runs, null))[0] ?? null;
}

type RunRow = Omit<RunRecord, 'results' | 'startedAt' | 'finishedAt'> & { startedAt: Date | string; finishedAt: Date | string | null };

async function withResults(db: ConnectionSource, runs: RunRow[], regionCodes: readonly string[] | null): Promise<RunRecord[]> {
  if (runs.length === 0) return [];
  const query = poolConnectionsQuery(db);
  const results = (
    await query.query(
      `SELECT x."run_id" AS "runId", s."id" AS "siteId", s."region_code" AS "regionCode", s."url" AS "siteUrl", x."result", x."checked_at" AS "checkedAt",
              x."url", x."note", x."report_id" AS "reportId"
       FROM "harvest_result" x JOIN "harvest_site" s ON s."id" = x."site_id"
       WHERE x."run_id" = ANY($1::uuid[]) AND ($2::varchar[] IS NULL OR s."region_code" = ANY($2::varchar[]))
       ORDER BY s."region_code", s."url"`,
      [runs.map((r) => r.id), regionCodes],
    )
  ).rows as (Omit<RunResult, 'checkedAt'> & { runId: string; checkedAt: Date | string | null })[];
  const byRun = new Map<string, RunResult[]>();
  for (const { runId, ...r } of results) {
    const list = byRun.get(runId) ?? [];
    list.push({ ...r, checkedAt: r.checkedAt === null ? null : new Date(r.checkedAt) });
    byRun.set(runId, list);
  }

  return runs.map((r) => ({
    ...r,
    startedAt: new Date(r.startedAt),
    finishedAt: r.finishedAt === null ? null : new Date(r.finishedAt),
    results: byRun.get(r.id) ?? [],
  }));
}

export type ValueChange = { metricKey: string; before: string | null; beforeState: string | null; after: string | null; afterState: string | null };
export type Republication = { previousReportId: string; url: string; detectedAt: Date; changes: ValueChange[] };

/**
 * 发布后修改: the report was harvested from an address that had earlier given another stored report of the same
 * issuer and year (the body changed its published report). Answers the earlier report, the address, when the
 * change was seen, and every printed value that differs (text and state, before and after; derived values
 * follow their cells and are left out); null when the
 * report did not come that way.
 */
export async function republicationOf(db: ConnectionSource, reportId: string): Promise<Republication | null> {
  const query = poolConnectionsQuery(db);
  const [row] = (
    await query.query(
      `WITH mine AS (
         SELECT "url", min("fetched_at") AS "fetched_at" FROM "harvested_document" WHERE "report_id" = $1 GROUP BY "url"
       )
       SELECT prev."report_id" AS "previousReportId", mine."url", mine."fetched_at" AS "detectedAt"
       FROM mine
       JOIN "harvested_document" prev ON prev."url" = mine."url" AND prev."fetched_at" < mine."fetched_at" AND prev."report_id" IS NOT NULL AND prev."report_id" <> $1
       JOIN "report" before ON before."id" = prev."report_id"
       JOIN "report" now ON now."id" = $1 AND now."issuer_id" = before."issuer_id" AND now."year" = before."year"
       ORDER BY mine."fetched_at" ASC, prev."fetched_at" DESC LIMIT 1`,
      [reportId],
    )
  ).rows as { previousReportId: string; url: string; detectedAt: Date | string }[];
  if (!row) return null;
  const changes = (
    await query.query(
      `SELECT COALESCE(a."metric_key", b."metric_key") AS "metricKey", a."raw" AS "before", a."state"::text AS "beforeState", b."raw" AS "after", b."state"::text AS "afterState"
       FROM (SELECT * FROM "report_value" WHERE "report_id" = $1) a
       FULL JOIN (SELECT * FROM "report_value" WHERE "report_id" = $2) b ON a."metric_key" = b."metric_key"
       WHERE (a."value" IS DISTINCT FROM b."value" OR a."state" IS DISTINCT FROM b."state")
         -- A derived value (a cross-version key computed from printed cells) changes with the cell it is made of.
         AND NOT (COALESCE(a."state"::text, 'derived') = 'derived' AND COALESCE(b."state"::text, 'derived') = 'derived')
       ORDER BY 1`,
      [row.previousReportId, reportId],
    )
  ).rows as ValueChange[];

  return { previousReportId: row.previousReportId, url: row.url, detectedAt: new Date(row.detectedAt), changes };
}
