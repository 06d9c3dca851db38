import { UseFilters } from '@nestjs/common';
import { Args, Context, Info, Mutation, Resolver } from '@nestjs/graphql';

import { type GraphQLResolveInfo } from 'graphql';

import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { Roles } from '../../auth/decorators/roles.decorator';
import { type AuthContext } from '../../auth/types/auth-context.type';
import { type LoadersContext } from '../../core/dataloader/types/loaders.type';
import { AnalyticsExceptionFilter } from '../analytics-exception.filter';
import { AnalyticsService } from '../analytics.service';
import { CoverageEntryDto } from '../dtos/coverage-entry.dto';
import { fillCoverageReports } from '../utils/fill-coverage-reports.util';
import { fromCoverageResultRowToCoverageEntryDto } from '../utils/from-coverage-result-row-to-coverage-entry-dto.util';
import { RecordSiteCheckInput } from './record-site-check.input';
import { SiteChecksService } from './site-checks.service';

@Resolver()
@Roles('admin', 'editor')
@UseFilters(AnalyticsExceptionFilter)
export class SiteChecksResolver {
  constructor(
    private readonly siteChecksService: SiteChecksService,
    private readonly analyticsService: AnalyticsService,
  ) {}

  @Mutation(() => CoverageEntryDto, {
    name: 'recordSiteCheck',
    description: "Record a look at the body's official site for a data year's report (admin, or editor in region scope); answers the updated coverage entry.",
  })
  async recordSiteCheck(
    @CurrentAuth() auth: AuthContext,
    @Args('input', { type: () => RecordSiteCheckInput, description: 'Region, year, address, result and note of the check' }) input: RecordSiteCheckInput,
    @Context() { loaders }: LoadersContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CoverageEntryDto> {
    const { regionCode } = await this.siteChecksService.record(input, auth);
    const [entry] = await this.analyticsService.coverage({ regionCodes: [regionCode], yearFrom: input.year, yearTo: input.year, withContact: true });
    if (!entry) throw new Error(`No coverage entry for ${regionCode} ${input.year}`);

    const dto = fromCoverageResultRowToCoverageEntryDto(entry);
    await fillCoverageReports([dto], info, loaders);

    return dto;
  }
}
