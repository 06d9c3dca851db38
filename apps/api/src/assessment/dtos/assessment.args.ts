import { ArgsType, Field, Int } from '@nestjs/graphql';

import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class AssessmentArgs {
  @Field(() => String, { nullable: false, description: 'GB/T 2260 code of the prefecture (or any region) whose bodies are assessed' })
  @Matches(/^\d{6}$/)
  parentCode!: string;

  @Field(() => Int, { nullable: false, description: 'Data year' })
  @IsInt()
  @Min(2008)
  @Max(2100)
  year!: number;

  @Field(() => String, { nullable: true, defaultValue: 'default', description: "Scheme id; the region's saved weights apply when its office saved some" })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  scheme?: string;
}
