import { Field, ObjectType } from '@nestjs/graphql';

import { MetricDto } from '../../metrics/dtos/metric.dto';
import { RegionDto } from '../../regions/dtos/region.dto';
import { SeriesPointDto } from './series-point.dto';

@ObjectType('Series')
export class SeriesDto {
  @Field(() => RegionDto, { nullable: false })
  region!: RegionDto;

  @Field(() => MetricDto, { nullable: false })
  metric!: MetricDto;

  @Field(() => [SeriesPointDto], { nullable: false })
  points!: SeriesPointDto[];
}
