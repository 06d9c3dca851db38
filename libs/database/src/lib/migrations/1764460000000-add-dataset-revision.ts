import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * One row counting changes to the data analytics read (reports, values, issues, regions). Every write
 * transaction increments it, so a cached answer is valid exactly as long as the revision it was computed at.
 */
export class AddDatasetRevision1764460000000 implements MigrationInterface {
  name = 'AddDatasetRevision1764460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "dataset_revision" (
        "id" smallint NOT NULL DEFAULT 1,
        "revision" bigint NOT NULL,
        "changed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_dataset_revision" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_dataset_revision_single_row" CHECK ("id" = 1)
      )`);
    await queryRunner.query(`INSERT INTO "dataset_revision" ("id", "revision") VALUES (1, 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "dataset_revision"`);
  }
}
