import { Field, Int, ObjectType } from '@nestjs/graphql';

import { RegionDto } from '../../regions/dtos/region.dto';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';

@ObjectType('BoardLikeForLike', { description: "The like-for-like step (同口径) of a board total: the counties with a known value in both years, and both years' totals over them." })
export class BoardLikeForLikeDto {
  @Field(() => Int, { description: 'The earlier year of the step', nullable: false })
  fromYear!: number;

  @Field(() => Int, { description: 'The later year of the step', nullable: false })
  toYear!: number;

  @Field(() => Int, { nullable: false, description: 'Counties with a known value in both years: the only ones the change is computed over' })
  regionCount!: number;

  @Field(() => [RegionDto], { nullable: false, description: 'Counties with a known value in only one of the two years, left out of the change' })
  excludedRegions!: RegionDto[];

  @Field(() => DecimalScalar, { nullable: true, description: 'The later year over the step counties' })
  value!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The earlier year over the same counties' })
  previousValue!: string | null;
}
