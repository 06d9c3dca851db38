import { Field, Float, ObjectType } from '@nestjs/graphql';

import { AssessmentEvidenceDto } from './assessment-evidence.dto';

@ObjectType('IndicatorScore', { description: "One indicator of the scheme for one report: its score 0–100 and the evidence." })
export class IndicatorScoreDto {
  @Field(() => String, { nullable: false, description: 'Indicator id of the scheme (timely, complete, accurate, standard, consistent, specific, original)' })
  id!: string;

  @Field(() => String, { description: 'Indicator name in Chinese', nullable: false })
  labelZh!: string;

  @Field(() => String, { description: 'Indicator name in English', nullable: false })
  labelEn!: string;

  @Field(() => Float, { nullable: false, description: 'Weight of the indicator in the scheme used' })
  weight!: number;

  @Field(() => Float, { nullable: true, description: 'Score 0–100; null when it could not be measured (flagZh says why)' })
  score!: number | null;

  @Field(() => Float, { nullable: false, description: 'Weighted points this indicator cost the report score ((100 − score) × weight / Σ weights of scored indicators)' })
  cost!: number;

  @Field(() => String, { nullable: true, description: 'Why the score is missing or should be read with care (Chinese)' })
  flagZh!: string | null;

  @Field(() => String, { description: 'flagZh in English', nullable: true })
  flagEn!: string | null;

  @Field(() => Float, { nullable: true, description: 'The measured quantity where there is one: days late, repeated share, specific share, contradictions' })
  measure!: number | null;

  @Field(() => [AssessmentEvidenceDto], { description: 'What the score rests on: quotes, cells, dates, rules', nullable: false })
  evidence!: AssessmentEvidenceDto[];
}
