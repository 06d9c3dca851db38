import { Field, Int, ObjectType } from '@nestjs/graphql';

import { type CoverageStatus, CoverageStatusEnum } from '../../core/graphql/enums/coverage-status.enum';
import { type PublicationStatus, PublicationStatusEnum } from '../../core/graphql/enums/publication-status.enum';
import { type ReportQuality, ReportQualityEnum } from '../../core/graphql/enums/report-quality.enum';
import { RegionDto } from '../../regions/dtos/region.dto';
import { ReportDto } from '../../reports/dtos/report.dto';
import { ReportContactDto } from './report-contact.dto';
import { SiteCheckDto } from './site-check.dto';

@ObjectType('CoverageEntry', { description: 'One region and year of coverage: publication, quality and evidence.' })
export class CoverageEntryDto {
  @Field(() => RegionDto, { nullable: false, description: 'The region' })
  region!: RegionDto;

  @Field(() => Int, { nullable: false, description: 'The data year' })
  year!: number;

  @Field(() => PublicationStatusEnum, { nullable: false, description: 'What is known about the publication (the truth; replaces status/late)' })
  publication!: PublicationStatus;

  @Field(() => ReportQualityEnum, { nullable: false, description: 'The checks of the held report (the truth; replaces status/failing)' })
  quality!: ReportQuality;

  @Field(() => [SiteCheckDto], { nullable: false, description: "Checks of the body's official site for this year, newest first (recordSiteCheck and harvest results)" })
  evidence!: SiteCheckDto[];

  @Field(() => ReportContactDto, { nullable: true, description: "The contact the region's newest held report (any year) states; null when no report is held" })
  contact!: ReportContactDto | null;

  @Field(() => CoverageStatusEnum, {
    nullable: false,
    description: 'missing > failing > late > filed (the worst applies)',
    deprecationReason: 'Says missing for "not in this database" and filed for a report without a date: use publication and quality.',
  })
  status!: CoverageStatus;

  @Field(() => Boolean, { nullable: false, deprecationReason: 'False for a report without a date: use publication (late, date_unknown).', description: 'The held report was published after the deadline' })
  late!: boolean;

  @Field(() => Boolean, { nullable: false, deprecationReason: 'Use quality (failing, needs_review).', description: 'The held report fails a rule' })
  failing!: boolean;

  @Field(() => ReportDto, { nullable: true, description: 'The report that stands for the region that year; null when none is held' })
  report!: ReportDto | null;

  @Field(() => String, { nullable: true, description: 'Publication date the held report states (ISO date); null when it states none or none is held' })
  publishedOn!: string | null;

  @Field(() => String, { nullable: false, description: 'Statutory publication deadline (ISO date): 31 March (governments) or 31 January (departments) of the next year' })
  deadline!: string;

  @Field(() => Int, { nullable: true, description: 'Days after the deadline (0 = on time); null when not filed or the date is unknown' })
  daysLate!: number | null;

  @Field(() => [String], { nullable: false, description: 'Ids of the rules the held report fails (as Report.failedRules); empty without a report' })
  failedRules!: string[];

  /** For the field resolvers. */
  regionCode!: string;
  reportId!: string | null;
}
