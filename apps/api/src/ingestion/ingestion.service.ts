import { Inject, Injectable } from '@nestjs/common';

import { type ConnectionSource } from '@gongkai/database';
import { type DocumentConverter } from '@gongkai/document-convert';
import {
  type AuthorizeRegion,
  type IngestInput,
  type IngestResult,
  ReportNotFoundError,
  deleteReport,
  writeReport,
} from '@gongkai/report-store';

import { AuthException } from '../auth/auth.exception';
import { RegionScopeService } from '../auth/region-scope.service';
import { type AuthContext } from '../auth/types/auth-context.type';
import { STORE_CONNECTIONS } from '../database/database.constants';
import { DatasetRevisionService } from '../response-cache/dataset-revision.service';
import { DOCUMENT_CONVERTER } from './ingestion.constants';
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
    private readonly regionScopeService: RegionScopeService,
    private readonly datasetRevision: DatasetRevisionService,
  ) {}

  async ingest(input: IngestInput, actor: IngestActor): Promise<IngestResult> {
    // Legacy office documents become .docx in a LibreOffice subprocess (asynchronous: the event loop keeps serving).
    const result = await writeReport(this.connections, input, { authorize: this.authorizer(actor), convert: this.converter });
    if (result.status === 'ingested' || result.status === 'superseded') this.datasetRevision.invalidate();

    return result;
  }

  /** Deletes a report; its current role passes to the newest superseded version of the same issuer and year. */
  async deleteReport(id: string, actor: IngestActor): Promise<void> {
    // The scope check throws its own AuthException (a GraphQL/REST permission error), as for any write.
    const authorize: AuthorizeRegion | undefined =
      actor === 'system'
        ? undefined
        : async (regionCode) => {
            await this.regionScopeService.assertCanWrite(actor, regionCode);

            return null;
          };
    try {
      await deleteReport(this.connections, id, { authorize });
    } catch (error) {
      if (error instanceof ReportNotFoundError) throw new IngestionException(IngestionExceptionCode.REPORT_NOT_FOUND, error.message);
      throw error;
    }
    this.datasetRevision.invalidate();
  }

  private authorizer(actor: IngestActor): AuthorizeRegion | undefined {
    if (actor === 'system') return undefined;

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
