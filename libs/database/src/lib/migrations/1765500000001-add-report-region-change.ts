import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * report_region_change: every re-assignment of a stored report to another region (reassignReportRegion), with
 * the regions before and after, the reason given, who asked (the token's id and name, or the CLI/system) and
 * when. Rows go with their report (a deleted report has no region to correct).
 */
export class AddReportRegionChange1765500000001 implements MigrationInterface {
  name = 'AddReportRegionChange1765500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "report_region_change" (
        "id" uuid NOT NULL,
        "report_id" uuid NOT NULL,
        "from_region_code" varchar(6) NOT NULL,
        "to_region_code" varchar(6) NOT NULL,
        "reason" text NOT NULL,
        "changed_by_token_id" uuid,
        "changed_by" text NOT NULL,
        "changed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_report_region_change" PRIMARY KEY ("id"),
        CONSTRAINT "FK_report_region_change_report" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_report_region_change_from" FOREIGN KEY ("from_region_code") REFERENCES "region" ("code"),
        CONSTRAINT "FK_report_region_change_to" FOREIGN KEY ("to_region_code") REFERENCES "region" ("code")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_report_region_change_report" ON "report_region_change" ("report_id", "changed_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "report_region_change"`);
  }
}
