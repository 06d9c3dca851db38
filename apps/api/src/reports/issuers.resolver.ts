import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type LoadersContext } from '../core/dataloader/types/loaders.type';
import { RegionDto } from '../regions/dtos/region.dto';
import { fromRegionRowToRegionDto } from '../regions/utils/from-region-row-to-region-dto.util';
import { IssuerDto } from './dtos/issuer.dto';

@Resolver(() => IssuerDto)
export class IssuersResolver {
  @ResolveField(() => RegionDto, { name: 'region', nullable: true, description: 'The region the body belongs to' })
  async resolveRegion(@Parent() issuer: IssuerDto, @Context() { loaders }: LoadersContext): Promise<RegionDto | null> {
    const row = await loaders.regionByCode.load(issuer.regionCode);

    return row ? fromRegionRowToRegionDto(row) : null;
  }
}
