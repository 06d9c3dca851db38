import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DatasetInfo', { description: 'What the database holds (current reports).' })
export class DatasetInfoDto {
  @Field(() => Int, { nullable: false, description: 'Current reports held' })
  reportCount!: number;

  @Field(() => Int, { nullable: false, description: 'Current reports made by the sample generator' })
  sampleReportCount!: number;

  @Field(() => Int, { nullable: true, description: 'Earliest data year held; null when empty' })
  yearMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'Latest data year held; null when empty' })
  yearMax!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO timestamp of the newest ingestion' })
  lastIngestedAt!: string | null;
}
