import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { type SiteCheckResult, SiteCheckResultEnum } from '../../core/graphql/enums/site-check-result.enum';
import { type SiteCheckSource, SiteCheckSourceEnum } from '../../core/graphql/enums/site-check-source.enum';

@ObjectType('SiteCheck', { description: "One look at a body's official site for the report of a data year: who looked at which address when, and what it found." })
export class SiteCheckDto {
  @Field(() => ID, { nullable: false, description: 'site_check id, or run:site of a harvest result' })
  id!: string;

  @Field(() => String, { nullable: false, description: 'Current code of the region checked' })
  regionCode!: string;

  @Field(() => Int, { nullable: false, description: 'The data year whose report was looked for' })
  year!: number;

  @Field(() => String, { nullable: false, description: 'The address looked at' })
  url!: string;

  @Field(() => SiteCheckResultEnum, { nullable: false, description: 'found, not_found or unreachable' })
  result!: SiteCheckResult;

  @Field(() => String, { nullable: true, description: 'What was seen; null when nothing was noted' })
  note!: string | null;

  @Field(() => String, { nullable: false, description: 'ISO timestamp (UTC)' })
  checkedAt!: string;

  @Field(() => String, { nullable: false, description: 'The name of the token that recorded it, or who requested the harvest run' })
  checkedBy!: string;

  @Field(() => SiteCheckSourceEnum, { nullable: false, description: 'manual (recordSiteCheck) or harvest' })
  source!: SiteCheckSource;
}
