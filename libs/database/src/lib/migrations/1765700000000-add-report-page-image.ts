import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Scanned reports (issue 13, review side):
 * - report_page_image: the page images a scan was read from, one row a page, deleted with its report, so a
 *   person can compare a value with the cell it was read from. Written by the store in the report's transaction.
 * - report.corrects_report_id: a person's correction of stored values is stored as a new version of the report
 *   (the old one superseded, kept in history). It reads the same source document, so a document may now have
 *   several reports: the unique constraint on report.source_document_id becomes a plain index.
 */
export class AddReportPageImage1765700000000 implements MigrationInterface {
  name = 'AddReportPageImage1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "report_page_image" (
        "report_id" uuid NOT NULL,
        "page" int NOT NULL,
        "media_type" varchar(20) NOT NULL,
        "content" bytea NOT NULL,
        "width" int NOT NULL,
        "height" int NOT NULL,
        "dpi" int NOT NULL,
        CONSTRAINT "PK_report_page_image" PRIMARY KEY ("report_id", "page"),
        CONSTRAINT "CHK_report_page_image_page" CHECK ("page" >= 1),
        CONSTRAINT "CHK_report_page_image_media_type" CHECK ("media_type" IN ('image/png', 'image/jpeg')),
        CONSTRAINT "FK_report_page_image_report" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE
      )`);
    // PNG and JPEG are compressed already: stored as they are, never tried again by TOAST compression.
    await queryRunner.query(`ALTER TABLE "report_page_image" ALTER COLUMN "content" SET STORAGE EXTERNAL`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "UQ_report_source_document_id"`);
    await queryRunner.query(`CREATE INDEX "IDX_report_source_document_id" ON "report" ("source_document_id")`);
    await queryRunner.query(`ALTER TABLE "report" ADD "corrects_report_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Corrected versions share their document with the version they correct: the unique constraint cannot come
    // back over them, and dropping them silently would lose people's corrections.
    const shared = (await queryRunner.query(`SELECT count(*)::int AS "n" FROM "report" WHERE "corrects_report_id" IS NOT NULL`)) as { n: number }[];
    if ((shared[0]?.n ?? 0) > 0) throw new Error(`${shared[0]?.n} corrected report versions exist: delete them before reverting AddReportPageImage1765700000000`);
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "corrects_report_id"`);
    await queryRunner.query(`DROP INDEX "IDX_report_source_document_id"`);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "UQ_report_source_document_id" UNIQUE ("source_document_id")`);
    await queryRunner.query(`DROP TABLE "report_page_image"`);
  }
}
