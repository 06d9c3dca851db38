import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { MetricDto } from '../../metrics/dtos/metric.dto';
import { RankingEntryDto } from './ranking-entry.dto';

@ObjectType('Ranking', { description: 'Regions ranked by a metric in a year, with quartiles over the known values.' })
export class RankingDto {
  @Field(() => MetricDto, { nullable: false, description: 'The metric ranked' })
  metric!: MetricDto;

  @Field(() => Int, { nullable: false, description: 'The data year ranked' })
  year!: number;

  @Field(() => [RankingEntryDto], { nullable: false, description: 'Every region of the selection, ranked ones first' })
  entries!: RankingEntryDto[];

  @Field(() => Int, { nullable: false, description: 'Regions with a value (the population of the statistics below)' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Median of the known values (linear interpolation); null when nobody has one' })
  median!: number | null;

  @Field(() => Float, { nullable: true, description: 'First quartile of the known values; null when nobody has one' })
  q1!: number | null;

  @Field(() => Float, { nullable: true, description: 'Third quartile of the known values; null when nobody has one' })
  q3!: number | null;

  @Field(() => Float, { nullable: true, description: 'Smallest known value; null when nobody has one' })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest known value; null when nobody has one' })
  max!: number | null;
}
