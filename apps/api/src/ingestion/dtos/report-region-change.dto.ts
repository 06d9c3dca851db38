import { Field, ID, ObjectType } from '@nestjs/graphql';

import { RegionDto } from '../../regions/dtos/region.dto';
import { ReportDto } from '../../reports/dtos/report.dto';

@ObjectType('ReportRegionChange', { description: 'A stored report moved to another region (reassignReportRegion), with who and when.' })
export class ReportRegionChangeDto {
  @Field(() => ID, { nullable: false, description: 'Stable id of the change' })
  id!: string;

  @Field(() => ReportDto, { nullable: false, description: 'The report as it is now (in its new region)' })
  report!: ReportDto;

  @Field(() => RegionDto, { nullable: false, description: 'The region before the change' })
  fromRegion!: RegionDto;

  @Field(() => RegionDto, { nullable: false, description: 'The region after the change' })
  toRegion!: RegionDto;

  @Field(() => String, { nullable: false, description: 'Why, as given' })
  reason!: string;

  @Field(() => String, { nullable: false, description: 'The name of the token that asked' })
  changedBy!: string;

  @Field(() => String, { nullable: false, description: 'ISO timestamp' })
  changedAt!: string;
}
