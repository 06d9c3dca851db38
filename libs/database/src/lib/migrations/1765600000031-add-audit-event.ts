import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * audit_event: one row per write (report ingested, superseded, deleted, moved to another region, sample data
 * removed, token created or revoked, site check recorded), written in the write's own transaction: who (token id,
 * its name then, role), when, what (action, target, region, details) and from where (client address, request
 * id). No foreign keys: the record outlives the report or token it names. Ids are random uuids (no sequence,
 * so several writers and a distributed PostgreSQL need no coordination).
 */
export class AddAuditEvent1765600000031 implements MigrationInterface {
  name = 'AddAuditEvent1765600000031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" uuid NOT NULL,
        "occurred_at" timestamptz NOT NULL DEFAULT now(),
        "action" varchar(40) NOT NULL,
        "actor_token_id" text,
        "actor" text NOT NULL,
        "actor_role" varchar(16),
        "client_address" text,
        "request_id" varchar(128),
        "target_type" varchar(20) NOT NULL,
        "target_id" text,
        "region_code" varchar(6),
        "details" jsonb NOT NULL DEFAULT '{}',
        CONSTRAINT "PK_audit_event" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_occurred" ON "audit_event" ("occurred_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_action" ON "audit_event" ("action", "occurred_at" DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
