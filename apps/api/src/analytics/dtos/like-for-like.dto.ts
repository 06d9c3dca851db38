import { Field, Int, ObjectType } from '@nestjs/graphql';

import { RegionDto } from '../../regions/dtos/region.dto';

@ObjectType('LikeForLike', {
  description:
    'The like-for-like step a row belongs to (同口径): the regions with a known value of the metric in both years. The same on every row of that step and region group, whatever the template or issuer kind of the row.',
})
export class LikeForLikeDto {
  @Field(() => Int, { nullable: false, description: 'The earlier year of the step (the row of yearFrom belongs to the step yearFrom → yearFrom + 1)' })
  fromYear!: number;

  @Field(() => Int, { nullable: false, description: 'The later year of the step' })
  toYear!: number;

  @Field(() => Int, { nullable: false, description: 'Regions with a known value in both years: the only ones this row is computed over' })
  regionCount!: number;

  @Field(() => [RegionDto], { nullable: false, description: 'Regions with a known value in only one of the two years, left out of both (by code)' })
  excludedRegions!: RegionDto[];
}
