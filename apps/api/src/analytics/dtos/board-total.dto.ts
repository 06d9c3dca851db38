import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { type Comparability } from '@gongkai/domain';

import { ComparabilityEnum } from '../../core/graphql/enums/comparability.enum';
import { type PointState, PointStateEnum } from '../../core/graphql/enums/point-state.enum';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';
import { BoardLikeForLikeDto } from './board-like-for-like.dto';

@ObjectType('BoardTotal', { description: "The prefecture's total of a board metric in one year, with the like-for-like change from the year before." })
export class BoardTotalDto {
  @Field(() => Int, { description: 'Data year', nullable: false })
  year!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Exact sum over the counties with a known value (a rate: Σ numerator ÷ Σ denominator); null when none, or for a rate that divides by 0' })
  value!: string | null;

  @Field(() => PointStateEnum, { nullable: false, description: 'number; undefined (a rate with nothing to divide); missing (no county has a value)' })
  state!: PointState;

  @Field(() => Int, { nullable: false, description: 'Counties the value is summed over' })
  regionCount!: number;

  @Field(() => Int, { nullable: false, description: 'Counties of the prefecture' })
  regionTotal!: number;

  @Field(() => DecimalScalar, { nullable: true, description: "Median of the counties' values (exact; the mean of the middle two for an even count)" })
  median!: string | null;

  @Field(() => Boolean, { nullable: false, description: 'Some report summed here is generated sample data' })
  sampleData!: boolean;

  @Field(() => BoardLikeForLikeDto, { nullable: true, description: 'The step from the year before; null for the first year of the metric in the range' })
  likeForLike!: BoardLikeForLikeDto | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Like-for-like change: likeForLike.value − likeForLike.previousValue; null across a break' })
  change!: string | null;

  @Field(() => Float, { nullable: true, description: 'Like-for-like change in % of |previous|' })
  changePct!: number | null;

  @Field(() => Float, { nullable: true, description: 'Like-for-like change in percentage points, rates only' })
  changePp!: number | null;

  @Field(() => ComparabilityEnum, { nullable: true, description: 'The least comparable step of the counties compared; null without a step' })
  comparability!: Comparability | null;
}
