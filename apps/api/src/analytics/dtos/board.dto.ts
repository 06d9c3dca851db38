import { Field, Int, ObjectType } from '@nestjs/graphql';

import { type RegionLevel } from '@gongkai/domain';

import { RegionLevelEnum } from '../../core/graphql/enums/region-level.enum';
import { RegionDto } from '../../regions/dtos/region.dto';
import { BoardFamilyDto } from './board-family.dto';

@ObjectType('Board', { description: "A prefecture's board: its counties' 行政许可, 行政处罚和行政强制, 政府集中采购 and 政府信息公开申请 year over year." })
export class BoardDto {
  @Field(() => RegionDto, { description: 'The prefecture (or province) the board is of', nullable: false })
  parent!: RegionDto;

  @Field(() => Int, { description: 'First data year', nullable: false })
  yearFrom!: number;

  @Field(() => Int, { description: 'Last data year', nullable: false })
  yearTo!: number;

  @Field(() => RegionLevelEnum, { nullable: false, description: "Level of the units of the series and rankings: county, or prefecture on a province's board" })
  level!: RegionLevel;

  @Field(() => [RegionDto], { nullable: false, description: "The units, in code order: the counties, or a province's prefectures (and counties directly under it)" })
  regions!: RegionDto[];

  @Field(() => Int, { nullable: false, description: 'Counties the totals and compositions are computed over' })
  countyCount!: number;

  @Field(() => [BoardFamilyDto], { description: 'The four families: 行政许可, 行政处罚和行政强制, 政府集中采购, 政府信息公开申请', nullable: false })
  families!: BoardFamilyDto[];
}
