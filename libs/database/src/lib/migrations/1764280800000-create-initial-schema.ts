import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The first cut of the schema (ARCHITECTURE.md, Storage). uuid keys come from the application
 * (crypto.randomUUID), so no sequences: Citus-friendly. Values are exact numeric.
 */
export class CreateInitialSchema1764280800000 implements MigrationInterface {
  name = 'CreateInitialSchema1764280800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "region_level_enum" AS ENUM ('province', 'prefecture', 'county')`);
    await queryRunner.query(
      `CREATE TYPE "issuer_kind_enum" AS ENUM ('gov', 'gov_office', 'department', 'township', 'zone', 'institution', 'other')`,
    );
    await queryRunner.query(`CREATE TYPE "template_enum" AS ENUM ('gb2019', 'gb2021', 'nonstandard')`);
    await queryRunner.query(`CREATE TYPE "report_scope_enum" AS ENUM ('self', 'aggregate', 'unknown')`);
    await queryRunner.query(`CREATE TYPE "report_status_enum" AS ENUM ('current', 'superseded')`);
    await queryRunner.query(`CREATE TYPE "value_state_enum" AS ENUM ('number', 'blank', 'na', 'derived')`);
    await queryRunner.query(`CREATE TYPE "severity_enum" AS ENUM ('ERROR', 'WARN', 'INFO')`);
    await queryRunner.query(`CREATE TYPE "rule_mode_enum" AS ENUM ('strict', 'lenient')`);
    await queryRunner.query(`CREATE TYPE "rule_scope_enum" AS ENUM ('report', 'cross_year')`);
    await queryRunner.query(`CREATE TYPE "role_enum" AS ENUM ('admin', 'editor', 'viewer')`);

    await queryRunner.query(`
      CREATE TABLE "region" (
        "code" varchar(6) NOT NULL,
        "name" text NOT NULL,
        "level" "region_level_enum" NOT NULL,
        "parent_code" varchar(6),
        "path" text NOT NULL,
        CONSTRAINT "PK_region" PRIMARY KEY ("code")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_region_parent_code" ON "region" ("parent_code")`);
    await queryRunner.query(`CREATE INDEX "IDX_region_level" ON "region" ("level")`);

    await queryRunner.query(`
      CREATE TABLE "region_alias" (
        "id" uuid NOT NULL,
        "region_code" varchar(6) NOT NULL,
        "alias" text NOT NULL,
        "kind" varchar(8) NOT NULL,
        "valid_from" int,
        "valid_to" int,
        CONSTRAINT "PK_region_alias" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_region_alias_alias_region_code" UNIQUE ("alias", "region_code"),
        CONSTRAINT "CHK_region_alias_kind" CHECK ("kind" IN ('code', 'name')),
        CONSTRAINT "FK_region_alias_region" FOREIGN KEY ("region_code") REFERENCES "region" ("code") ON DELETE CASCADE
      )`);

    await queryRunner.query(`
      CREATE TABLE "issuer" (
        "id" uuid NOT NULL,
        "name" text NOT NULL,
        "normalized_name" text NOT NULL,
        "kind" "issuer_kind_enum" NOT NULL,
        "region_code" varchar(6) NOT NULL,
        CONSTRAINT "PK_issuer" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_issuer_region_code_normalized_name" UNIQUE ("region_code", "normalized_name"),
        CONSTRAINT "FK_issuer_region" FOREIGN KEY ("region_code") REFERENCES "region" ("code")
      )`);

    await queryRunner.query(`
      CREATE TABLE "source_document" (
        "id" uuid NOT NULL,
        "sha256" char(64) NOT NULL,
        "file_name" text NOT NULL,
        "format" varchar(8) NOT NULL,
        "media_type" text NOT NULL,
        "byte_size" int NOT NULL,
        "content" bytea NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_source_document" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_source_document_sha256" UNIQUE ("sha256")
      )`);

    await queryRunner.query(`
      CREATE TABLE "report" (
        "id" uuid NOT NULL,
        "source_document_id" uuid NOT NULL,
        "issuer_id" uuid NOT NULL,
        "region_code" varchar(6) NOT NULL,
        "year" int NOT NULL,
        "template" "template_enum" NOT NULL,
        "scope" "report_scope_enum" NOT NULL,
        "status" "report_status_enum" NOT NULL,
        "title" text,
        "published_on" date,
        "period_start" date,
        "period_end" date,
        "sample_data" boolean NOT NULL,
        "parser_version" text NOT NULL,
        "superseded_by" uuid,
        "ingested_at" timestamptz NOT NULL DEFAULT now(),
        "parsed" jsonb NOT NULL,
        CONSTRAINT "PK_report" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_report_source_document_id" UNIQUE ("source_document_id"),
        CONSTRAINT "FK_report_source_document" FOREIGN KEY ("source_document_id") REFERENCES "source_document" ("id"),
        CONSTRAINT "FK_report_issuer" FOREIGN KEY ("issuer_id") REFERENCES "issuer" ("id"),
        CONSTRAINT "FK_report_region" FOREIGN KEY ("region_code") REFERENCES "region" ("code")
      )`);
    // Concurrency-safe supersede: at most one current report per issuer and year, whatever the race.
    await queryRunner.query(`CREATE UNIQUE INDEX "report_one_current" ON "report" ("issuer_id", "year") WHERE "status" = 'current'`);
    await queryRunner.query(
      `CREATE INDEX "IDX_report_region_code_year_current" ON "report" ("region_code", "year") WHERE "status" = 'current'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_report_year_current" ON "report" ("year") WHERE "status" = 'current'`);

    await queryRunner.query(`
      CREATE TABLE "report_value" (
        "report_id" uuid NOT NULL,
        "metric_key" varchar(64) NOT NULL,
        "value" numeric,
        "state" "value_state_enum" NOT NULL,
        "raw" text NOT NULL,
        "printed_unit" varchar(8),
        "flags" text[] NOT NULL DEFAULT '{}',
        "provenance" jsonb,
        "derived_from" text[],
        CONSTRAINT "PK_report_value" PRIMARY KEY ("report_id", "metric_key"),
        CONSTRAINT "FK_report_value_report" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE
      )`);
    // Covering index for metric-first analytics (series, rankings) without touching the heap.
    await queryRunner.query(
      `CREATE INDEX "IDX_report_value_metric_key_report_id" ON "report_value" ("metric_key", "report_id") INCLUDE ("value", "state")`,
    );

    await queryRunner.query(`
      CREATE TABLE "validation_issue" (
        "id" uuid NOT NULL,
        "report_id" uuid NOT NULL,
        "rule" varchar(32) NOT NULL,
        "severity" "severity_enum" NOT NULL,
        "mode" "rule_mode_enum" NOT NULL,
        "scope" "rule_scope_enum" NOT NULL,
        "cells" text[] NOT NULL,
        "expected" text NOT NULL,
        "actual" text NOT NULL,
        "message_zh" text NOT NULL,
        "message_en" text NOT NULL,
        CONSTRAINT "PK_validation_issue" PRIMARY KEY ("id"),
        CONSTRAINT "FK_validation_issue_report" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_validation_issue_report_id" ON "validation_issue" ("report_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_validation_issue_rule" ON "validation_issue" ("rule")`);

    await queryRunner.query(`
      CREATE TABLE "api_token" (
        "id" uuid NOT NULL,
        "name" text NOT NULL,
        "token_hash" char(64) NOT NULL,
        "role" "role_enum" NOT NULL,
        "region_code" varchar(6),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_used_at" timestamptz,
        "revoked_at" timestamptz,
        CONSTRAINT "PK_api_token" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_api_token_token_hash" UNIQUE ("token_hash")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP TABLE "validation_issue"`);
    await queryRunner.query(`DROP TABLE "report_value"`);
    await queryRunner.query(`DROP TABLE "report"`);
    await queryRunner.query(`DROP TABLE "source_document"`);
    await queryRunner.query(`DROP TABLE "issuer"`);
    await queryRunner.query(`DROP TABLE "region_alias"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TYPE "role_enum"`);
    await queryRunner.query(`DROP TYPE "rule_scope_enum"`);
    await queryRunner.query(`DROP TYPE "rule_mode_enum"`);
    await queryRunner.query(`DROP TYPE "severity_enum"`);
    await queryRunner.query(`DROP TYPE "value_state_enum"`);
    await queryRunner.query(`DROP TYPE "report_status_enum"`);
    await queryRunner.query(`DROP TYPE "report_scope_enum"`);
    await queryRunner.query(`DROP TYPE "template_enum"`);
    await queryRunner.query(`DROP TYPE "issuer_kind_enum"`);
    await queryRunner.query(`DROP TYPE "region_level_enum"`);
  }
}
