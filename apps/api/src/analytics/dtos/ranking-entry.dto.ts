import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { type Comparability } from '@gongkai/domain';

import { ComparabilityEnum } from '../../core/graphql/enums/comparability.enum';
import { type PointState, PointStateEnum } from '../../core/graphql/enums/point-state.enum';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';
import { RegionDto } from '../../regions/dtos/region.dto';

@ObjectType('RankingEntry')
export class RankingEntryDto {
  @Field(() => Int, { nullable: true, description: 'Competition rank (1, 2, 2, 4); null when no value' })
  rank!: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank among the same regions in the previous year' })
  previousRank!: number | null;

  @Field(() => RegionDto, { nullable: false })
  region!: RegionDto;

  @Field(() => ID, { nullable: true })
  reportId!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  value!: string | null;

  @Field(() => PointStateEnum, { nullable: false })
  state!: PointState;

  @Field(() => DecimalScalar, { nullable: true })
  previousValue!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  change!: string | null;

  @Field(() => Float, { nullable: true })
  changePct!: number | null;

  @Field(() => Float, { nullable: true })
  changePp!: number | null;

  @Field(() => ComparabilityEnum, { nullable: true })
  comparability!: Comparability | null;
}
