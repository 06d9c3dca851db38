import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Stored documents (tens of KB each, one per report) are compressed with lz4 instead of PostgreSQL's default
 * pglz: several times faster to compress on ingest and to read back, at a slightly lower ratio. Servers built
 * without lz4 (the embedded PGlite) keep pglz: the statement is skipped there, not failed.
 */
export class CompressSourceDocumentsWithLz41764460100000 implements MigrationInterface {
  name = 'CompressSourceDocumentsWithLz41764460100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        ALTER TABLE "source_document" ALTER COLUMN "content" SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
        RAISE NOTICE 'lz4 is not available on this server; source_document.content keeps pglz';
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "source_document" ALTER COLUMN "content" SET COMPRESSION DEFAULT`);
  }
}
