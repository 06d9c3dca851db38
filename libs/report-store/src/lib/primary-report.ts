import { type Queryable } from '@gongkai/database';
import { type IssuerKind } from '@gongkai/domain';

/**
 * Which report stands for a region in series, rankings and coverage, in order of preference: the
 * government's own report, else its office's, else a zone administration that governs the region (平潭综合实验区
 * for 平潭县). Departments and townships never stand in for their county (they are in `reports` and `aggregate`).
 * The table primary_report holds the choice under this preference; the api reads it for queries that do not
 * name other issuer kinds.
 */
export const PRIMARY_ISSUER_KINDS: readonly IssuerKind[] = ['gov', 'gov_office', 'zone'];

/**
 * Which findings make a rule "failed" (contract Report.failedRules, coverage failedRules), on
 * `validation_issue vi`: ERROR rules failing in strict mode (a blank operand never fails a strict rule) and
 * cross-year WARN rules.
 */
export const FAILED_RULE_CONDITION = `((vi.severity = 'ERROR' AND 'strict' = ANY(vi.modes)) OR (vi.scope = 'cross_year' AND vi.severity = 'WARN'))`;

/** A region's year whose primary report may have changed. */
export type RegionYear = { regionCode: string; year: number };

/** Key space of the advisory locks taken on region-years ('GKPR'). */
const LOCK_CLASS = 0x474b5052;

/**
 * Brings primary_report up to date for the given region-years, inside the caller's transaction, after it has
 * changed their current reports or their findings: for each, the current report of the preferred issuer kinds
 * (PRIMARY_ISSUER_KINDS in order, then the newest ingestion, then the id), its template, issuer kind,
 * publication date and failed rule ids; no row where there is none. Two writers refreshing the same
 * region-year are serialised by a transaction-scoped advisory lock taken before the statement that reads
 * (READ COMMITTED: that statement sees what the other committed), so the last to commit has seen both.
 * Returns how many rows now stand for the given region-years.
 */
export async function refreshPrimaryReports(client: Queryable, regionYears: readonly RegionYear[]): Promise<number> {
  const keys = [...new Map(regionYears.map((k) => [`${k.regionCode}|${k.year}`, k])).values()];
  if (keys.length === 0) return 0;
  const codes = keys.map((k) => k.regionCode);
  const years = keys.map((k) => k.year);
  // In one order in every transaction (sorted keys), so writers cannot deadlock on these locks.
  await client.query(
    `SELECT count(pg_advisory_xact_lock(${LOCK_CLASS}, s."key")) AS "n"
     FROM (SELECT DISTINCT hashtext(k."code" || ':' || k."year"::text) AS "key" FROM unnest($1::text[], $2::int[]) AS k("code", "year") ORDER BY 1) s`,
    [codes, years],
  );
  const result = await client.query(
    // One top-1 look-up per key (LATERAL … LIMIT 1, the DISTINCT ON order), so report is reached by its
    // (region_code, year) index key by key; a join over all keys was planned from issuer and hashed every current
    // report of the country (70 ms for a batch of 100 reports).
    `WITH "chosen" AS (
       SELECT c.* FROM unnest($1::varchar[], $2::int[]) AS k("code", "year")
       CROSS JOIN LATERAL (
         SELECT r."id", r."region_code", r."year", r."template", i."kind", r."published_on"
         FROM "report" r JOIN "issuer" i ON i."id" = r."issuer_id"
         WHERE r."region_code" = k."code" AND r."year" = k."year" AND r."status" = 'current' AND i."kind"::text = ANY($3::text[])
         ORDER BY array_position($3::text[], i."kind"::text), r."ingested_at" DESC, r."id"
         LIMIT 1
       ) c
     ),
     "removed" AS (
       DELETE FROM "primary_report" p USING unnest($1::varchar[], $2::int[]) AS k("code", "year")
       WHERE p."region_code" = k."code" AND p."year" = k."year"
         AND NOT EXISTS (SELECT 1 FROM "chosen" c WHERE c."region_code" = p."region_code" AND c."year" = p."year")
     )
     INSERT INTO "primary_report" ("region_code", "year", "report_id", "template", "issuer_kind", "published_on", "failed_rules")
     SELECT c."region_code", c."year", c."id", c."template", c."kind", c."published_on",
       COALESCE((SELECT array_agg(DISTINCT vi."rule"::text ORDER BY vi."rule"::text) FROM "validation_issue" vi
                 WHERE vi."report_id" = c."id" AND ${FAILED_RULE_CONDITION}), '{}')
     FROM "chosen" c
     ON CONFLICT ("region_code", "year") DO UPDATE SET "report_id" = EXCLUDED."report_id", "template" = EXCLUDED."template",
       "issuer_kind" = EXCLUDED."issuer_kind", "published_on" = EXCLUDED."published_on", "failed_rules" = EXCLUDED."failed_rules"
     RETURNING 1`,
    [codes, years, PRIMARY_ISSUER_KINDS],
  );

  return result.rows.length;
}
