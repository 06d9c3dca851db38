import { Field, InputType, Int } from '@nestjs/graphql';

import { type IssuerKind, type TemplateId } from '@gongkai/domain';

import { IssuerKindEnum } from '../../core/graphql/enums/issuer-kind.enum';
import { type ReportQuality, ReportQualityEnum } from '../../core/graphql/enums/report-quality.enum';
import { type ReportStatus, ReportStatusEnum } from '../../core/graphql/enums/report-status.enum';
import { TemplateVersionEnum } from '../../core/graphql/enums/template-version.enum';

@InputType('ReportFilter', { description: 'Filters of reports, combined with AND.' })
export class ReportFilterInput {
  @Field(() => String, { nullable: true, description: 'Whole subtree of this region (current or historical code)' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'First data year, inclusive' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last data year, inclusive' })
  yearTo?: number | null;

  @Field(() => TemplateVersionEnum, { nullable: true, description: 'Only reports of this template' })
  template?: TemplateId | null;

  @Field(() => IssuerKindEnum, { nullable: true, description: 'Only reports of this kind of body' })
  issuerKind?: IssuerKind | null;

  @Field(() => ReportStatusEnum, { nullable: true, description: 'Default current' })
  status?: ReportStatus | null;

  @Field(() => String, { nullable: true, description: "Part of the issuer's name (e.g. 林芝 or 人民政府), matched literally; at most 100 characters" })
  issuer?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only reports with (true) or without (false) failed rules' })
  hasFailedRules?: boolean | null;

  @Field(() => ReportQualityEnum, {
    nullable: true,
    description: 'Only reports of this quality (as Report.quality and the coverage grid: needs_review if the parser flagged it, else failing if a rule fails, else passing); none matches nothing',
  })
  quality?: ReportQuality | null;
}
