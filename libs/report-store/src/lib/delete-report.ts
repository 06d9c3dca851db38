import { BUMP_DATASET_REVISION_SQL, type ConnectionSource, withTransaction } from '@gongkai/database';

import { refreshCrossYear } from './cross-year';
import { refreshPrimaryReports } from './primary-report';
import { type AuthorizeRegion } from './write-report';

/** No report with that id (or not a report id at all). */
export class ReportNotFoundError extends Error {
  readonly code = 'REPORT_NOT_FOUND';

  constructor(readonly reportId: string) {
    super(`No report ${reportId}`);
    this.name = 'ReportNotFoundError';
  }
}

/** The caller may not delete a report of this region. */
export class ReportWriteDeniedError extends Error {
  constructor(readonly error: { code: string; messageZh: string; messageEn: string }) {
    super(error.messageEn);
    this.name = 'ReportWriteDeniedError';
  }
}

/**
 * Deletes a report and its source document. When it was current, the newest superseded version of the same
 * issuer and year becomes current; either way the cross-year findings of that year and the next are
 * recomputed, so no report keeps a finding against one that is gone, and so is the primary report of that
 * region-year and the next.
 */
export async function deleteReport(db: ConnectionSource, id: string, options: { authorize?: AuthorizeRegion } = {}): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new ReportNotFoundError(id);
  // Authorised before the transaction: the check may query on another pooled connection (of which the
  // embedded database has one).
  if (options.authorize) {
    const lease = await db.acquire();
    let regionCode: string | undefined;
    try {
      regionCode = ((await lease.client.query(`SELECT "region_code" FROM "report" WHERE "id" = $1`, [id])).rows[0] as { region_code: string } | undefined)?.region_code;
    } finally {
      lease.release();
    }
    if (regionCode === undefined) throw new ReportNotFoundError(id);
    const denied = await options.authorize(regionCode);
    if (denied) throw new ReportWriteDeniedError(denied);
  }
  await withTransaction(db, async (client) => {
    const locked = (
      await client.query(`SELECT "issuer_id", "region_code", "year", "status"::text AS "status", "source_document_id" FROM "report" WHERE "id" = $1 FOR UPDATE`, [id])
    ).rows as { issuer_id: string; region_code: string; year: number; status: string; source_document_id: string }[];
    const report = locked[0];
    if (!report) throw new ReportNotFoundError(id);
    // report_value has no foreign key (the fact table: see the migration DropReportValueForeignKey): its rows go here.
    await client.query(`DELETE FROM "report_value" WHERE "report_id" = $1`, [id]);
    await client.query(`DELETE FROM "report" WHERE "id" = $1`, [id]);
    // source_document_id is unique: no other report shares these bytes.
    await client.query(`DELETE FROM "source_document" WHERE "id" = $1`, [report.source_document_id]);
    if (report.status !== 'current') {
      await client.query(`UPDATE "report" SET "superseded_by" = NULL WHERE "superseded_by" = $1`, [id]);
    } else {
      const promoted = (
        await client.query(
          `UPDATE "report" SET "status" = 'current', "superseded_by" = NULL
           WHERE "id" = (SELECT "id" FROM "report" WHERE "issuer_id" = $1 AND "year" = $2 AND "status" = 'superseded'
                         ORDER BY "ingested_at" DESC, "id" DESC LIMIT 1)
           RETURNING "id"`,
          [report.issuer_id, report.year],
        )
      ).rows as { id: string }[];
      await client.query(`UPDATE "report" SET "superseded_by" = $2 WHERE "superseded_by" = $1`, [id, promoted[0]?.id ?? null]);
      await refreshCrossYear(client, [{ issuerId: report.issuer_id, year: report.year }]);
      // A superseded report is never primary; a current one may be, and the next year's failed rules moved.
      await refreshPrimaryReports(client, [
        { regionCode: report.region_code, year: report.year },
        { regionCode: report.region_code, year: report.year + 1 },
      ]);
    }
    await client.query(BUMP_DATASET_REVISION_SQL);
  });
}
