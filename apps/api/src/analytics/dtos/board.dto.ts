import { Field, Int, ObjectType } from '@nestjs/graphql';

import { RegionDto } from '../../regions/dtos/region.dto';
import { BoardFamilyDto } from './board-family.dto';

@ObjectType('Board', { description: "A prefecture's board: its counties' 行政许可, 行政处罚和行政强制, 政府集中采购 and 政府信息公开申请 year over year." })
export class BoardDto {
  @Field(() => RegionDto, { nullable: false })
  parent!: RegionDto;

  @Field(() => Int, { nullable: false })
  yearFrom!: number;

  @Field(() => Int, { nullable: false })
  yearTo!: number;

  @Field(() => [RegionDto], { nullable: false, description: 'The counties, in code order' })
  regions!: RegionDto[];

  @Field(() => [BoardFamilyDto], { nullable: false })
  families!: BoardFamilyDto[];
}
