import { UseFilters } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentAuth } from '../auth/decorators/current-auth.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { type AuthContext } from '../auth/types/auth-context.type';
import { AnalyticsExceptionFilter } from '../analytics/analytics-exception.filter';
import { HarvestRunDto, HarvestSiteImportDto } from './dtos/harvest-run.dto';
import { HarvestSiteDto } from './dtos/harvest-site.dto';
import { HarvestService } from './harvest.service';

@Resolver()
@UseFilters(AnalyticsExceptionFilter)
export class HarvestResolver {
  constructor(private readonly harvest: HarvestService) {}

  @Query(() => [HarvestSiteDto], {
    name: 'harvestSites',
    description: "The registered annual-report columns of a prefecture (itself and its counties) or of one county, each with its newest check of the data year and when the schedule looks next.",
  })
  harvestSites(
    @Args('parentCode', { type: () => String, description: 'A prefecture or county code (GB/T 2260; a former code is resolved)' }) parentCode: string,
    @Args('year', { type: () => Int, description: 'The data year whose report is looked for' }) year: number,
  ): Promise<HarvestSiteDto[]> {
    return this.harvest.sites(parentCode, year);
  }

  @Query(() => [HarvestRunDto], { name: 'harvestRuns', description: 'The newest harvest runs that checked a site of the region, with each of those sites’ results.' })
  harvestRuns(
    @Args('parentCode', { type: () => String, description: 'A prefecture or county code' }) parentCode: string,
    @Args('first', { type: () => Int, defaultValue: 10, description: 'How many runs, newest first (1 to 100)' }) first: number,
  ): Promise<HarvestRunDto[]> {
    return this.harvest.runs(parentCode, first);
  }

  @Mutation(() => HarvestSiteImportDto, {
    name: 'importHarvestSites',
    description: 'Registers sites from a CSV list `region_code,url[,issuer]` (admin, or editor for regions in scope). All or nothing: a bad line refuses the list, naming every bad line.',
  })
  @Roles('admin', 'editor')
  async importHarvestSites(@CurrentAuth() auth: AuthContext, @Args('csv', { type: () => String, description: 'The list, one site per line; a header line is allowed' }) csv: string): Promise<HarvestSiteImportDto> {
    const sites = await this.harvest.importSites(csv, auth);

    return { saved: sites.length, sites };
  }

  @Mutation(() => Boolean, { name: 'removeHarvestSite', description: 'Removes a site from the registry, with its checks (admin, or editor in scope).' })
  @Roles('admin', 'editor')
  async removeHarvestSite(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID, description: 'The site id' }) id: string): Promise<boolean> {
    await this.harvest.removeSite(id, auth);

    return true;
  }

  @Query(() => HarvestRunDto, { name: 'harvestRun', nullable: true, description: 'One harvest run with every site’s result; null when there is no such run.' })
  harvestRun(@Args('id', { type: () => ID, description: 'The run id (startHarvest answers it)' }) id: string): Promise<HarvestRunDto | null> {
    return this.harvest.run(id);
  }

  @Mutation(() => HarvestRunDto, {
    name: 'startHarvest',
    description:
      "Checks registered sites for the year's report now (admin, or editor in scope): every site of `parentCode`, or the sites `siteIds` names. The run goes on in the background; ask harvestRun or harvestRuns for its progress.",
  })
  @Roles('admin', 'editor')
  startHarvest(
    @CurrentAuth() auth: AuthContext,
    @Args('year', { type: () => Int, description: 'The data year' }) year: number,
    @Args('parentCode', { type: () => String, nullable: true, description: 'A prefecture or county code: all of its registered sites' }) parentCode?: string | null,
    @Args('siteIds', { type: () => [ID], nullable: true, description: 'These registered sites only (instead of parentCode)' }) siteIds?: string[] | null,
  ): Promise<HarvestRunDto> {
    return this.harvest.start({ parentCode, siteIds, year }, auth);
  }
}
