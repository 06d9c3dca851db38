import { Field, Int, ObjectType } from '@nestjs/graphql';

import { IngestStatusEnum } from '../../core/graphql/enums/ingest-status.enum';
import { ReportDto } from '../../reports/dtos/report.dto';
import { type IngestStatus } from '@gongkai/report-store';
import { IngestErrorDto } from './ingest-error.dto';
import { ReplacedReportDto } from './replaced-report.dto';

@ObjectType('IngestResult', { description: 'What an upload did with one document and what was stored.' })
export class IngestResultDto {
  @Field(() => String, { nullable: false, description: 'The file name as uploaded' })
  fileName!: string;

  @Field(() => IngestStatusEnum, { nullable: false, description: 'ingested, duplicate, superseded or rejected' })
  status!: IngestStatus;

  @Field(() => ReportDto, { nullable: true, description: 'The stored report (also for duplicate); null when rejected' })
  report!: ReportDto | null;

  @Field(() => IngestErrorDto, { nullable: true, description: 'Why the document was rejected; null when stored' })
  error!: IngestErrorDto | null;

  @Field(() => ReplacedReportDto, { nullable: true, description: 'The report this upload superseded (status superseded); null otherwise' })
  replaced!: ReplacedReportDto | null;

  @Field(() => Int, { nullable: true, description: "Distinct problems found in the stored report (a rule failing in both modes counts once); null when rejected" })
  findingCount!: number | null;

  @Field(() => String, { nullable: true, description: "The dashboard's page of the stored report (path, e.g. /report/<id>); null when rejected" })
  reportUrl!: string | null;
}
