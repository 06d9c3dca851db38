import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The rates of the catalogue at this migration and their denominators (frozen here: a migration never reads the live catalogue). */
const RATE_DENOMINATORS: readonly (readonly [string, string])[] = [
  ['rate_disclosed', 't3_result_total_tot'],
  ['rate_denied', 't3_result_total_tot'],
  ['rate_unavailable', 't3_result_total_tot'],
  ['rate_review_corrected', 't4_review_total'],
  ['rate_suit_corrected', 't4_suit_total'],
];

/**
 * value_state_enum gains `undefined`: a rate whose denominator is a known 0 (no 复议 case → no 复议纠错率).
 * Stored rates of that kind (state derived, value null, denominator 0) become `undefined`. The type is
 * rebuilt rather than extended with ADD VALUE, because a value added in a transaction cannot be used in
 * the same transaction, and every migration runs in one.
 */
export class AddUndefinedValueState1765500000000 implements MigrationInterface {
  name = 'AddUndefinedValueState1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rebuildType(queryRunner, `'number', 'blank', 'na', 'derived', 'undefined'`, `"state"::text`);
    for (const [rate, denominator] of RATE_DENOMINATORS) {
      await queryRunner.query(
        `UPDATE "report_value" v SET "state" = 'undefined'
         WHERE v."metric_key" = $1 AND v."state" = 'derived' AND v."value" IS NULL
           AND EXISTS (SELECT 1 FROM "report_value" d WHERE d."report_id" = v."report_id" AND d."metric_key" = $2 AND d."value" = 0)`,
        [rate, denominator],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rebuildType(queryRunner, `'number', 'blank', 'na', 'derived'`, `CASE WHEN "state"::text = 'undefined' THEN 'derived' ELSE "state"::text END`);
  }
}

async function rebuildType(queryRunner: QueryRunner, labels: string, using: string): Promise<void> {
  await queryRunner.query(`ALTER TYPE "value_state_enum" RENAME TO "value_state_enum_old"`);
  await queryRunner.query(`CREATE TYPE "value_state_enum" AS ENUM (${labels})`);
  await queryRunner.query(`ALTER TABLE "report_value" ALTER COLUMN "state" TYPE "value_state_enum" USING (${using})::"value_state_enum"`);
  await queryRunner.query(`DROP TYPE "value_state_enum_old"`);
}
