import { Field, ObjectType } from '@nestjs/graphql';

import { MetricDto } from '../../metrics/dtos/metric.dto';
import { RegionDto } from '../../regions/dtos/region.dto';
import { SeriesPointDto } from './series-point.dto';

@ObjectType('Series', { description: 'One region\'s values of a metric, one point per year in which the metric exists.' })
export class SeriesDto {
  @Field(() => RegionDto, { nullable: false, description: 'The region' })
  region!: RegionDto;

  @Field(() => MetricDto, { nullable: false, description: 'The metric' })
  metric!: MetricDto;

  @Field(() => [SeriesPointDto], { nullable: false, description: 'One point per year, oldest first' })
  points!: SeriesPointDto[];
}
