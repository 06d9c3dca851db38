import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { type IssuerKind, type ReportScope, type TemplateId } from '@gongkai/domain';

import { type ReportQuality, ReportQualityEnum } from '../../core/graphql/enums/report-quality.enum';
import { ReportScopeEnum } from '../../core/graphql/enums/report-scope.enum';
import { type ReportStatus, ReportStatusEnum } from '../../core/graphql/enums/report-status.enum';
import { TemplateVersionEnum } from '../../core/graphql/enums/template-version.enum';
import { OcrSummaryDto } from './ocr-summary.dto';

@ObjectType('Report', { description: 'One parsed annual report. issuer, region, source, values, findings, failedRules and versions are field resolvers.' })
export class ReportDto {
  @Field(() => ID, { nullable: false, description: 'Stable id of the report' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Title as printed' })
  title!: string | null;

  @Field(() => Int, { nullable: false, description: 'Data year (not the publication year)' })
  year!: number;

  @Field(() => TemplateVersionEnum, { nullable: false, description: 'gb2019, gb2021 or nonstandard' })
  template!: TemplateId;

  @Field(() => ReportScopeEnum, { nullable: false, description: 'self, aggregate or unknown (spec D20)' })
  scope!: ReportScope;

  @Field(() => ReportStatusEnum, { nullable: false, description: 'current or superseded' })
  status!: ReportStatus;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  publishedOn!: string | null;

  @Field(() => String, { nullable: false, description: 'Statutory deadline for this issuer kind: government 03-31, department 01-31 of year+1' })
  deadline!: string;

  @Field(() => Boolean, { nullable: true, description: 'Published after the deadline; null when publishedOn is unknown' })
  late!: boolean | null;

  @Field(() => Boolean, { nullable: false, description: 'Generated demo data (the document says so), not a real report' })
  sampleData!: boolean;

  @Field(() => String, { nullable: false, description: 'Version of the parser that read it' })
  parserVersion!: string;

  @Field(() => String, { nullable: false, description: 'ISO timestamp' })
  ingestedAt!: string;

  @Field(() => ID, { nullable: true, description: 'The version this one corrects (a person corrected values with correctReportValues); null otherwise' })
  correctsReportId!: string | null;

  @Field(() => Boolean, { nullable: false, description: 'A person should look before its numbers are trusted (reviewReasons say why); an OCR report is so until every ERROR rule passes and every value is above the threshold or confirmed' })
  needsReview!: boolean;

  @Field(() => [String], { nullable: false, description: 'Why it needs review, one line each (English)' })
  reviewReasons!: string[];

  @Field(() => OcrSummaryDto, { nullable: true, description: 'How a scanned report was read by OCR; null for documents with a text layer' })
  ocr!: OcrSummaryDto | null;

  @Field(() => Int, { nullable: false, description: 'Number of findings of the checks, every severity and mode (one per problem)' })
  findingCount!: number;

  @Field(() => ReportQualityEnum, {
    nullable: false,
    description: 'needs_review if the parser flagged the report, else failing if a rule fails (failedRules), else passing: the same definition as the coverage grid',
  })
  quality!: ReportQuality;

  /** Internal keys for the field resolvers; not in the schema. */
  issuerId!: string;
  issuerKind!: IssuerKind;
  regionCode!: string;
  sourceDocumentId!: string;
}
