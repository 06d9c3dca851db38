import { Field, ObjectType } from '@nestjs/graphql';

import { IngestStatusEnum } from '../../core/graphql/enums/ingest-status.enum';
import { ReportDto } from '../../reports/dtos/report.dto';
import { type IngestStatus } from '@gongkai/report-store';
import { IngestErrorDto } from './ingest-error.dto';

@ObjectType('IngestResult')
export class IngestResultDto {
  @Field(() => String, { nullable: false })
  fileName!: string;

  @Field(() => IngestStatusEnum, { nullable: false })
  status!: IngestStatus;

  @Field(() => ReportDto, { nullable: true, description: 'The stored report (also for duplicate); null when rejected' })
  report!: ReportDto | null;

  @Field(() => IngestErrorDto, { nullable: true })
  error!: IngestErrorDto | null;
}
