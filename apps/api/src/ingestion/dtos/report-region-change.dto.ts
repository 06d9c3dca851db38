import { Field, ID, ObjectType } from '@nestjs/graphql';

import { RegionDto } from '../../regions/dtos/region.dto';
import { ReportDto } from '../../reports/dtos/report.dto';

@ObjectType('ReportRegionChange', { description: 'A stored report moved to another region (reassignReportRegion), with who and when.' })
export class ReportRegionChangeDto {
  @Field(() => ID, { nullable: false })
  id!: string;

  @Field(() => ReportDto, { nullable: false, description: 'The report as it is now (in its new region)' })
  report!: ReportDto;

  @Field(() => RegionDto, { nullable: false })
  fromRegion!: RegionDto;

  @Field(() => RegionDto, { nullable: false })
  toRegion!: RegionDto;

  @Field(() => String, { nullable: false })
  reason!: string;

  @Field(() => String, { nullable: false, description: 'The name of the token that asked' })
  changedBy!: string;

  @Field(() => String, { nullable: false, description: 'ISO timestamp' })
  changedAt!: string;
}
