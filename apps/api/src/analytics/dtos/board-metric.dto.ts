import { Field, Int, ObjectType } from '@nestjs/graphql';

import { MetricDto } from '../../metrics/dtos/metric.dto';
import { BoardCountySeriesDto } from './board-county-series.dto';
import { BoardRankingEntryDto } from './board-ranking-entry.dto';
import { BoardTotalDto } from './board-total.dto';

@ObjectType('BoardMetric', { description: 'One metric of a board family: the prefecture total per year, each county, the ranking.' })
export class BoardMetricDto {
  @Field(() => MetricDto, { description: 'The metric (catalogue entry)', nullable: false })
  metric!: MetricDto;

  @Field(() => Int, { nullable: true, description: 'First year of the range in which the metric exists (its template carries it)' })
  yearsFrom!: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year of the range in which the metric exists: 2020 for a 2019-template-only metric' })
  yearsTo!: number | null;

  @Field(() => [BoardTotalDto], { description: 'The prefecture total per year', nullable: false })
  totals!: BoardTotalDto[];

  @Field(() => [BoardCountySeriesDto], { nullable: false, description: "Every unit in code order: the prefecture's counties, or on a province's board its prefectures (each summed from its counties, change like for like over them)" })
  counties!: BoardCountySeriesDto[];

  @Field(() => Int, { nullable: true, description: 'The year the ranking is of (yearsTo)' })
  rankYear!: number | null;

  @Field(() => [BoardRankingEntryDto], { nullable: false, description: 'Ranked counties first, then those without a value' })
  ranking!: BoardRankingEntryDto[];
}
