import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('AssessmentSchemeIndicator', { description: 'An indicator of an assessment scheme with its weight.' })
export class AssessmentSchemeIndicatorDto {
  @Field(() => String, { description: 'Indicator id', nullable: false })
  id!: string;

  @Field(() => String, { description: 'Name in Chinese', nullable: false })
  labelZh!: string;

  @Field(() => String, { description: 'Name in English', nullable: false })
  labelEn!: string;

  @Field(() => String, { nullable: false, description: 'How it is measured (Chinese)' })
  descriptionZh!: string;

  @Field(() => String, { description: 'What the indicator measures, in English', nullable: false })
  descriptionEn!: string;

  @Field(() => Float, { description: 'Weight in the total score (points)', nullable: false })
  weight!: number;
}

@ObjectType('AssessmentScheme', { description: 'The scheme that made a score: id, version and the weights used (an office may save its own).' })
export class AssessmentSchemeDto {
  @Field(() => String, { description: 'Scheme id (default, or an office\'s saved weights)', nullable: false })
  id!: string;

  @Field(() => String, { description: 'Version of the scheme (a score always says which version made it)', nullable: false })
  version!: string;

  @Field(() => String, { description: 'Name in Chinese', nullable: false })
  labelZh!: string;

  @Field(() => String, { description: 'Name in English', nullable: false })
  labelEn!: string;

  @Field(() => String, { nullable: true, description: "Region whose office's saved weights are used; null for the scheme's own weights" })
  weightsRegionCode!: string | null;

  @Field(() => String, { nullable: true, description: 'When those weights were saved (ISO timestamp)' })
  weightsSavedAt!: string | null;

  @Field(() => [AssessmentSchemeIndicatorDto], { description: 'The indicators with their weights and thresholds', nullable: false })
  indicators!: AssessmentSchemeIndicatorDto[];
}
