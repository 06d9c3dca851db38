import { Field, InputType, Int } from '@nestjs/graphql';

import { type SiteCheckResult, SiteCheckResultEnum } from '../../core/graphql/enums/site-check-result.enum';

@InputType('RecordSiteCheckInput')
export class RecordSiteCheckInput {
  @Field(() => String, { nullable: false })
  regionCode!: string;

  @Field(() => Int, { nullable: false, description: 'The data year whose report was looked for' })
  year!: number;

  @Field(() => String, { nullable: false, description: 'The page looked at (http or https)' })
  url!: string;

  @Field(() => SiteCheckResultEnum, { nullable: false })
  result!: SiteCheckResult;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
