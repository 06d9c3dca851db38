import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { type Comparability } from '@gongkai/domain';

import { ComparabilityEnum } from '../../core/graphql/enums/comparability.enum';
import { type PointState, PointStateEnum } from '../../core/graphql/enums/point-state.enum';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';
import { RegionDto } from '../../regions/dtos/region.dto';

@ObjectType('RankingEntry', { description: 'One region of a ranking.' })
export class RankingEntryDto {
  @Field(() => Int, { nullable: true, description: 'Competition rank (1, 2, 2, 4); null when no value' })
  rank!: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank among the same regions in the previous year' })
  previousRank!: number | null;

  @Field(() => RegionDto, { nullable: false, description: 'The region' })
  region!: RegionDto;

  @Field(() => ID, { nullable: true, description: 'The report the value comes from; null without one' })
  reportId!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The exact value; null for a gap' })
  value!: string | null;

  @Field(() => PointStateEnum, { nullable: false, description: 'State of the value (missing = no current report)' })
  state!: PointState;

  @Field(() => DecimalScalar, { nullable: true, description: 'The value of the year before' })
  previousValue!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'value − previousValue, exact; null next to a gap or at a break' })
  change!: string | null;

  @Field(() => Float, { nullable: true, description: 'change ÷ |previousValue| × 100 (6 decimals); null when previous is 0 or null, or at a break' })
  changePct!: number | null;

  @Field(() => Float, { nullable: true, description: 'Ratio metrics: change in percentage points; null otherwise' })
  changePp!: number | null;

  @Field(() => ComparabilityEnum, { nullable: true, description: 'Of the step from the year before; null when either year has no report' })
  comparability!: Comparability | null;
}
