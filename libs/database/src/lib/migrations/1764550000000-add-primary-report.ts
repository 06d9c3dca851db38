import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The read model of the analytics: for each region and year, the one current report that stands for it under
 * the default issuer-kind preference (gov, gov_office, zone, in that order, then the newest ingestion — the
 * api's buildPrimaryReportSql), with what series, rankings and coverage read of it: template, issuer kind,
 * publication date and the failed rule ids (ERROR rules in strict mode, cross-year WARN rules). One row per
 * region-year, not per value, so the bulk write path stays fast. The report store keeps it in step inside
 * every transaction that changes current reports or their findings (refreshPrimaryReports); this migration
 * fills it from the reports already stored. Queries with other issuer kinds keep reading `report`.
 */
export class AddPrimaryReport1764550000000 implements MigrationInterface {
  name = 'AddPrimaryReport1764550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "primary_report" (
        "region_code" varchar(6) NOT NULL,
        "year" int NOT NULL,
        "report_id" uuid NOT NULL,
        "template" "template_enum" NOT NULL,
        "issuer_kind" "issuer_kind_enum" NOT NULL,
        "published_on" date,
        "failed_rules" text[] NOT NULL DEFAULT '{}',
        CONSTRAINT "PK_primary_report" PRIMARY KEY ("region_code", "year"),
        CONSTRAINT "UQ_primary_report_report_id" UNIQUE ("report_id"),
        CONSTRAINT "FK_primary_report_report" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE
      )`);
    // The same choice as refreshPrimaryReports (libs/report-store), over every region-year at once.
    await queryRunner.query(`
      INSERT INTO "primary_report" ("region_code", "year", "report_id", "template", "issuer_kind", "published_on", "failed_rules")
      SELECT c."region_code", c."year", c."id", c."template", c."kind", c."published_on",
        COALESCE((SELECT array_agg(DISTINCT vi."rule"::text ORDER BY vi."rule"::text) FROM "validation_issue" vi
                  WHERE vi."report_id" = c."id"
                    AND ((vi."severity" = 'ERROR' AND vi."mode" = 'strict') OR (vi."scope" = 'cross_year' AND vi."severity" = 'WARN'))), '{}')
      FROM (
        SELECT DISTINCT ON (r."region_code", r."year") r."id", r."region_code", r."year", r."template", i."kind", r."published_on"
        FROM "report" r JOIN "issuer" i ON i."id" = r."issuer_id"
        WHERE r."status" = 'current' AND i."kind"::text = ANY('{gov,gov_office,zone}'::text[])
        ORDER BY r."region_code", r."year", array_position('{gov,gov_office,zone}'::text[], i."kind"::text), r."ingested_at" DESC, r."id"
      ) c`);
    // Statistics now, so the first analytics queries are planned on the real row count.
    await queryRunner.query(`ANALYZE "primary_report"`);
    // datasetInfo (every dashboard page asks): the sample count and the last ingestion by index instead of a
    // scan of every report row (the current count and year range use IDX_report_year_current).
    await queryRunner.query(`CREATE INDEX "IDX_report_year_current_sample" ON "report" ("year") WHERE "status" = 'current' AND "sample_data"`);
    await queryRunner.query(`CREATE INDEX "IDX_report_ingested_at" ON "report" ("ingested_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_report_ingested_at"`);
    await queryRunner.query(`DROP INDEX "IDX_report_year_current_sample"`);
    await queryRunner.query(`DROP TABLE "primary_report"`);
  }
}
