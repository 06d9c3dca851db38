import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DatasetInfo', { description: 'What the database holds (current reports).' })
export class DatasetInfoDto {
  @Field(() => Int, { nullable: false })
  reportCount!: number;

  @Field(() => Int, { nullable: false, description: 'Current reports made by the sample generator' })
  sampleReportCount!: number;

  @Field(() => Int, { nullable: true })
  yearMin!: number | null;

  @Field(() => Int, { nullable: true })
  yearMax!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO timestamp of the newest ingestion' })
  lastIngestedAt!: string | null;
}
