import { ArgsType, Field } from '@nestjs/graphql';

import { type RegionLevel } from '@gongkai/domain';

import { RegionLevelEnum } from '../../core/graphql/enums/region-level.enum';

@ArgsType()
export class RegionChildrenArgs {
  @Field(() => RegionLevelEnum, { nullable: true, description: 'Every descendant at this level instead of the direct children' })
  level?: RegionLevel | null;
}
