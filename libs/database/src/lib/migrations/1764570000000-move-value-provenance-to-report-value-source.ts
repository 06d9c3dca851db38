import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The fact table report_value (≈ 270 rows a report) keeps only what the read side filters, joins and computes
 * on: report, metric, value, state, the printed text, unit and flags. Where each value was printed (provenance)
 * and which cells a derived value came from move to report_value_source, one row a report, read only when one
 * report is shown. Measured on one national year (766,650 value rows): a value row shrinks from ≈ 480 to ≈ 245
 * bytes with its indexes, and COPY of the rows from 6.4 s to 2.1 s (docs/BENCHMARKS.md, *Ingest*).
 *
 * The primary key carries value and state (INCLUDE), so the analytics joins (report_id, metric_key) are
 * index-only scans; the second index on (metric_key, report_id) goes: no query reads by metric first, and its
 * random inserts (a report's rows scatter over every metric's range) were a third of the write's cost.
 */
export class MoveValueProvenanceToReportValueSource1764570000000 implements MigrationInterface {
  name = 'MoveValueProvenanceToReportValueSource1764570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "report_value_source" (
        "report_id" uuid NOT NULL,
        "sources" text NOT NULL,
        CONSTRAINT "PK_report_value_source" PRIMARY KEY ("report_id"),
        CONSTRAINT "FK_report_value_source_report" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      DO $$
      BEGIN
        ALTER TABLE "report_value_source" ALTER COLUMN "sources" SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
        RAISE NOTICE 'lz4 is not available on this server; report_value_source.sources keeps pglz';
      END $$`);
    // The same JSON the store writes: { metric_key: { "provenance": {…}, "derivedFrom": […] } }, keys omitted when null.
    await queryRunner.query(`
      INSERT INTO "report_value_source" ("report_id", "sources")
      SELECT v."report_id", json_object_agg(v."metric_key", json_strip_nulls(json_build_object('provenance', v."provenance", 'derivedFrom', v."derived_from")) ORDER BY v."metric_key")::text
      FROM "report_value" v
      WHERE v."provenance" IS NOT NULL OR v."derived_from" IS NOT NULL
      GROUP BY v."report_id"`);
    await queryRunner.query(`DROP INDEX "IDX_report_value_metric_key_report_id"`);
    await queryRunner.query(`ALTER TABLE "report_value" DROP COLUMN "provenance", DROP COLUMN "derived_from"`);
    await queryRunner.query(`ALTER TABLE "report_value" DROP CONSTRAINT "PK_report_value"`);
    await queryRunner.query(`ALTER TABLE "report_value" ADD CONSTRAINT "PK_report_value" PRIMARY KEY ("report_id", "metric_key") INCLUDE ("value", "state")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_value" ADD COLUMN "provenance" jsonb, ADD COLUMN "derived_from" text[]`);
    await queryRunner.query(`
      UPDATE "report_value" v SET
        "provenance" = (s."sources"::jsonb -> v."metric_key" -> 'provenance'),
        "derived_from" = ARRAY(SELECT jsonb_array_elements_text(s."sources"::jsonb -> v."metric_key" -> 'derivedFrom'))
      FROM "report_value_source" s WHERE s."report_id" = v."report_id"`);
    // ARRAY(…) of a missing key is '{}', the old rows had NULL there.
    await queryRunner.query(`UPDATE "report_value" SET "derived_from" = NULL WHERE "derived_from" = '{}'`);
    await queryRunner.query(`DROP TABLE "report_value_source"`);
    await queryRunner.query(`ALTER TABLE "report_value" DROP CONSTRAINT "PK_report_value"`);
    await queryRunner.query(`ALTER TABLE "report_value" ADD CONSTRAINT "PK_report_value" PRIMARY KEY ("report_id", "metric_key")`);
    await queryRunner.query(`CREATE INDEX "IDX_report_value_metric_key_report_id" ON "report_value" ("metric_key", "report_id") INCLUDE ("value", "state")`);
  }
}
