import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { MetricDto } from '../../metrics/dtos/metric.dto';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';

@ObjectType('BoardCompositionShare', { description: "One part's sum and share of the whole in a year" })
export class BoardCompositionShareDto {
  @Field(() => String, { description: 'The part (a metric key of the catalogue)', nullable: false })
  metricKey!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Exact sum of the part over the counties counted' })
  value!: string | null;

  @Field(() => Float, { nullable: true, description: 'Fraction of the sum of the parts (6 places); null when the parts sum to 0 or no county counts' })
  share!: number | null;
}

@ObjectType('BoardCompositionYear', { description: 'The parts of one year, over the counties with every part known' })
export class BoardCompositionYearDto {
  @Field(() => Int, { description: 'Data year', nullable: false })
  year!: number;

  @Field(() => Int, { nullable: false, description: 'Counties with every part known: the only ones summed' })
  regionCount!: number;

  @Field(() => Int, { description: 'Counties of the prefecture', nullable: false })
  regionTotal!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Sum of the parts' })
  total!: string | null;

  @Field(() => Boolean, { nullable: false, description: 'Some report summed here is generated sample data' })
  sampleData!: boolean;

  @Field(() => [BoardCompositionShareDto], { nullable: false, description: 'In the order of parts' })
  shares!: BoardCompositionShareDto[];
}

@ObjectType('BoardComposition', { description: 'Parts that add up to a whole each year (outcome of requests, applicants, review and lawsuit outcomes), for 100 % stacked bars.' })
export class BoardCompositionDto {
  @Field(() => String, { nullable: false, description: 'outcomes | applicants | review_outcomes | suit_outcomes' })
  id!: string;

  @Field(() => String, { description: 'Name in Chinese', nullable: false })
  labelZh!: string;

  @Field(() => String, { description: 'Name in English', nullable: false })
  labelEn!: string;

  @Field(() => [MetricDto], { nullable: false, description: 'The parts, from the metric catalogue' })
  parts!: MetricDto[];

  @Field(() => [BoardCompositionYearDto], { description: 'The parts per year', nullable: false })
  years!: BoardCompositionYearDto[];
}
