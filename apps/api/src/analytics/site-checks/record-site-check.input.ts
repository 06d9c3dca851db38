import { Field, InputType, Int } from '@nestjs/graphql';

import { type SiteCheckResult, SiteCheckResultEnum } from '../../core/graphql/enums/site-check-result.enum';

@InputType('RecordSiteCheckInput', { description: 'One look at a body\'s official site for the report of a data year.' })
export class RecordSiteCheckInput {
  @Field(() => String, { nullable: false, description: 'The region (current or former code)' })
  regionCode!: string;

  @Field(() => Int, { nullable: false, description: 'The data year whose report was looked for' })
  year!: number;

  @Field(() => String, { nullable: false, description: 'The page looked at (http or https)' })
  url!: string;

  @Field(() => SiteCheckResultEnum, { nullable: false, description: 'found, not_found or unreachable' })
  result!: SiteCheckResult;

  @Field(() => String, { nullable: true, description: 'What was seen (at most 2,000 characters)' })
  note?: string | null;
}
