import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Rules whose result depends on the mode (a lenient reading takes a blank applicant cell as 0): the sums. Every
 * other rule reads no blank as 0, so it fails alike in both modes.
 */
const MODE_DEPENDENT_RULES = ['T3_BALANCE', 'T3_ROW_TOTAL', 'T3_RESULT_SUM', 'T4_GROUP_TOTAL'];

/** Rules the parser used to report once per mode (the ERROR rules it ran in both): down writes their lenient rows back. */
const PER_MODE_RULES = [...MODE_DEPENDENT_RULES, 'T3_INT_NONNEG', 'T4_INT_NONNEG', 'T2_INT_NONNEG'];

const SAME_PROBLEM = `l."report_id" = s."report_id" AND l."rule" = s."rule" AND l."severity" = s."severity" AND l."scope" = s."scope" AND l."cells" = s."cells"`;

/**
 * One validation_issue row per problem (issue 12 point 4): `modes` lists the modes in which it fails ('{strict,lenient}'
 * or '{lenient}'), replacing the row per mode. Up folds each lenient row into its strict twin (same report, rule,
 * severity, scope and cells; the strict row's figures are kept, they are the same), and marks the rules that do not
 * depend on the mode as failing in both, as the parser now does. Down restores a row per mode: the lenient copies of
 * the rules that had them, every other row in its first mode.
 */
export class AddValidationIssueModes1765300000001 implements MigrationInterface {
  name = 'AddValidationIssueModes1765300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "validation_issue" ADD "modes" text[]`);
    await queryRunner.query(`UPDATE "validation_issue" SET "modes" = ARRAY["mode"::text]`);
    await queryRunner.query(
      `WITH "pairs" AS (
         SELECT s."id" AS "strict_id", l."id" AS "lenient_id" FROM "validation_issue" s
         JOIN "validation_issue" l ON ${SAME_PROBLEM}
         WHERE s."mode" = 'strict' AND l."mode" = 'lenient'
       ),
       "folded" AS (UPDATE "validation_issue" v SET "modes" = '{strict,lenient}' FROM "pairs" p WHERE v."id" = p."strict_id" RETURNING 1)
       DELETE FROM "validation_issue" v USING "pairs" p WHERE v."id" = p."lenient_id"`,
    );
    await queryRunner.query(`UPDATE "validation_issue" SET "modes" = '{strict,lenient}' WHERE NOT ("rule" = ANY($1::text[]))`, [MODE_DEPENDENT_RULES]);
    await queryRunner.query(`ALTER TABLE "validation_issue" ALTER COLUMN "modes" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "validation_issue" ADD CONSTRAINT "CHK_validation_issue_modes"
         CHECK ("modes" IN ('{strict}', '{lenient}', '{strict,lenient}'))`,
    );
    await queryRunner.query(`ALTER TABLE "validation_issue" DROP COLUMN "mode"`);
    await queryRunner.query(`DROP TYPE "rule_mode_enum"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "rule_mode_enum" AS ENUM ('strict', 'lenient')`);
    await queryRunner.query(`ALTER TABLE "validation_issue" ADD "mode" "rule_mode_enum"`);
    await queryRunner.query(`UPDATE "validation_issue" SET "mode" = "modes"[1]::"rule_mode_enum"`);
    await queryRunner.query(
      `INSERT INTO "validation_issue" ("id", "report_id", "rule", "severity", "mode", "scope", "cells", "expected", "actual", "message_zh", "message_en", "modes")
       SELECT gen_random_uuid(), s."report_id", s."rule", s."severity", 'lenient', s."scope", s."cells", s."expected", s."actual", s."message_zh", s."message_en", s."modes"
       FROM "validation_issue" s WHERE s."modes" = '{strict,lenient}' AND s."rule" = ANY($1::text[])`,
      [PER_MODE_RULES],
    );
    await queryRunner.query(`ALTER TABLE "validation_issue" ALTER COLUMN "mode" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "validation_issue" DROP COLUMN "modes"`);
  }
}
