import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { IndicatorScoreDto } from './indicator-score.dto';

@ObjectType('BodyAssessment', { description: "A body's line in a prefecture's assessment: score, rank, change from last year, indicators." })
export class BodyAssessmentDto {
  @Field(() => ID, { description: 'The body (issuer id)', nullable: false })
  issuerId!: string;

  @Field(() => String, { description: 'The body\'s name as printed', nullable: false })
  issuerName!: string;

  @Field(() => String, { description: 'GB/T 2260 code of the body\'s region', nullable: false })
  regionCode!: string;

  @Field(() => String, { description: 'The region\'s name', nullable: false })
  regionName!: string;

  @Field(() => ID, { nullable: true, description: 'The assessed report; null when no report of the year was collected (no score, or 0 when confirmed missing)' })
  reportId!: string | null;

  @Field(() => Float, { nullable: true, description: 'Report score 0–100; 0 for a body confirmed missing after the deadline by a site check; null when simply not collected' })
  score!: number | null;

  @Field(() => Int, { nullable: true, description: 'Competition rank (1, 2, 2, 4) among the bodies with a score' })
  rank!: number | null;

  @Field(() => Float, { nullable: true, description: "Score of the body's previous report under the same scheme" })
  previousScore!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of that previous report' })
  previousYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'score − previousScore (one decimal)' })
  change!: number | null;

  @Field(() => [String], { nullable: false, description: 'Ids of the indicators that cost the most, costliest first (those that cost anything)' })
  mainProblems!: string[];

  @Field(() => Boolean, { description: 'The assessed report is generated sample data', nullable: false })
  sampleData!: boolean;

  @Field(() => [IndicatorScoreDto], { description: 'Each indicator\'s score with its evidence', nullable: false })
  indicators!: IndicatorScoreDto[];
}
