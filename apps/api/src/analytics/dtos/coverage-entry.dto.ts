import { Field, Int, ObjectType } from '@nestjs/graphql';

import { type CoverageStatus, CoverageStatusEnum } from '../../core/graphql/enums/coverage-status.enum';
import { RegionDto } from '../../regions/dtos/region.dto';
import { ReportDto } from '../../reports/dtos/report.dto';

@ObjectType('CoverageEntry')
export class CoverageEntryDto {
  @Field(() => RegionDto, { nullable: false })
  region!: RegionDto;

  @Field(() => Int, { nullable: false })
  year!: number;

  @Field(() => CoverageStatusEnum, { nullable: false, description: 'missing > failing > late > filed (the worst applies)' })
  status!: CoverageStatus;

  @Field(() => Boolean, { nullable: false })
  late!: boolean;

  @Field(() => Boolean, { nullable: false })
  failing!: boolean;

  @Field(() => ReportDto, { nullable: true })
  report!: ReportDto | null;

  @Field(() => String, { nullable: true })
  publishedOn!: string | null;

  @Field(() => String, { nullable: false })
  deadline!: string;

  @Field(() => Int, { nullable: true, description: 'Days after the deadline (0 = on time); null when not filed or the date is unknown' })
  daysLate!: number | null;

  @Field(() => [String], { nullable: false })
  failedRules!: string[];

  /** For the field resolvers. */
  regionCode!: string;
  reportId!: string | null;
}
