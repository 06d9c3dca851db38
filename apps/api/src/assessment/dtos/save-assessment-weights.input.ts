import { Field, Float, InputType } from '@nestjs/graphql';

import { Type } from 'class-transformer';
import { ArrayMaxSize, IsNumber, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType('IndicatorWeightInput', { description: 'One indicator\'s weight in an office\'s scheme' })
export class IndicatorWeightInput {
  @Field(() => String, { nullable: false, description: 'Indicator id of the scheme' })
  @IsString()
  @MaxLength(40)
  indicator!: string;

  @Field(() => Float, { nullable: false, description: 'Weight, 0–1000 (0 leaves the indicator out)' })
  @IsNumber()
  @Min(0)
  @Max(1000)
  weight!: number;
}

@InputType('SaveAssessmentWeightsInput', { description: 'An office\'s own weights for its prefecture' })
export class SaveAssessmentWeightsInput {
  @Field(() => String, { nullable: false, description: 'Region (prefecture) whose assessments use these weights' })
  @Matches(/^\d{6}$/)
  regionCode!: string;

  @Field(() => String, { nullable: true, defaultValue: 'default', description: 'Scheme id' })
  @IsString()
  @MaxLength(40)
  scheme!: string;

  @Field(() => [IndicatorWeightInput], { nullable: false, description: 'Weights by indicator; indicators left out keep the scheme weight' })
  @ValidateNested({ each: true })
  @Type(() => IndicatorWeightInput)
  @ArrayMaxSize(20)
  weights!: IndicatorWeightInput[];
}
