import { UseFilters } from '@nestjs/common';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { type LoadersContext } from '../core/dataloader/types/loaders.type';
import { ReportRegionChangeDto } from '../ingestion/dtos/report-region-change.dto';
import { toRegionDto } from '../ingestion/utils/to-region-dto.util';
import { RegionDto } from '../regions/dtos/region.dto';
import { fromRegionRowToRegionDto } from '../regions/utils/from-region-row-to-region-dto.util';
import { DatasetInfoDto } from './dtos/dataset-info.dto';
import { FindingDto } from './dtos/finding.dto';
import { IssuerDto } from './dtos/issuer.dto';
import { PageImageDto } from './dtos/page-image.dto';
import { ReportConnectionDto } from './dtos/report-connection.dto';
import { ReportFindingsArgs } from './dtos/report-findings.args';
import { ReportNarrativeDto } from './dtos/report-narrative.dto';
import { ReportValueDto } from './dtos/report-value.dto';
import { ReportValuesArgs } from './dtos/report-values.args';
import { ReportDto } from './dtos/report.dto';
import { ReportsArgs } from './dtos/reports.args';
import { SourceDocumentDto } from './dtos/source-document.dto';
import { ReportReadExceptionFilter } from './report-read-exception.filter';
import { ReportsReadService } from './reports-read.service';
import { fromFindingRowToFindingDto } from './utils/from-finding-row-to-finding-dto.util';
import { fromIssuerRowToIssuerDto } from './utils/from-issuer-row-to-issuer-dto.util';
import { fromReportNarrativeRowToReportNarrativeDto } from './utils/from-report-narrative-row-to-report-narrative-dto.util';
import { fromReportRowToReportDto } from './utils/from-report-row-to-report-dto.util';
import { fromReportValueRowToReportValueDto } from './utils/from-report-value-row-to-report-value-dto.util';
import { fromSourceDocumentRowToSourceDocumentDto } from './utils/from-source-document-row-to-source-document-dto.util';

/** Read queries on reports and every Report field that touches the database (through the request's loaders). */
@Resolver(() => ReportDto)
@UseFilters(ReportReadExceptionFilter)
export class ReportsResolver {
  constructor(private readonly reportsReadService: ReportsReadService) {}

  @Query(() => ReportConnectionDto, { name: 'reports', description: 'Reports, newest year first; first ≤ 100.' })
  async getReports(@Args() args: ReportsArgs): Promise<ReportConnectionDto> {
    const page = await this.reportsReadService.list(args.first, args.after, args.where, args.orderBy ?? 'year_desc');

    return {
      edges: page.items.map(({ cursor, row }) => ({ cursor, node: fromReportRowToReportDto(row) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => ReportDto, { name: 'report', nullable: true, description: 'One report by id; null for an unknown id' })
  async getReport(@Args('id', { type: () => ID, description: 'Report id' }) id: string): Promise<ReportDto | null> {
    const row = await this.reportsReadService.findById(id);

    return row ? fromReportRowToReportDto(row) : null;
  }

  @Query(() => DatasetInfoDto, { name: 'datasetInfo', description: 'What the database holds: report counts and the year span' })
  async getDatasetInfo(): Promise<DatasetInfoDto> {
    return this.reportsReadService.datasetInfo();
  }

  @ResolveField(() => IssuerDto, { name: 'issuer', nullable: false, description: 'The body that published it' })
  async resolveIssuer(@Parent() report: ReportDto, @Context() { loaders }: LoadersContext): Promise<IssuerDto> {
    const row = await loaders.issuerById.load(report.issuerId);
    if (!row) throw new Error(`Issuer ${report.issuerId} of report ${report.id} is missing`);

    return fromIssuerRowToIssuerDto(row);
  }

  @ResolveField(() => RegionDto, { name: 'region', nullable: false, description: 'The region it is filed under' })
  async resolveRegion(@Parent() report: ReportDto, @Context() { loaders }: LoadersContext): Promise<RegionDto> {
    const row = await loaders.regionByCode.load(report.regionCode);
    if (!row) throw new Error(`Region ${report.regionCode} of report ${report.id} is missing`);

    return fromRegionRowToRegionDto(row);
  }

  @ResolveField(() => SourceDocumentDto, { name: 'source', nullable: false, description: 'The original document' })
  async resolveSource(@Parent() report: ReportDto, @Context() { loaders }: LoadersContext): Promise<SourceDocumentDto> {
    const row = await loaders.sourceDocumentById.load(report.sourceDocumentId);
    if (!row) throw new Error(`Source document of report ${report.id} is missing`);

    return fromSourceDocumentRowToSourceDocumentDto(row, report.id);
  }

  @ResolveField(() => [ReportValueDto], { name: 'values', nullable: false, description: 'Every reported and derived value (or only `keys`)' })
  async resolveValues(@Parent() report: ReportDto, @Args() { keys }: ReportValuesArgs, @Context() { loaders }: LoadersContext): Promise<ReportValueDto[]> {
    const rows = await loaders.reportValues.load(report.id);
    const wanted = keys ? new Set(keys) : null;

    return rows.filter((row) => !wanted || wanted.has(row.metric_key)).map(fromReportValueRowToReportValueDto);
  }

  @ResolveField(() => [FindingDto], { name: 'findings', nullable: false, description: 'Failed consistency checks, one per problem' })
  async resolveFindings(@Parent() report: ReportDto, @Args() { severity, mode }: ReportFindingsArgs, @Context() { loaders }: LoadersContext): Promise<FindingDto[]> {
    const rows = await loaders.reportFindings.load(report.id);

    return rows.filter((row) => (!severity || row.severity === severity) && (!mode || row.modes.includes(mode))).map(fromFindingRowToFindingDto);
  }

  @ResolveField(() => [String], { name: 'failedRules', nullable: false, description: 'ERROR rules failing in strict mode + cross-year WARN rules that failed' })
  async resolveFailedRules(@Parent() report: ReportDto, @Context() { loaders }: LoadersContext): Promise<string[]> {
    return loaders.reportFailedRules.load(report.id);
  }

  @ResolveField(() => [ReportRegionChangeDto], { name: 'regionChanges', nullable: false, description: 'Every change of this report\'s region (reassignReportRegion), oldest first' })
  async resolveRegionChanges(@Parent() report: ReportDto, @Context() { loaders }: LoadersContext): Promise<ReportRegionChangeDto[]> {
    const rows = await loaders.reportRegionChanges.load(report.id);

    return rows.map((row) =>
      Object.assign(new ReportRegionChangeDto(), {
        id: row.id,
        report,
        fromRegion: toRegionDto(row.from_region_code) as RegionDto,
        toRegion: toRegionDto(row.to_region_code) as RegionDto,
        reason: row.reason,
        changedBy: row.changed_by,
        changedAt: new Date(row.changed_at).toISOString(),
      }),
    );
  }

  @ResolveField(() => ReportNarrativeDto, { name: 'narrative', nullable: true, description: "The report's text section by section; null for a report stored before the parser kept it (parser < 0.3.0)" })
  async resolveNarrative(@Parent() report: ReportDto, @Context() { loaders }: LoadersContext): Promise<ReportNarrativeDto | null> {
    const row = await loaders.reportNarrative.load(report.id);

    return row ? fromReportNarrativeRowToReportNarrativeDto(row) : null;
  }

  @ResolveField(() => [ReportDto], { name: 'versions', nullable: false, description: 'Every report of the same issuer and year, newest first (this one included)' })
  async resolveVersions(@Parent() report: ReportDto, @Context() { loaders }: LoadersContext): Promise<ReportDto[]> {
    const rows = await loaders.reportVersions.load({ issuerId: report.issuerId, year: report.year });

    return rows.map(fromReportRowToReportDto);
  }

  @ResolveField(() => [PageImageDto], { name: 'pageImages', nullable: false, description: 'The page images a scanned report was read from (empty for documents with a text layer)' })
  async resolvePageImages(@Parent() report: ReportDto): Promise<PageImageDto[]> {
    const rows = await this.reportsReadService.findPageImages(report.id);

    return rows.map((row) =>
      Object.assign(new PageImageDto(), { page: row.page, width: row.width, height: row.height, dpi: row.dpi, mediaType: row.media_type, url: `/api/reports/${report.id}/pages/${row.page}` }),
    );
  }
}
