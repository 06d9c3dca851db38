import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * report_narrative: each report's text, section by section (ParsedReport.prose, parser 0.3.0 onward), one row
 * a report, read only by the assessment and the report page; a report stored by an older parser has none.
 * assessment_scheme: an office's own weights of a scheme for its region (a prefecture), one row per region
 * and scheme, with who saved them and when; a score made with them names the scheme, its version and region.
 */
export class AddReportNarrativeAndAssessmentScheme1765600000010 implements MigrationInterface {
  name = 'AddReportNarrativeAndAssessmentScheme1765600000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "report_narrative" (
        "report_id" uuid NOT NULL,
        "parser_version" text NOT NULL,
        "prose" jsonb NOT NULL,
        CONSTRAINT "PK_report_narrative" PRIMARY KEY ("report_id"),
        CONSTRAINT "FK_report_narrative_report" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "assessment_scheme" (
        "region_code" varchar(6) NOT NULL,
        "scheme_id" text NOT NULL,
        "scheme_version" text NOT NULL,
        "weights" jsonb NOT NULL,
        "saved_by" text NOT NULL,
        "saved_by_token_id" uuid,
        "saved_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assessment_scheme" PRIMARY KEY ("region_code", "scheme_id"),
        CONSTRAINT "FK_assessment_scheme_region" FOREIGN KEY ("region_code") REFERENCES "region" ("code")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assessment_scheme"`);
    await queryRunner.query(`DROP TABLE "report_narrative"`);
  }
}
