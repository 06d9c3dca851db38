import { type AuditActor, type ConnectionSource, SYSTEM_ACTOR, bumpDatasetRevision, poolConnectionsQuery, recordAudit, withTransaction } from '@gongkai/database';
import { v7 as timeOrderedUuid } from 'uuid';

import { type HarvestSiteOptions, type Site, type SiteOutcome, harvestSite } from './harvest-site';

export type StoredSite = Site & { id: string };

/** Registers sites (region, column URL, optional body); a site already registered keeps its id and gets the new issuer. */
export async function upsertSites(db: ConnectionSource, sites: readonly Site[], actor: AuditActor = SYSTEM_ACTOR): Promise<StoredSite[]> {
  if (sites.length === 0) return [];

  return withTransaction(db, async (client) => {
    const rows = (
      await client.query(
        `INSERT INTO "harvest_site" ("id", "region_code", "url", "issuer")
         SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::text[], $4::text[])
         ON CONFLICT ("region_code", "url") DO UPDATE SET "issuer" = EXCLUDED."issuer", "updated_at" = now()
         RETURNING "id", "region_code" AS "regionCode", "url", "issuer"`,
        [sites.map(() => timeOrderedUuid()), sites.map((s) => s.regionCode), sites.map((s) => s.url), sites.map((s) => s.issuer ?? null)],
      )
    ).rows as StoredSite[];
    const byKey = new Map(rows.map((r) => [`${r.regionCode}|${r.url}`, r]));
    await recordAudit(client, actor, [
      { action: 'harvest_sites_imported', targetType: 'harvest_site', targetId: null, regionCode: null, details: { sites: rows.length, regionCodes: [...new Set(rows.map((r) => r.regionCode))].sort() } },
    ]);

    return sites.map((s) => byKey.get(`${s.regionCode}|${s.url}`) as StoredSite);
  });
}

/**
 * A durable run: the run and one pending result row per site are written up front, in one transaction, so a
 * process that stops midway leaves a run whose pending sites say what is left (see continueRun).
 */
export async function startRun(
  db: ConnectionSource,
  input: { year: number; siteIds: readonly string[]; requestedBy: string },
  /** Who starts it (audit trail); by default a local writer named requestedBy. */
  actor: AuditActor = { tokenId: null, name: input.requestedBy, role: null, address: null, requestId: null },
): Promise<string> {
  const id = timeOrderedUuid();
  await withTransaction(db, async (client) => {
    await client.query(`INSERT INTO "harvest_run" ("id", "year", "requested_by") VALUES ($1, $2, $3)`, [id, input.year, input.requestedBy]);
    await client.query(`INSERT INTO "harvest_result" ("run_id", "site_id") SELECT $1, s FROM unnest($2::uuid[]) AS s ON CONFLICT DO NOTHING`, [id, [...new Set(input.siteIds)]]);
    await recordAudit(client, actor, [{ action: 'harvest_run_started', targetType: 'harvest_run', targetId: id, regionCode: null, details: { year: input.year, sites: new Set(input.siteIds).size } }]);
  });

  return id;
}

export type RunInfo = { id: string; year: number; status: 'running' | 'done'; requestedBy: string; startedAt: string; sites: number; pending: number };

/** Runs that were started and not finished (a restart continues them), newest first. */
export async function unfinishedRuns(db: ConnectionSource): Promise<RunInfo[]> {
  return (
    await poolConnectionsQuery(db).query(
      `SELECT r."id", r."year", r."status", r."requested_by" AS "requestedBy", r."started_at"::text AS "startedAt",
              count(x.*)::int AS "sites", count(x.*) FILTER (WHERE x."result" IS NULL)::int AS "pending"
       FROM "harvest_run" r JOIN "harvest_result" x ON x."run_id" = r."id"
       WHERE r."status" = 'running' GROUP BY r."id" ORDER BY r."started_at" DESC`,
    )
  ).rows as RunInfo[];
}

export type RunSummary = { runId: string; year: number; checked: number; alreadyDone: number; found: number; notFound: number; unreachable: number; stored: number };

/**
 * Checks the run's pending sites (several hosts at once, each host politely by the fetcher) and writes each
 * site's outcome and its fetched documents in one transaction as soon as that site is done. Called again on a
 * run that was interrupted, it checks only the sites still pending; the run is marked done when none is left.
 */
export async function continueRun(
  db: ConnectionSource,
  runId: string,
  options: Omit<HarvestSiteOptions, 'now'> & {
    concurrency?: number;
    onOutcome?: (outcome: SiteOutcome) => void;
    /**
     * Asked before each site and before recording its outcome: once true, no further site is started and an
     * outcome made meanwhile is not recorded (a fetch cut short by a shutdown is no evidence that the site is
     * unreachable); those sites stay pending for the next continueRun.
     */
    shouldStop?: () => boolean;
  },
): Promise<RunSummary> {
  const query = poolConnectionsQuery(db);
  const run = (await query.query(`SELECT "year" FROM "harvest_run" WHERE "id" = $1`, [runId])).rows[0] as { year: number } | undefined;
  if (!run) throw new Error(`harvest run ${runId} does not exist`);
  const rows = (
    await query.query(
      `SELECT s."id", s."region_code" AS "regionCode", s."url", s."issuer", (x."result" IS NOT NULL) AS "done"
       FROM "harvest_result" x JOIN "harvest_site" s ON s."id" = x."site_id" WHERE x."run_id" = $1 ORDER BY s."region_code", s."url"`,
      [runId],
    )
  ).rows as (StoredSite & { done: boolean })[];
  const pending = rows.filter((r) => !r.done);
  const summary: RunSummary = { runId, year: run.year, checked: 0, alreadyDone: rows.length - pending.length, found: 0, notFound: 0, unreachable: 0, stored: 0 };
  let next = 0;
  const worker = async () => {
    while (next < pending.length && !options.shouldStop?.()) {
      const site = pending[next++] as StoredSite;
      const outcome = await harvestSite(site, run.year, options);
      if (options.shouldStop?.()) return;
      await recordOutcome(db, runId, site.id, outcome);
      summary.checked++;
      if (outcome.result === 'found') summary.found++;
      else if (outcome.result === 'not_found') summary.notFound++;
      else summary.unreachable++;
      summary.stored += outcome.documents.filter((d) => d.ingest.status === 'ingested' || d.ingest.status === 'superseded').length;
      options.onOutcome?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, pending.length)) }, worker));
  await query.query(
    `UPDATE "harvest_run" SET "status" = 'done', "finished_at" = now()
     WHERE "id" = $1 AND NOT EXISTS (SELECT 1 FROM "harvest_result" WHERE "run_id" = $1 AND "result" IS NULL)`,
    [runId],
  );

  return summary;
}

async function recordOutcome(db: ConnectionSource, runId: string, siteId: string, outcome: SiteOutcome): Promise<void> {
  const reportId = outcome.documents.find((d) => d.ingest.reportId !== null)?.ingest.reportId ?? null;
  await withTransaction(db, async (client) => {
    await client.query(
      `UPDATE "harvest_result" SET "result" = $3, "checked_at" = $4, "url" = $5, "note" = $6, "list_pages" = $7, "report_id" = $8
       WHERE "run_id" = $1 AND "site_id" = $2`,
      [runId, siteId, outcome.result, outcome.checkedAt.toISOString(), outcome.url, outcome.note, outcome.listPagesRead, reportId],
    );
    // A check is coverage evidence (not_found after the deadline makes confirmed_missing): cached coverage
    // answers must not outlive it, in this process or any api on the same database.
    await bumpDatasetRevision(client);
    if (outcome.documents.length === 0) return;
    const d = outcome.documents;
    await client.query(
      `INSERT INTO "harvested_document" ("id", "run_id", "site_id", "url", "fetched_at", "http_status", "etag", "last_modified", "sha256", "ingest_status", "error_code", "report_id")
       SELECT n."id", $1, $2, n."url", n."at", n."status", n."etag", n."lm", n."sha", n."ingest", n."err", n."report"
       FROM unnest($3::uuid[], $4::text[], $5::timestamptz[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::uuid[])
         AS n("id", "url", "at", "status", "etag", "lm", "sha", "ingest", "err", "report")`,
      [
        runId,
        siteId,
        d.map(() => timeOrderedUuid()),
        d.map((x) => x.url),
        d.map((x) => x.fetchedAt.toISOString()),
        d.map((x) => x.httpStatus),
        d.map((x) => x.etag),
        d.map((x) => x.lastModified),
        d.map((x) => x.sha256),
        d.map((x) => x.ingest.status),
        d.map((x) => x.ingest.error?.code ?? null),
        d.map((x) => x.ingest.reportId),
      ],
    );
  });
}
