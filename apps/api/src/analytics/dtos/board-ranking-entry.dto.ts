import { Field, Int, ObjectType } from '@nestjs/graphql';

import { type Comparability } from '@gongkai/domain';

import { ComparabilityEnum } from '../../core/graphql/enums/comparability.enum';
import { type PointState, PointStateEnum } from '../../core/graphql/enums/point-state.enum';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';
import { RegionDto } from '../../regions/dtos/region.dto';

@ObjectType('BoardRankingEntry', { description: "A county's place in a board metric's ranking of the latest year (rankYear)." })
export class BoardRankingEntryDto {
  @Field(() => RegionDto, { nullable: false })
  region!: RegionDto;

  @Field(() => Int, { nullable: true, description: 'Competition rank, largest first; null without a value' })
  rank!: number | null;

  @Field(() => Int, { nullable: true })
  previousRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'previousRank − rank (positive: moved up); null across a break' })
  rankChange!: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  value!: string | null;

  @Field(() => PointStateEnum, { nullable: false })
  state!: PointState;

  @Field(() => ComparabilityEnum, { nullable: true })
  comparability!: Comparability | null;

  @Field(() => Boolean, { nullable: false })
  sampleData!: boolean;
}
