import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ReplacedReport', { description: 'The report an upload superseded (same issuer and year); sampleData says it was generated demo data.' })
export class ReplacedReportDto {
  @Field(() => ID, { nullable: false, description: 'Id of the replaced report (now superseded)' })
  reportId!: string;

  @Field(() => Boolean, { nullable: false, description: 'The replaced report was generated demo data' })
  sampleData!: boolean;

  @Field(() => String, { nullable: false, description: 'File name of the replaced report\'s document' })
  fileName!: string;

  @Field(() => String, { nullable: false, description: 'ISO timestamp' })
  ingestedAt!: string;
}
