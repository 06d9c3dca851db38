import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { AssessmentSchemeDto } from './assessment-scheme.dto';
import { BodyAssessmentDto } from './body-assessment.dto';

@ObjectType('RegionAssessment', { description: "Every body of a region's subtree assessed for a year, ranked." })
export class RegionAssessmentDto {
  @Field(() => String, { description: 'The prefecture assessed', nullable: false })
  parentCode!: string;

  @Field(() => String, { description: 'Its name', nullable: false })
  parentName!: string;

  @Field(() => Int, { description: 'Data year assessed', nullable: false })
  year!: number;

  @Field(() => AssessmentSchemeDto, { description: 'The scheme and version that made the scores', nullable: false })
  scheme!: AssessmentSchemeDto;

  @Field(() => Int, { nullable: false, description: 'Bodies with a report of the year (scored)' })
  assessed!: number;

  @Field(() => Int, { nullable: false, description: 'Bodies with an earlier report but none collected for the year: no score, or 0 when a site check after the deadline confirmed it missing' })
  missing!: number;

  @Field(() => Float, { nullable: true, description: 'Mean score of the assessed reports (bodies confirmed missing are ranked with 0 but not averaged in)' })
  meanScore!: number | null;

  @Field(() => [BodyAssessmentDto], { nullable: false, description: 'Ranked: best first, bodies without a score last' })
  bodies!: BodyAssessmentDto[];
}
