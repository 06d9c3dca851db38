import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The harvester's own tables (libs/harvest). harvest_site: the registry, the address of each region's (or one
 * body's) annual-report column. harvest_run: one harvest of a year over a set of sites; a run is durable — its
 * sites are listed up front and each result is written when that site is done, so a run interrupted by a restart
 * continues with the sites that have none. harvested_document: every document fetched, with where and when it came
 * from (URL, HTTP status, ETag, Last-Modified, sha-256) and what the report store made of it.
 */
export class AddHarvest1765400000000 implements MigrationInterface {
  name = 'AddHarvest1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "harvest_site" (
        "id" uuid NOT NULL,
        "region_code" varchar(6) NOT NULL,
        "url" text NOT NULL,
        "issuer" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_harvest_site" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_harvest_site_region_url" UNIQUE ("region_code", "url"),
        CONSTRAINT "FK_harvest_site_region" FOREIGN KEY ("region_code") REFERENCES "region" ("code")
      )`);
    await queryRunner.query(`
      CREATE TABLE "harvest_run" (
        "id" uuid NOT NULL,
        "year" int NOT NULL,
        "status" text NOT NULL DEFAULT 'running',
        "requested_by" text NOT NULL,
        "started_at" timestamptz NOT NULL DEFAULT now(),
        "finished_at" timestamptz,
        CONSTRAINT "PK_harvest_run" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_harvest_run_status" CHECK ("status" IN ('running', 'done'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "harvest_result" (
        "run_id" uuid NOT NULL,
        "site_id" uuid NOT NULL,
        "result" text,
        "checked_at" timestamptz,
        "url" text,
        "note" text,
        "list_pages" int,
        "report_id" uuid,
        CONSTRAINT "PK_harvest_result" PRIMARY KEY ("run_id", "site_id"),
        CONSTRAINT "CHK_harvest_result_result" CHECK ("result" IN ('found', 'not_found', 'unreachable')),
        CONSTRAINT "FK_harvest_result_run" FOREIGN KEY ("run_id") REFERENCES "harvest_run" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_harvest_result_site" FOREIGN KEY ("site_id") REFERENCES "harvest_site" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "harvested_document" (
        "id" uuid NOT NULL,
        "run_id" uuid NOT NULL,
        "site_id" uuid NOT NULL,
        "url" text NOT NULL,
        "fetched_at" timestamptz NOT NULL,
        "http_status" int NOT NULL,
        "etag" text,
        "last_modified" text,
        "sha256" char(64),
        "ingest_status" text NOT NULL,
        "error_code" text,
        "report_id" uuid,
        CONSTRAINT "PK_harvested_document" PRIMARY KEY ("id"),
        CONSTRAINT "FK_harvested_document_run" FOREIGN KEY ("run_id") REFERENCES "harvest_run" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_harvested_document_site" FOREIGN KEY ("site_id") REFERENCES "harvest_site" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_harvested_document_url" ON "harvested_document" ("url", "fetched_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "harvested_document"`);
    await queryRunner.query(`DROP TABLE "harvest_result"`);
    await queryRunner.query(`DROP TABLE "harvest_run"`);
    await queryRunner.query(`DROP TABLE "harvest_site"`);
  }
}
