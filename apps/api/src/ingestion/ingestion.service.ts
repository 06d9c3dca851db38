import { Inject, Injectable } from '@nestjs/common';

import { type ConnectionSource } from '@gongkai/database';
import { type DocumentConverter } from '@gongkai/document-convert';
import { type ScanReader } from '@gongkai/report-parser';
import {
  type AuthorizeRegion,
  type CorrectReportResult,
  ReportCorrectionError,
  type ValueCorrectionInput,
  correctReport,
  type IngestInput,
  type IngestResult,
  type RegionChange,
  RegionReassignError,
  ReportNotFoundError,
  type StoredReportSummary,
  deleteReport,
  reassignReportRegion,
  removeSampleReports,
  summarizeStoredReport,
  writeReport,
} from '@gongkai/report-store';

import { AuthException } from '../auth/auth.exception';
import { RegionScopeService } from '../auth/region-scope.service';
import { TokensService } from '../auth/tokens.service';
import { type AuthContext } from '../auth/types/auth-context.type';
import { auditActorOf } from '../auth/utils/audit-actor-of.util';
import { PrometheusService } from '../core/observability/prometheus.service';
import { STORE_CONNECTIONS } from '../database/database.constants';
import { DatasetRevisionService } from '../response-cache/dataset-revision.service';
import { DOCUMENT_CONVERTER, SCAN_READER } from './ingestion.constants';
import { IngestionException, IngestionExceptionCode } from './ingestion.exception';

/** Who asks: a token's AuthContext (checked against the report's region), or 'system' (demo loader). */
export type IngestActor = AuthContext | 'system';

/**
 * The api's door to the report store (@gongkai/report-store, the one write path it shares with the CLI and
 * the benchmarks): Nest injection, the token's region scope, and dropping this process's cached answers
 * after a write, the LibreOffice converter for legacy documents. Everything about storing a report lives in the library.
 */
@Injectable()
export class IngestionService {
  constructor(
    @Inject(STORE_CONNECTIONS) private readonly connections: ConnectionSource,
    @Inject(DOCUMENT_CONVERTER) private readonly converter: DocumentConverter,
    @Inject(SCAN_READER) private readonly scanReader: ScanReader | null,
    private readonly regionScopeService: RegionScopeService,
    private readonly tokens: TokensService,
    private readonly datasetRevision: DatasetRevisionService,
    private readonly metrics: PrometheusService,
  ) {}

  async ingest(input: IngestInput, actor: IngestActor): Promise<IngestResult> {
    // Legacy office documents become .docx in a LibreOffice subprocess (asynchronous: the event loop keeps serving).
    let result: IngestResult;
    try {
      result = await writeReport(this.connections, input, { authorize: this.authorizer(actor), convert: this.converter, ...(this.scanReader ? { ocr: this.scanReader } : {}), actor: auditActorOf(actor) });
    } catch (error) {
      this.metrics.ingestDocuments.inc({ status: 'error' });
      throw error;
    }
    this.metrics.ingestDocuments.inc({ status: result.status });
    if (result.status === 'ingested' || result.status === 'superseded') this.datasetRevision.invalidate();

    return result;
  }

  /** Deletes a report; its current role passes to the newest superseded version of the same issuer and year. */
  async deleteReport(id: string, actor: IngestActor): Promise<void> {
    // The scope check throws its own AuthException (a GraphQL/REST permission error), as for any write.
    try {
      await deleteReport(this.connections, id, { authorize: this.authorizer(actor, true), actor: auditActorOf(actor) });
    } catch (error) {
      if (error instanceof ReportNotFoundError) throw new IngestionException(IngestionExceptionCode.REPORT_NOT_FOUND, error.message);
      throw error;
    }
    this.datasetRevision.invalidate();
  }

  /** What the upload answer says of a stored report: issuer, region, year, template, distinct findings, its page. */
  async summarize(reportId: string): Promise<StoredReportSummary | null> {
    const lease = await this.connections.acquire();
    try {
      return await summarizeStoredReport(lease.client, reportId);
    } finally {
      lease.release();
    }
  }

  /** Removes every sample-data report (the demo set) and nothing else; returns how many. */
  async removeSampleData(actor: IngestActor = 'system'): Promise<number> {
    const removed = await removeSampleReports(this.connections, auditActorOf(actor));
    if (removed > 0) this.datasetRevision.invalidate();

    return removed;
  }

  /** Moves a report to another region (editor in scope of both, or admin), recorded with who and when. */
  async reassignRegion(input: { reportId: string; regionCode: string; reason: string }, actor: IngestActor): Promise<RegionChange> {
    const changedBy = actor === 'system' ? 'system' : await this.tokens.nameOf(actor);
    try {
      const change = await reassignReportRegion(
        this.connections,
        { ...input, changedBy, changedByTokenId: actor === 'system' ? null : actor.tokenId },
        { authorize: this.authorizer(actor, true), actor: auditActorOf(actor) },
      );
      this.datasetRevision.invalidate();

      return change;
    } catch (error) {
      if (error instanceof ReportNotFoundError) throw new IngestionException(IngestionExceptionCode.REPORT_NOT_FOUND, error.message);
      if (error instanceof RegionReassignError) {
        const reason = {
          REGION_UNKNOWN: IngestionExceptionCode.REGION_UNKNOWN,
          SAME_REGION: IngestionExceptionCode.SAME_REGION,
          REASON_REQUIRED: IngestionExceptionCode.REASON_REQUIRED,
        }[error.code];
        throw new IngestionException(reason, error.message, error.messageZh);
      }
      throw error;
    }
  }

  /**
   * A person's correction of stored values (editor in scope, or admin): a new version of the report, recorded
   * with who (TokensService.nameOf) and when; the typed errors of the store become IngestionExceptions.
   */
  async correctValues(input: { reportId: string; corrections: ValueCorrectionInput[]; note: string | null }, actor: IngestActor): Promise<CorrectReportResult> {
    const by = actor === 'system' ? 'system' : await this.tokens.nameOf(actor);
    try {
      const result = await correctReport(this.connections, { ...input, by }, { authorize: this.authorizer(actor, true), actor: auditActorOf(actor) });
      this.datasetRevision.invalidate();

      return result;
    } catch (error) {
      if (error instanceof ReportNotFoundError) throw new IngestionException(IngestionExceptionCode.REPORT_NOT_FOUND, error.message);
      if (error instanceof ReportCorrectionError) throw new IngestionException(IngestionExceptionCode[error.code], error.message, error.messageZh);
      throw error;
    }
  }

  /** `throwing`: the scope check's own AuthException propagates (a permission error), as deleteReport does. */
  private authorizer(actor: IngestActor, throwing = false): AuthorizeRegion | undefined {
    if (actor === 'system') return undefined;
    if (throwing) {
      return async (regionCode) => {
        await this.regionScopeService.assertCanWrite(actor, regionCode);

        return null;
      };
    }

    return async (regionCode) => {
      try {
        await this.regionScopeService.assertCanWrite(actor, regionCode);

        return null;
      } catch (error) {
        if (error instanceof AuthException) return { code: error.errorCode, messageZh: error.messageZh ?? error.message, messageEn: error.message };
        throw error;
      }
    };
  }
}
