import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The orders of the reports browser (ReportOrder): keyset indexes of current reports for year_asc
 * (year, region_code, id) and the stored-time orders (ingested_at, id; read backwards for ingested_desc), so a
 * page seeks to its cursor instead of sorting every current report. The quality filter and sort ask, for each
 * report, whether a rule fails: a partial index holding only the failing findings (FAILED_RULE_CONDITION of
 * the report store, written the same so the planner can use it) answers that without reading the others.
 * Issuer, finding-count and quality orders sort keys of other tables and cannot be indexed on report.
 */
export class AddReportBrowserIndexes1765600000040 implements MigrationInterface {
  name = 'AddReportBrowserIndexes1765600000040';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_report_year_asc_current" ON "report" ("year", "region_code", "id") WHERE "status" = 'current'`);
    await queryRunner.query(`CREATE INDEX "IDX_report_ingested_current" ON "report" ("ingested_at", "id") WHERE "status" = 'current'`);
    await queryRunner.query(
      `CREATE INDEX "IDX_validation_issue_failed_report" ON "validation_issue" ("report_id")
       WHERE (("severity" = 'ERROR' AND 'strict' = ANY("modes")) OR ("scope" = 'cross_year' AND "severity" = 'WARN'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_validation_issue_failed_report"`);
    await queryRunner.query(`DROP INDEX "IDX_report_ingested_current"`);
    await queryRunner.query(`DROP INDEX "IDX_report_year_asc_current"`);
  }
}
