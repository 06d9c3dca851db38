import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Evidence of publication: someone (a token, named by id and name as it was then) looked at a body's official
 * site on a date for the report of a data year and found it, found none, or could not reach the site. A
 * `not_found` check after the deadline is what turns "not collected" into "confirmed missing"; every check is
 * kept (newest decides), so the list is the evidence trail.
 */
export class AddSiteCheck1765100000001 implements MigrationInterface {
  name = 'AddSiteCheck1765100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "site_check" (
        "id" uuid NOT NULL,
        "region_code" varchar(6) NOT NULL,
        "year" int NOT NULL,
        "url" text NOT NULL,
        "result" text NOT NULL,
        "note" text,
        "checked_at" timestamptz NOT NULL DEFAULT now(),
        "checked_by_token_id" uuid,
        "checked_by" text NOT NULL,
        CONSTRAINT "PK_site_check" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_site_check_result" CHECK ("result" IN ('found', 'not_found', 'unreachable')),
        CONSTRAINT "FK_site_check_region" FOREIGN KEY ("region_code") REFERENCES "region" ("code")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_site_check_region_year" ON "site_check" ("region_code", "year", "checked_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "site_check"`);
  }
}
