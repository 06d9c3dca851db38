import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { type SiteCheckResult, SiteCheckResultEnum } from '../../core/graphql/enums/site-check-result.enum';

@ObjectType('HarvestSite', { description: "A registered annual-report column (政府信息公开年报) of a region's government or of one body, with its newest check of the asked year." })
export class HarvestSiteDto {
  @Field(() => ID, { description: 'The site id' })
  id!: string;

  @Field(() => String, { description: 'GB/T 2260 code of the region the site belongs to' })
  regionCode!: string;

  @Field(() => String, { nullable: true, description: "The region's name, null when the catalogue has none" })
  regionName!: string | null;

  @Field(() => String, { description: 'Address of the annual-report column (list page)' })
  url!: string;

  @Field(() => String, { nullable: true, description: "The body whose column this is (a department's site); null: the government's own" })
  issuer!: string | null;

  @Field(() => Int, { description: 'The data year the last check and the next check are about' })
  year!: number;

  @Field(() => SiteCheckResultEnum, { nullable: true, description: 'What the newest check of the year found; null: never checked for that year' })
  lastResult!: SiteCheckResult | null;

  @Field(() => String, { nullable: true, description: 'When the newest check of the year was made (ISO, UTC)' })
  lastCheckedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Where that check ended: the report page, or the column it looked through' })
  lastUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'What that check saw, in words (Chinese): how far it looked, or why the site was unreachable' })
  lastNote!: string | null;

  @Field(() => ID, { nullable: true, description: 'The stored report that check found' })
  lastReportId!: string | null;

  @Field(() => Boolean, { description: 'Whether the schedule looks after this year (the two latest data years, HARVEST_SCHEDULE on); older years are checked only when a harvest is started' })
  scheduled!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'When the schedule looks next (ISO, UTC): after the statutory deadline (31 March for a government, 31 January for a department), then monthly, an unreachable site the next day; null: due now, or not scheduled (see scheduled)',
  })
  nextCheckAt!: string | null;
}
