import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type LoadersContext } from '../core/dataloader/types/loaders.type';
import { ReportDto } from '../reports/dtos/report.dto';
import { fromReportRowToReportDto } from '../reports/utils/from-report-row-to-report-dto.util';
import { CoverageEntryDto } from './dtos/coverage-entry.dto';

@Resolver(() => CoverageEntryDto)
export class CoverageEntryResolver {
  @ResolveField(() => ReportDto, { name: 'report', nullable: true })
  async resolveReport(@Parent() entry: CoverageEntryDto, @Context() { loaders }: LoadersContext): Promise<ReportDto | null> {
    if (!entry.reportId) return null;
    const row = await loaders.reportById.load(entry.reportId);

    return row ? fromReportRowToReportDto(row) : null;
  }
}
