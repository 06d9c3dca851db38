import { UseFilters } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { type LoadersContext } from '../core/dataloader/types/loaders.type';
import { RegionDto } from './dtos/region.dto';
import { RegionChildrenArgs } from './dtos/region-children.args';
import { RegionsArgs } from './dtos/regions.args';
import { RegionExceptionFilter } from './region-exception.filter';
import { RegionsService } from './regions.service';
import { fromRegionRowToRegionDto } from './utils/from-region-row-to-region-dto.util';

@Resolver(() => RegionDto)
@UseFilters(RegionExceptionFilter)
export class RegionsResolver {
  constructor(private readonly regionsService: RegionsService) {}

  @Query(() => [RegionDto], { name: 'regions', description: 'No arguments → provinces; parentCode → children; search → names (≤ 50).' })
  async getRegions(@Args() args: RegionsArgs): Promise<RegionDto[]> {
    const rows = await this.regionsService.list(args);

    return rows.map(fromRegionRowToRegionDto);
  }

  @Query(() => RegionDto, { name: 'region', nullable: true, description: 'By current or historical code' })
  async getRegion(@Args('code', { type: () => String, description: 'Current or former GB/T 2260 code' }) code: string): Promise<RegionDto | null> {
    const row = await this.regionsService.findByCode(code);

    return row ? fromRegionRowToRegionDto(row) : null;
  }

  @ResolveField(() => RegionDto, { name: 'parent', nullable: true, description: 'The region above; null for a province' })
  async resolveParent(@Parent() region: RegionDto, @Context() { loaders }: LoadersContext): Promise<RegionDto | null> {
    if (!region.parentCode) return null;
    const row = await loaders.regionByCode.load(region.parentCode);

    return row ? fromRegionRowToRegionDto(row) : null;
  }

  @ResolveField(() => [RegionDto], { name: 'children', nullable: false, description: 'Direct children, or with level every descendant at that level' })
  async resolveChildren(@Parent() region: RegionDto, @Args() { level }: RegionChildrenArgs, @Context() { loaders }: LoadersContext): Promise<RegionDto[]> {
    const rows = await loaders.regionChildren.load({ code: region.code, level: level ?? null });

    return rows.map(fromRegionRowToRegionDto);
  }

  @ResolveField(() => [String], { name: 'formerNames', nullable: false, description: 'Earlier names of this region' })
  async resolveFormerNames(@Parent() region: RegionDto, @Context() { loaders }: LoadersContext): Promise<string[]> {
    const aliases = await loaders.regionAliases.load(region.code);

    return aliases.filter((a) => a.kind === 'name').map((a) => a.alias);
  }

  @ResolveField(() => [String], { name: 'formerCodes', nullable: false, description: 'Earlier codes of this region (they resolve to it)' })
  async resolveFormerCodes(@Parent() region: RegionDto, @Context() { loaders }: LoadersContext): Promise<string[]> {
    const aliases = await loaders.regionAliases.load(region.code);

    return aliases.filter((a) => a.kind === 'code').map((a) => a.alias);
  }
}
