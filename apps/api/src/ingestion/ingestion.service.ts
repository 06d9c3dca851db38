import { createHash } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
// Time-ordered ids (UUIDv7): a new report's value rows append at the right edge of the primary key
// (report_id, metric_key) instead of landing on a random page: fewer page splits and full-page WAL images.
import { v7 as timeOrderedUuid } from 'uuid';

import { RULES_BY_ID, type RuleId, type TemplateId } from '@gongkai/domain';
import { currentCode, getRegion, pathName, resolveRegion } from '@gongkai/regions';
import {
  type Finding,
  type ParsedReport,
  type RuleValues,
  isReportParseError,
  parseReport,
  parsedReportDetails,
  validateCrossYear,
} from '@gongkai/report-parser';

import { AuthException } from '../auth/auth.exception';
import { RegionScopeService } from '../auth/region-scope.service';
import { type AuthContext } from '../auth/types/auth-context.type';
import { bumpDatasetRevision } from '../database/utils/bump-dataset-revision.util';
import { type ReportParsedJson } from '../reports/report.entity';
import { DatasetRevisionService } from '../response-cache/dataset-revision.service';
import { IngestionException, IngestionExceptionCode } from './ingestion.exception';
import { type IngestErrorInfo, type IngestInput, type IngestResult } from './types/ingest-result.type';
import { isUniqueViolation } from './utils/is-unique-violation.util';
import { mediaTypeOf } from './utils/media-type-of.util';
import { normalizeIssuerName } from './utils/normalize-issuer-name.util';

/** Who asks: a token's AuthContext (checked against the report's region), or 'system' (CLI, demo loader). */
export type IngestActor = AuthContext | 'system';

type StoredOutcome = { status: 'ingested' | 'superseded' | 'duplicate'; reportId: string | null };

const VALUE_COLUMNS = 9;
const ISSUE_COLUMNS = 11;
/** Keep a statement under PostgreSQL's 65,535 bind parameters. */
const MAX_PARAMS = 60_000;

/**
 * Document → parser → region → one transaction (source_document, issuer, report, values, issues). Used by
 * GraphQL, REST, the CLI and the demo loader. Same bytes twice are one report (unique sha256 + ON CONFLICT);
 * a different document for the same issuer and year supersedes the current one (partial unique index
 * report_one_current; a lost race is retried once).
 */
@Injectable()
export class IngestionService {
  private readonly logger = new Logger('Ingestion');

  constructor(
    private readonly dataSource: DataSource,
    private readonly regionScopeService: RegionScopeService,
    private readonly datasetRevision: DatasetRevisionService,
  ) {}

  async ingest(input: IngestInput, actor: IngestActor): Promise<IngestResult> {
    const { fileName } = input;
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    // A cheap read first: re-uploads of known bytes skip parsing. Correctness does not depend on it (the
    // unique constraint decides inside the transaction).
    const known = await this.findReportBySha(this.dataSource.manager, sha256);
    if (known) return { fileName, status: 'duplicate', reportId: known, error: null };

    let parsed: ParsedReport;
    try {
      parsed = await parseReport(input.bytes, { fileName, sourceUrl: input.sourceUrl });
    } catch (error) {
      if (isReportParseError(error)) return rejected(fileName, { code: error.code, messageZh: error.messageZh, messageEn: error.messageEn });
      this.logger.error(`Parser failed on ${fileName}: ${error instanceof Error ? error.message : String(error)}`);

      return rejected(fileName, { code: 'CORRUPT_FILE', messageZh: '文件无法解析。', messageEn: 'The file could not be parsed.' });
    }
    if (parsed.year === null) {
      return rejected(fileName, { code: 'YEAR_UNKNOWN', messageZh: '无法确定报告的年度。', messageEn: 'The report year could not be determined.' });
    }

    const region = this.resolveRegionOf(parsed, input);
    if ('error' in region) return rejected(fileName, region.error);
    if (actor !== 'system') {
      try {
        await this.regionScopeService.assertCanWrite(actor, region.code);
      } catch (error) {
        if (error instanceof AuthException) {
          return rejected(fileName, { code: error.errorCode, messageZh: error.messageZh ?? error.message, messageEn: error.message });
        }
        throw error;
      }
    }

    let outcome: StoredOutcome;
    try {
      outcome = await this.store(parsed, input, sha256, region.code);
    } catch (error) {
      // Lost the race for the one current report of (issuer, year): the winner is committed now, so a second
      // attempt supersedes it.
      if (!isUniqueViolation(error, 'report_one_current')) throw error;
      outcome = await this.store(parsed, input, sha256, region.code);
    }

    return { fileName, status: outcome.status, reportId: outcome.reportId, error: null };
  }

  /** Deletes a report; its current role passes to the newest superseded version of the same issuer and year. */
  async deleteReport(id: string, actor: IngestActor): Promise<void> {
    const rows: { region_code: string }[] = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.dataSource.query(`SELECT "region_code" FROM "report" WHERE "id" = $1`, [id])
      : [];
    if (rows.length === 0) throw new IngestionException(IngestionExceptionCode.REPORT_NOT_FOUND, `No report ${id}`);
    if (actor !== 'system') await this.regionScopeService.assertCanWrite(actor, rows[0].region_code);

    await this.dataSource.transaction(async (manager) => {
      const locked: { issuer_id: string; year: number; status: string; source_document_id: string }[] = await manager.query(
        `SELECT "issuer_id", "year", "status", "source_document_id" FROM "report" WHERE "id" = $1 FOR UPDATE`,
        [id],
      );
      const report = locked[0];
      if (!report) throw new IngestionException(IngestionExceptionCode.REPORT_NOT_FOUND, `No report ${id}`);
      await manager.query(`DELETE FROM "report" WHERE "id" = $1`, [id]);
      await bumpDatasetRevision(manager);
      // source_document_id is unique: no other report shares these bytes.
      await manager.query(`DELETE FROM "source_document" WHERE "id" = $1`, [report.source_document_id]);
      if (report.status !== 'current') {
        await manager.query(`UPDATE "report" SET "superseded_by" = NULL WHERE "superseded_by" = $1`, [id]);

        return;
      }
      const promoted: { id: string }[] = await manager.query(
        `UPDATE "report" SET "status" = 'current', "superseded_by" = NULL
         WHERE "id" = (SELECT "id" FROM "report" WHERE "issuer_id" = $1 AND "year" = $2 AND "status" = 'superseded'
                       ORDER BY "ingested_at" DESC, "id" DESC LIMIT 1)
         RETURNING "id"`,
        [report.issuer_id, report.year],
      ).then((result: unknown) => rowsOf<{ id: string }>(result));
      const next = promoted[0]?.id ?? null;
      await manager.query(`UPDATE "report" SET "superseded_by" = $2 WHERE "superseded_by" = $1`, [id, next]);
    });
    this.datasetRevision.invalidate();
  }

  private resolveRegionOf(parsed: ParsedReport, input: IngestInput): { code: string } | { error: IngestErrorInfo } {
    if (input.regionCode) {
      const code = currentCode(input.regionCode.trim());
      if (!code || !getRegion(code)) {
        return {
          error: { code: 'REGION_UNKNOWN', messageZh: `地区代码 ${input.regionCode} 不存在。`, messageEn: `Unknown region code ${input.regionCode}.` },
        };
      }

      return { code };
    }
    const resolution = resolveRegion({
      title: parsed.title,
      issuer: parsed.issuer,
      address: parsed.location.address ?? null,
      postcode: parsed.location.postcode ?? null,
      phones: parsed.location.phones,
      areaCodes: parsed.location.areaCodes,
      hosts: input.sourceUrl ? [...parsed.location.hosts, hostOf(input.sourceUrl)].filter((h): h is string => !!h) : parsed.location.hosts,
    });
    if (resolution.status === 'resolved') return { code: resolution.region.code };
    if (resolution.status === 'ambiguous') {
      const candidates = resolution.candidates.map((c) => ({ code: c.code, path: c.pathName || pathName(c.code) }));

      return {
        error: {
          code: 'REGION_AMBIGUOUS',
          messageZh: `无法确定报告所属地区，可能是：${candidates.map((c) => `${c.path}（${c.code}）`).join('、')}。请指定地区代码。`,
          messageEn: `The report's region is ambiguous (${candidates.map((c) => c.code).join(', ')}); give a region code.`,
          candidates,
        },
      };
    }

    return {
      error: {
        code: 'REGION_UNKNOWN',
        messageZh: '无法从报告中确定所属地区，请指定地区代码。',
        messageEn: "The report's region could not be determined; give a region code.",
      },
    };
  }

  private async store(parsed: ParsedReport, input: IngestInput, sha256: string, regionCode: string): Promise<StoredOutcome> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<StoredOutcome> => {
      const documentId = timeOrderedUuid();
      const inserted = await manager
        .query(
          `INSERT INTO "source_document" ("id", "sha256", "file_name", "format", "media_type", "byte_size", "content")
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT ("sha256") DO NOTHING RETURNING "id"`,
          [documentId, sha256, input.fileName, parsed.format, mediaTypeOf(parsed.format, parsed.encoding), input.bytes.byteLength, Buffer.from(input.bytes)],
        )
        .then((result: unknown) => rowsOf<{ id: string }>(result));
      if (inserted.length === 0) return { status: 'duplicate', reportId: await this.findReportBySha(manager, sha256) };

      const issuerId = await this.upsertIssuer(manager, parsed, regionCode);
      const year = parsed.year as number;
      const reportId = timeOrderedUuid();
      // The issuer upsert row-locks the issuer, so ingests of one issuer queue here; FOR UPDATE is belt and braces.
      const previous: { id: string }[] = await manager.query(
        `SELECT "id" FROM "report" WHERE "issuer_id" = $1 AND "year" = $2 AND "status" = 'current' FOR UPDATE`,
        [issuerId, year],
      );
      if (previous.length > 0) {
        await manager.query(`UPDATE "report" SET "status" = 'superseded', "superseded_by" = $2 WHERE "id" = $1`, [previous[0].id, reportId]);
      }
      await manager.query(
        `INSERT INTO "report" ("id", "source_document_id", "issuer_id", "region_code", "year", "template", "scope", "status",
           "title", "published_on", "period_start", "period_end", "sample_data", "parser_version", "parsed")
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'current', $8, $9, $10, $11, $12, $13, $14)`,
        [
          reportId,
          documentId,
          issuerId,
          regionCode,
          year,
          parsed.template,
          parsed.scope,
          parsed.title,
          parsed.publishedOn,
          parsed.period?.start ?? null,
          parsed.period?.end ?? null,
          parsed.sampleData,
          parsed.parserVersion,
          JSON.stringify(parsedReportDetails(parsed) satisfies ReportParsedJson),
        ],
      );
      await this.insertValues(manager, reportId, parsed);
      const crossYear = await this.crossYearFindings(manager, reportId, issuerId, year, parsed);
      await this.insertIssues(manager, reportId, [...parsed.findings.map((f) => ({ ...f, scope: scopeOf(f.rule) })), ...crossYear]);
      await bumpDatasetRevision(manager);

      return { status: previous.length > 0 ? 'superseded' : 'ingested', reportId };
    });
    if (outcome.status !== 'duplicate') this.datasetRevision.invalidate();

    return outcome;
  }

  private async upsertIssuer(manager: EntityManager, parsed: ParsedReport, regionCode: string): Promise<string> {
    const name = parsed.issuer?.trim() || pathName(regionCode).split(' ').pop() || regionCode;
    const rows: { id: string }[] = await manager
      .query(
        `INSERT INTO "issuer" ("id", "name", "normalized_name", "kind", "region_code") VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ("region_code", "normalized_name") DO UPDATE SET "name" = EXCLUDED."name"
         RETURNING "id"`,
        [timeOrderedUuid(), name, normalizeIssuerName(name) || name, parsed.issuerKind, regionCode],
      )
      .then((result: unknown) => rowsOf<{ id: string }>(result));

    return rows[0].id;
  }

  private async insertValues(manager: EntityManager, reportId: string, parsed: ParsedReport): Promise<void> {
    const values = Object.values(parsed.values);
    const perStatement = Math.floor(MAX_PARAMS / VALUE_COLUMNS);
    for (let i = 0; i < values.length; i += perStatement) {
      const params: unknown[] = [];
      const tuples = values.slice(i, i + perStatement).map((v) => {
        params.push(
          reportId,
          v.key,
          v.value,
          v.state,
          v.raw,
          v.printedUnit ?? null,
          v.flags,
          v.provenance ? JSON.stringify(v.provenance) : null,
          v.derivedFrom ?? null,
        );
        const b = params.length - VALUE_COLUMNS;

        return `($${b + 1}, $${b + 2}, $${b + 3}::numeric, $${b + 4}::value_state_enum, $${b + 5}, $${b + 6}, $${b + 7}::text[], $${b + 8}::jsonb, $${b + 9}::text[])`;
      });
      if (tuples.length === 0) continue;
      await manager.query(
        `INSERT INTO "report_value" ("report_id", "metric_key", "value", "state", "raw", "printed_unit", "flags", "provenance", "derived_from")
         VALUES ${tuples.join(', ')}`,
        params,
      );
    }
  }

  private async insertIssues(manager: EntityManager, reportId: string, findings: (Finding & { scope: 'report' | 'cross_year' })[]): Promise<void> {
    const perStatement = Math.floor(MAX_PARAMS / ISSUE_COLUMNS);
    for (let i = 0; i < findings.length; i += perStatement) {
      const params: unknown[] = [];
      const tuples = findings.slice(i, i + perStatement).map((f) => {
        params.push(timeOrderedUuid(), reportId, f.rule, f.severity, f.mode, f.scope, f.cells, f.expected, f.actual, f.messageZh, f.messageEn);
        const b = params.length - ISSUE_COLUMNS;

        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}::severity_enum, $${b + 5}::rule_mode_enum, $${b + 6}::rule_scope_enum, $${b + 7}::text[], $${b + 8}, $${b + 9}, $${b + 10}, $${b + 11})`;
      });
      await manager.query(
        `INSERT INTO "validation_issue" ("id", "report_id", "rule", "severity", "mode", "scope", "cells", "expected", "actual", "message_zh", "message_en")
         VALUES ${tuples.join(', ')}`,
        params,
      );
    }
  }

  /**
   * Cross-year rules against the issuer's current reports for year−1 and year+1. Issues of the step
   * (year−1 → year) belong to the later report, so the next year's cross-year issues are recomputed here.
   */
  private async crossYearFindings(
    manager: EntityManager,
    reportId: string,
    issuerId: string,
    year: number,
    parsed: ParsedReport,
  ): Promise<(Finding & { scope: 'cross_year' })[]> {
    const neighbours: { id: string; year: number; template: TemplateId }[] = await manager.query(
      `SELECT "id", "year", "template" FROM "report" WHERE "issuer_id" = $1 AND "status" = 'current' AND "year" IN ($2, $3) AND "id" <> $4`,
      [issuerId, year - 1, year + 1, reportId],
    );
    const current = { year, template: parsed.template, values: parsed.values as RuleValues };
    const out: (Finding & { scope: 'cross_year' })[] = [];
    for (const n of neighbours) {
      const other = { year: n.year, template: n.template, values: await this.loadRuleValues(manager, n.id) };
      if (n.year === year - 1) {
        out.push(...validateCrossYear(other, current).map((f) => ({ ...f, scope: 'cross_year' as const })));
      } else {
        await manager.query(`DELETE FROM "validation_issue" WHERE "report_id" = $1 AND "scope" = 'cross_year'`, [n.id]);
        const next = validateCrossYear(current, other).map((f) => ({ ...f, scope: 'cross_year' as const }));
        await this.insertIssues(manager, n.id, next);
      }
    }

    return out;
  }

  private async loadRuleValues(manager: EntityManager, reportId: string): Promise<RuleValues> {
    const rows: { metric_key: string; value: string | null; state: string; flags: string[] }[] = await manager.query(
      `SELECT "metric_key", "value"::text AS "value", "state", "flags" FROM "report_value" WHERE "report_id" = $1`,
      [reportId],
    );

    return Object.fromEntries(rows.map((r) => [r.metric_key, { value: r.value, state: r.state, flags: r.flags }]));
  }

  private async findReportBySha(manager: EntityManager, sha256: string): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT r."id" FROM "report" r JOIN "source_document" d ON d."id" = r."source_document_id" WHERE d."sha256" = $1`,
      [sha256],
    );

    return rows[0]?.id ?? null;
  }
}

function rejected(fileName: string, error: IngestErrorInfo): IngestResult {
  return { fileName, status: 'rejected', reportId: null, error };
}

function scopeOf(rule: RuleId): 'report' | 'cross_year' {
  return RULES_BY_ID.get(rule)?.scope ?? 'report';
}

/** TypeORM answers INSERT/UPDATE … RETURNING on postgres with [rows, count]; plain SELECT with rows. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];

  return Array.isArray(result) ? (result as T[]) : [];
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
