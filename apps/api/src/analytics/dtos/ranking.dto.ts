import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { MetricDto } from '../../metrics/dtos/metric.dto';
import { RankingEntryDto } from './ranking-entry.dto';

@ObjectType('Ranking')
export class RankingDto {
  @Field(() => MetricDto, { nullable: false })
  metric!: MetricDto;

  @Field(() => Int, { nullable: false })
  year!: number;

  @Field(() => [RankingEntryDto], { nullable: false, description: 'Every region of the selection, ranked ones first' })
  entries!: RankingEntryDto[];

  @Field(() => Int, { nullable: false, description: 'Regions with a value (the population of the statistics below)' })
  count!: number;

  @Field(() => Float, { nullable: true })
  median!: number | null;

  @Field(() => Float, { nullable: true })
  q1!: number | null;

  @Field(() => Float, { nullable: true })
  q3!: number | null;

  @Field(() => Float, { nullable: true })
  min!: number | null;

  @Field(() => Float, { nullable: true })
  max!: number | null;
}
