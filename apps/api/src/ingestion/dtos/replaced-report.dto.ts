import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ReplacedReport', { description: 'The report an upload superseded (same issuer and year); sampleData says it was generated demo data.' })
export class ReplacedReportDto {
  @Field(() => ID, { nullable: false })
  reportId!: string;

  @Field(() => Boolean, { nullable: false })
  sampleData!: boolean;

  @Field(() => String, { nullable: false })
  fileName!: string;

  @Field(() => String, { nullable: false, description: 'ISO timestamp' })
  ingestedAt!: string;
}
