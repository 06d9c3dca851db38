import { Field, ObjectType } from '@nestjs/graphql';

import { RegionDto } from '../../regions/dtos/region.dto';
import { BoardPointDto } from './board-point.dto';

@ObjectType('BoardCountySeries', { description: "One county's series of a board metric: a small multiple of the board, the lead of its profile." })
export class BoardCountySeriesDto {
  @Field(() => RegionDto, { description: 'The county (on a province\'s board: the prefecture)', nullable: false })
  region!: RegionDto;

  @Field(() => [BoardPointDto], { nullable: false, description: 'One point per year in which the metric exists' })
  points!: BoardPointDto[];
}
