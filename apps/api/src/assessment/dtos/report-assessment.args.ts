import { ArgsType, Field, ID } from '@nestjs/graphql';

import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@ArgsType()
export class ReportAssessmentArgs {
  @Field(() => ID, { nullable: false, description: 'The report to assess' })
  @IsUUID()
  reportId!: string;

  @Field(() => String, { nullable: true, defaultValue: 'default', description: 'Scheme id' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  scheme?: string;

  @Field(() => String, { nullable: true, description: "Use the weights this region's office saved (e.g. the prefecture)" })
  @IsOptional()
  @Matches(/^\d{6}$/)
  weightsOf?: string | null;
}
