import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('AssessmentSchemeIndicator', { description: 'An indicator of an assessment scheme with its weight.' })
export class AssessmentSchemeIndicatorDto {
  @Field(() => String, { nullable: false })
  id!: string;

  @Field(() => String, { nullable: false })
  labelZh!: string;

  @Field(() => String, { nullable: false })
  labelEn!: string;

  @Field(() => String, { nullable: false, description: 'How it is measured (Chinese)' })
  descriptionZh!: string;

  @Field(() => String, { nullable: false })
  descriptionEn!: string;

  @Field(() => Float, { nullable: false })
  weight!: number;
}

@ObjectType('AssessmentScheme', { description: 'The scheme that made a score: id, version and the weights used (an office may save its own).' })
export class AssessmentSchemeDto {
  @Field(() => String, { nullable: false })
  id!: string;

  @Field(() => String, { nullable: false })
  version!: string;

  @Field(() => String, { nullable: false })
  labelZh!: string;

  @Field(() => String, { nullable: false })
  labelEn!: string;

  @Field(() => String, { nullable: true, description: "Region whose office's saved weights are used; null for the scheme's own weights" })
  weightsRegionCode!: string | null;

  @Field(() => String, { nullable: true, description: 'When those weights were saved (ISO timestamp)' })
  weightsSavedAt!: string | null;

  @Field(() => [AssessmentSchemeIndicatorDto], { nullable: false })
  indicators!: AssessmentSchemeIndicatorDto[];
}
