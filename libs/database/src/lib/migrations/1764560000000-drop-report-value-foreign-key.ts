import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * report_value (the fact table: 265 rows a report) loses its foreign key to report. The key's per-row check
 * was the largest single cost of a bulk write (≈ 1.4 ms of PostgreSQL CPU per report, more than the primary
 * key), and ARCHITECTURE's scale-out path asks for no cross-shard foreign key on the fact table. Integrity
 * stays with the one write path: values are written in the transaction that writes their report, and
 * deleteReport deletes them in the transaction that deletes it (the fault suite checks for orphans).
 */
export class DropReportValueForeignKey1764560000000 implements MigrationInterface {
  name = 'DropReportValueForeignKey1764560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_value" DROP CONSTRAINT "FK_report_value_report"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "report_value" v WHERE NOT EXISTS (SELECT 1 FROM "report" r WHERE r."id" = v."report_id")`);
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD CONSTRAINT "FK_report_value_report" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE`,
    );
  }
}
