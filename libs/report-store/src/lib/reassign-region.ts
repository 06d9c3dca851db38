import { type AuditActor, BUMP_DATASET_REVISION_SQL, type ConnectionSource, type Queryable, SYSTEM_ACTOR, recordAudit, withTransaction } from '@gongkai/database';
import { currentCode, getRegion } from '@gongkai/regions';
import { v7 as timeOrderedUuid } from 'uuid';

import { refreshCrossYear } from './cross-year';
import { ReportNotFoundError, ReportWriteDeniedError, dropOrphanIssuers } from './delete-report';
import { refreshPrimaryReports } from './primary-report';
import { type AuthorizeRegion } from './write-report';

/** One recorded re-assignment (table report_region_change). */
export type RegionChange = {
  id: string;
  reportId: string;
  fromRegionCode: string;
  toRegionCode: string;
  reason: string;
  changedByTokenId: string | null;
  changedBy: string;
  changedAt: string;
};

export type RegionReassignErrorCode = 'REGION_UNKNOWN' | 'SAME_REGION' | 'REASON_REQUIRED';

const MESSAGES: Record<RegionReassignErrorCode, (code: string) => { zh: string; en: string }> = {
  REGION_UNKNOWN: (code) => ({ zh: `地区代码 ${code} 不存在。`, en: `Unknown region code ${code}.` }),
  SAME_REGION: (code) => ({ zh: `报告已属于地区 ${code}。`, en: `The report already belongs to region ${code}.` }),
  REASON_REQUIRED: () => ({ zh: '请说明更改地区的原因。', en: 'A reason for the change is required.' }),
};

/** The re-assignment was refused before anything was written. */
export class RegionReassignError extends Error {
  readonly messageZh: string;

  constructor(
    readonly code: RegionReassignErrorCode,
    regionCode: string,
  ) {
    const m = MESSAGES[code](regionCode);
    super(m.en);
    this.messageZh = m.zh;
    this.name = 'RegionReassignError';
  }
}

export type ReassignInput = { reportId: string; regionCode: string; reason: string; changedBy: string; changedByTokenId?: string | null };

type Moving = { id: string; issuer_id: string; region_code: string; year: number; status: string; ingested_at: string };

/**
 * Moves a stored report to another region (a wrong region found or given at upload), recorded in
 * report_region_change. The caller must be allowed to write both regions (`authorize` is asked for the old
 * and the new one). The report moves to its issuer's namesake in the new region (created when missing), and
 * the supersede rule holds on both sides: in the new issuer-year the newest ingestion is current and the
 * other superseded by it (a superseded report with no current there becomes current); in the old one, when
 * the report was current, the newest remaining version is current again. Only this report moves, not its
 * other versions. Cross-year findings, primary reports and the dataset revision follow, in one transaction.
 */
export async function reassignReportRegion(db: ConnectionSource, input: ReassignInput, options: { authorize?: AuthorizeRegion; actor?: AuditActor } = {}): Promise<RegionChange> {
  const { reportId } = input;
  if (!/^[0-9a-f-]{36}$/i.test(reportId)) throw new ReportNotFoundError(reportId);
  const target = currentCode(input.regionCode.trim());
  if (!target || !getRegion(target)) throw new RegionReassignError('REGION_UNKNOWN', input.regionCode);
  const reason = input.reason.trim();
  if (reason === '') throw new RegionReassignError('REASON_REQUIRED', target);

  // Authorised before the transaction (the check may query on another pooled connection; embedded has one).
  const lease = await db.acquire();
  let from: string | undefined;
  try {
    from = ((await lease.client.query(`SELECT "region_code" FROM "report" WHERE "id" = $1`, [reportId])).rows[0] as { region_code: string } | undefined)?.region_code;
  } finally {
    lease.release();
  }
  if (from === undefined) throw new ReportNotFoundError(reportId);
  if (from === target) throw new RegionReassignError('SAME_REGION', target);
  if (options.authorize) {
    for (const code of [from, target]) {
      const denied = await options.authorize(code);
      if (denied) throw new ReportWriteDeniedError(denied);
    }
  }

  return withTransaction(db, async (client) => {
    const moving = (
      await client.query(
        `SELECT "id", "issuer_id", "region_code", "year", "status"::text AS "status", "ingested_at" FROM "report" WHERE "id" = $1 FOR UPDATE`,
        [reportId],
      )
    ).rows[0] as Moving | undefined;
    if (!moving) throw new ReportNotFoundError(reportId);
    if (moving.region_code !== from) throw new RegionReassignError('SAME_REGION', moving.region_code);

    const issuer = await client.query(
      `INSERT INTO "issuer" ("id", "name", "normalized_name", "kind", "region_code")
       SELECT $1, i."name", i."normalized_name", i."kind", $2 FROM "issuer" i WHERE i."id" = $3
       ON CONFLICT ("region_code", "normalized_name") DO UPDATE SET "name" = "issuer"."name"
       RETURNING "id"`,
      [timeOrderedUuid(), target, moving.issuer_id],
    );
    const newIssuerId = (issuer.rows[0] as { id: string }).id;

    // Out of the way first (superseded, no pointer), so the partial unique index report_one_current holds throughout.
    await client.query(`UPDATE "report" SET "issuer_id" = $2, "region_code" = $3, "status" = 'superseded', "superseded_by" = NULL WHERE "id" = $1`, [
      reportId,
      newIssuerId,
      target,
    ]);
    await settleIssuerYear(client, newIssuerId, moving.year, moving.status === 'current' ? reportId : null);
    await settleIssuerYear(client, moving.issuer_id, moving.year, null, reportId);

    await refreshCrossYear(client, [
      { issuerId: moving.issuer_id, year: moving.year },
      { issuerId: newIssuerId, year: moving.year },
    ]);
    // Its old region-year's row first: primary_report.report_id is unique, and one statement refreshes both sides.
    await client.query(`DELETE FROM "primary_report" WHERE "report_id" = $1`, [reportId]);
    await refreshPrimaryReports(
      client,
      [from, target].flatMap((regionCode) => [
        { regionCode, year: moving.year },
        { regionCode, year: moving.year + 1 },
      ]),
    );
    const change = (
      await client.query(
        `INSERT INTO "report_region_change" ("id", "report_id", "from_region_code", "to_region_code", "reason", "changed_by_token_id", "changed_by")
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING "id", "report_id", "from_region_code", "to_region_code", "reason", "changed_by_token_id", "changed_by", "changed_at"`,
        [timeOrderedUuid(), reportId, from, target, reason, input.changedByTokenId ?? null, input.changedBy],
      )
    ).rows[0] as Record<string, string | Date | null>;
    await dropOrphanIssuers(client, [moving.issuer_id]);
    await client.query(BUMP_DATASET_REVISION_SQL);
    await recordAudit(client, options.actor ?? SYSTEM_ACTOR, [
      { action: 'report_region_reassigned', targetType: 'report', targetId: reportId, regionCode: target, details: { fromRegionCode: from, toRegionCode: target, reason, year: moving.year } },
    ]);

    return toRegionChange(change);
  });
}

/**
 * Restores "one current report per issuer-year, the newest ingestion, the others superseded by it" for one
 * issuer-year. `candidate` (the report that was current before it moved here) competes with the current one by
 * ingestion time; with none current, the newest version becomes current. Versions that pointed at `moved`
 * (which left this issuer-year) point at the current one.
 */
async function settleIssuerYear(client: Queryable, issuerId: string, year: number, candidate: string | null, moved?: string): Promise<void> {
  const versions = (
    await client.query(
      `SELECT "id", "status"::text AS "status" FROM "report" WHERE "issuer_id" = $1 AND "year" = $2 ORDER BY "ingested_at" DESC, "id" DESC`,
      [issuerId, year],
    )
  ).rows as { id: string; status: string }[];
  if (versions.length === 0) return;
  const current = versions.find((v) => v.status === 'current');
  let winner: string;
  if (!current) winner = (versions[0] as { id: string }).id;
  else if (candidate && versions.findIndex((v) => v.id === candidate) < versions.findIndex((v) => v.id === current.id)) winner = candidate;
  else winner = current.id;
  if (winner !== current?.id) {
    if (current) await client.query(`UPDATE "report" SET "status" = 'superseded', "superseded_by" = $2 WHERE "id" = $1`, [current.id, winner]);
    await client.query(`UPDATE "report" SET "status" = 'current', "superseded_by" = NULL WHERE "id" = $1`, [winner]);
    // The newcomer's previous versions are elsewhere; versions of this issuer-year that pointed at the old current follow it.
    if (current) await client.query(`UPDATE "report" SET "superseded_by" = $2 WHERE "superseded_by" = $1 AND "issuer_id" = $3 AND "year" = $4`, [current.id, winner, issuerId, year]);
  }
  // The moved report when it ended up superseded here, and versions that pointed at a report that left.
  await client.query(
    `UPDATE "report" SET "superseded_by" = $1
     WHERE "issuer_id" = $2 AND "year" = $3 AND "status" = 'superseded' AND ("superseded_by" IS NULL OR "superseded_by" = $4)`,
    [winner, issuerId, year, moved ?? null],
  );
}

function toRegionChange(row: Record<string, string | Date | null>): RegionChange {
  return {
    id: row['id'] as string,
    reportId: row['report_id'] as string,
    fromRegionCode: row['from_region_code'] as string,
    toRegionCode: row['to_region_code'] as string,
    reason: row['reason'] as string,
    changedByTokenId: (row['changed_by_token_id'] as string | null) ?? null,
    changedBy: row['changed_by'] as string,
    changedAt: new Date(row['changed_at'] as string).toISOString(),
  };
}
