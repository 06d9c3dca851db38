import { ArgsType, Field } from '@nestjs/graphql';

import { type RegionLevel } from '@gongkai/domain';

import { RegionLevelEnum } from '../../core/graphql/enums/region-level.enum';

@ArgsType()
export class RegionsArgs {
  @Field(() => String, { nullable: true, description: 'Children of this region (current or historical code)' })
  parentCode?: string | null;

  @Field(() => RegionLevelEnum, { nullable: true, description: 'With parentCode: every descendant at this level' })
  level?: RegionLevel | null;

  @Field(() => String, { nullable: true, description: 'Substring of the current or a former name (at most 50 results)' })
  search?: string | null;
}
