import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { AssessmentSchemeDto } from './assessment-scheme.dto';
import { IndicatorScoreDto } from './indicator-score.dto';

@ObjectType('ReportAssessment', { description: 'One report assessed under a scheme: score, every indicator and its evidence.' })
export class ReportAssessmentDto {
  @Field(() => ID, { description: 'The assessed report', nullable: false })
  reportId!: string;

  @Field(() => ID, { description: 'The body (issuer id)', nullable: false })
  issuerId!: string;

  @Field(() => String, { description: 'The body\'s name as printed', nullable: false })
  issuerName!: string;

  @Field(() => String, { description: 'GB/T 2260 code of the body\'s region', nullable: false })
  regionCode!: string;

  @Field(() => Int, { description: 'Data year', nullable: false })
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Weighted mean of the scored indicators, one decimal; null when none could be scored' })
  score!: number | null;

  @Field(() => Int, { nullable: true, description: "Year of the same body's previous report the text was compared with" })
  previousYear!: number | null;

  @Field(() => ID, { nullable: true, description: 'That previous report' })
  previousReportId!: string | null;

  @Field(() => Boolean, { nullable: false, description: 'True for generated sample documents' })
  sampleData!: boolean;

  @Field(() => AssessmentSchemeDto, { description: 'The scheme and version that made the score', nullable: false })
  scheme!: AssessmentSchemeDto;

  @Field(() => [IndicatorScoreDto], { description: 'Each indicator\'s score with its evidence', nullable: false })
  indicators!: IndicatorScoreDto[];
}
