import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';

import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';

import { CurrentAuth } from '../auth/decorators/current-auth.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { type AuthContext } from '../auth/types/auth-context.type';
import { ConfigService } from '../core/config/config.service';
import { IngestResultDto } from '../ingestion/dtos/ingest-result.dto';
import { ReportRegionChangeDto } from '../ingestion/dtos/report-region-change.dto';
import { IngestionException, IngestionExceptionCode } from '../ingestion/ingestion.exception';
import { IngestionService } from '../ingestion/ingestion.service';
import { AuthException, AuthExceptionCode } from '../auth/auth.exception';
import { readStreamLimited } from '../ingestion/utils/read-stream-limited.util';
import { toRegionDto } from '../ingestion/utils/to-region-dto.util';
import { type RegionDto } from '../regions/dtos/region.dto';
import { ValueCorrectionInput } from './dtos/correct-report-values.input';
import { ReportDto } from './dtos/report.dto';
import { ReportsReadService } from './reports-read.service';
import { fromReportRowToReportDto } from './utils/from-report-row-to-report-dto.util';

/** Write side of reports (platform): upload one document, delete a report. Admin, or editor in region scope. */
@Resolver()
@Roles('admin', 'editor')
export class ReportMutationsResolver {
  constructor(
    private readonly config: ConfigService,
    private readonly ingestionService: IngestionService,
    private readonly reportsReadService: ReportsReadService,
  ) {}

  @Mutation(() => IngestResultDto, {
    name: 'ingestReport',
    description: 'Upload one report (multipart request; send the header apollo-require-preflight: true).',
  })
  async ingestReport(
    @CurrentAuth() auth: AuthContext,
    // Typed unknown on purpose: the emitted metadata (Object) keeps the global ValidationPipe away from the upload promise.
    @Args('file', { type: () => GraphQLUpload, nullable: false, description: 'The document (multipart upload)' }) file: unknown,
    @Args('regionCode', { type: () => String, nullable: true, description: 'The region to file it under; default: found from the issuer in the document' }) regionCode: string | null,
  ): Promise<IngestResultDto> {
    const upload = await (file as Promise<FileUpload>);
    const bytes = await readStreamLimited(upload.createReadStream(), this.config.get('UPLOAD_MAX_BYTES'));
    const result = await this.ingestionService.ingest({ bytes, fileName: upload.filename, regionCode }, auth);
    // A document outside the token's region is a permission error, not a bad document.
    if (result.error?.code === 'FORBIDDEN') throw new AuthException(AuthExceptionCode.REGION_OUT_OF_SCOPE, result.error.messageEn);
    // A region that does not exist (or cannot be found in the document) is the caller's to fix: a typed error, not data.
    if (result.error?.code === 'REGION_UNKNOWN') throw new IngestionException(IngestionExceptionCode.REGION_UNKNOWN, result.error.messageEn, result.error.messageZh);
    const row = result.reportId ? await this.reportsReadService.findById(result.reportId) : null;
    const summary = result.reportId ? await this.ingestionService.summarize(result.reportId) : null;

    return Object.assign(new IngestResultDto(), {
      fileName: result.fileName,
      status: result.status,
      report: row ? fromReportRowToReportDto(row) : null,
      replaced: result.replaced ?? null,
      findingCount: summary?.findingCount ?? null,
      reportUrl: summary?.url ?? null,
      error: result.error
        ? {
            code: result.error.code,
            messageZh: result.error.messageZh,
            messageEn: result.error.messageEn,
            candidates: result.error.candidates
              ? result.error.candidates.map((c) => toRegionDto(c.code)).filter((r): r is RegionDto => r !== null)
              : null,
          }
        : null,
    });
  }

  @Mutation(() => Int, {
    name: 'removeSampleData',
    description: 'Remove the whole demo set (every report marked as sample data) and nothing else; returns how many reports were removed. Admin only.',
  })
  @Roles('admin')
  async removeSampleData(@CurrentAuth() auth: AuthContext): Promise<number> {
    return this.ingestionService.removeSampleData(auth);
  }

  @Mutation(() => ReportRegionChangeDto, {
    name: 'reassignReportRegion',
    description: "Move a stored report to another region (admin, or an editor in scope of both regions); recorded with who, when and why.",
  })
  async reassignReportRegion(
    @CurrentAuth() auth: AuthContext,
    @Args('reportId', { type: () => ID, nullable: false, description: 'The report to move' }) reportId: string,
    @Args('regionCode', { type: () => String, nullable: false, description: 'The new region (current or former code)' }) regionCode: string,
    @Args('reason', { type: () => String, nullable: false, description: 'Why (required; recorded with the change)' }) reason: string,
  ): Promise<ReportRegionChangeDto> {
    const change = await this.ingestionService.reassignRegion({ reportId, regionCode, reason }, auth);
    const row = await this.reportsReadService.findById(change.reportId);
    if (!row) throw new IngestionException(IngestionExceptionCode.REPORT_NOT_FOUND, `No report ${change.reportId}`);

    return Object.assign(new ReportRegionChangeDto(), {
      id: change.id,
      report: fromReportRowToReportDto(row),
      fromRegion: toRegionDto(change.fromRegionCode) as RegionDto,
      toRegion: toRegionDto(change.toRegionCode) as RegionDto,
      reason: change.reason,
      changedBy: change.changedBy,
      changedAt: change.changedAt,
    });
  }

  @Mutation(() => ReportDto, {
    name: 'correctReportValues',
    description:
      "Correct (or confirm) values of a report, e.g. ones OCR was unsure of (admin, or an editor in scope): stored as a new version that supersedes this one (kept in history), each value flagged corrected with who, when and the value before; derived values and the report's rules are computed again. Returns the new version.",
  })
  async correctReportValues(
    @CurrentAuth() auth: AuthContext,
    @Args('reportId', { type: () => ID, nullable: false, description: 'The current version of the report' }) reportId: string,
    @Args('corrections', { type: () => [ValueCorrectionInput], nullable: false, description: 'The values to correct, each key once' }) corrections: ValueCorrectionInput[],
    @Args('note', { type: () => String, nullable: true, description: 'Why, or against what it was checked (recorded with each corrected value)' }) note: string | null,
  ): Promise<ReportDto> {
    const result = await this.ingestionService.correctValues(
      { reportId, corrections: corrections.map((c) => ({ key: c.key, value: c.value ?? null, state: c.state ?? null })), note: note ?? null },
      auth,
    );
    const row = await this.reportsReadService.findById(result.correctedReportId);
    if (!row) throw new IngestionException(IngestionExceptionCode.REPORT_NOT_FOUND, `No report ${result.correctedReportId}`);

    return fromReportRowToReportDto(row);
  }

  @Mutation(() => Boolean, { name: 'deleteReport', description: 'Delete a report; the newest superseded version becomes current.' })
  async deleteReport(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID, nullable: false, description: 'Id of the report to delete' }) id: string): Promise<boolean> {
    await this.ingestionService.deleteReport(id, auth);

    return true;
  }
}
