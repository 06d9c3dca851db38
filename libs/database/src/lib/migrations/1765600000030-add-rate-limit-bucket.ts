import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * rate_limit_bucket: the api's per-client request counters when several replicas share one PostgreSQL
 * (RATE_LIMIT_STORE postgres), in the layout rate-limiter-flexible's RateLimiterPostgres reads and writes:
 * key (budget:client), points used in the window, expire (epoch ms). UNLOGGED: counters are worth no WAL and
 * losing them in a crash only refills every budget.
 */
export class AddRateLimitBucket1765600000030 implements MigrationInterface {
  name = 'AddRateLimitBucket1765600000030';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE "rate_limit_bucket" (
        "key" varchar(255) NOT NULL,
        "points" integer NOT NULL DEFAULT 0,
        "expire" bigint,
        CONSTRAINT "PK_rate_limit_bucket" PRIMARY KEY ("key")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_bucket"`);
  }
}
