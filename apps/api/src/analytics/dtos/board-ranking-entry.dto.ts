import { Field, Int, ObjectType } from '@nestjs/graphql';

import { type Comparability } from '@gongkai/domain';

import { ComparabilityEnum } from '../../core/graphql/enums/comparability.enum';
import { type PointState, PointStateEnum } from '../../core/graphql/enums/point-state.enum';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';
import { RegionDto } from '../../regions/dtos/region.dto';

@ObjectType('BoardRankingEntry', { description: "A county's place in a board metric's ranking of the latest year (rankYear)." })
export class BoardRankingEntryDto {
  @Field(() => RegionDto, { description: 'The county (on a province\'s board: the prefecture)', nullable: false })
  region!: RegionDto;

  @Field(() => Int, { nullable: true, description: 'Competition rank, largest first; null without a value' })
  rank!: number | null;

  @Field(() => Int, { description: 'The rank of the year before', nullable: true })
  previousRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'previousRank − rank (positive: moved up); null across a break' })
  rankChange!: number | null;

  @Field(() => DecimalScalar, { description: 'Exact value in rankYear (a rate is a fraction)', nullable: true })
  value!: string | null;

  @Field(() => PointStateEnum, { description: 'What the value is (number, blank, undefined, no report …)', nullable: false })
  state!: PointState;

  @Field(() => ComparabilityEnum, { description: 'Of the step from the year before (same, approximate, break)', nullable: true })
  comparability!: Comparability | null;

  @Field(() => Boolean, { description: 'The value\'s report is generated sample data', nullable: false })
  sampleData!: boolean;
}
