import { UseFilters } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { type LoadersContext } from '../core/dataloader/types/loaders.type';
import { FindingConnectionDto } from './dtos/finding-connection.dto';
import { FindingDto } from './dtos/finding.dto';
import { FindingsArgs } from './dtos/findings.args';
import { ReportDto } from './dtos/report.dto';
import { ReportReadExceptionFilter } from './report-read-exception.filter';
import { ReportsReadService } from './reports-read.service';
import { fromFindingRowToFindingDto } from './utils/from-finding-row-to-finding-dto.util';
import { fromReportRowToReportDto } from './utils/from-report-row-to-report-dto.util';

@Resolver(() => FindingDto)
@UseFilters(ReportReadExceptionFilter)
export class FindingsResolver {
  constructor(private readonly reportsReadService: ReportsReadService) {}

  @Query(() => FindingConnectionDto, { name: 'findings', description: 'Findings of current reports (data quality list); first ≤ 100.' })
  async getFindings(@Args() args: FindingsArgs): Promise<FindingConnectionDto> {
    const page = await this.reportsReadService.listFindings(args.first, args.after, args.where);

    return {
      edges: page.items.map(({ cursor, row }) => ({ cursor, node: fromFindingRowToFindingDto(row) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @ResolveField(() => ReportDto, { name: 'report', nullable: false, description: 'The report that fails the rule' })
  async resolveReport(@Parent() finding: FindingDto, @Context() { loaders }: LoadersContext): Promise<ReportDto> {
    const row = await loaders.reportById.load(finding.reportId);
    if (!row) throw new Error(`Report ${finding.reportId} of finding ${finding.id} is missing`);

    return fromReportRowToReportDto(row);
  }
}
