import { Field, ID, ObjectType } from '@nestjs/graphql';

import { type RegionLevel } from '@gongkai/domain';

import { RegionLevelEnum } from '../../core/graphql/enums/region-level.enum';

@ObjectType('Region', { description: 'A GB/T 2260 administrative division, identified by its current code.' })
export class RegionDto {
  @Field(() => ID, { nullable: false, description: 'Current GB/T 2260 code' })
  code!: string;

  @Field(() => String, { nullable: false, description: 'Current name' })
  name!: string;

  @Field(() => RegionLevelEnum, { nullable: false, description: 'province, prefecture or county' })
  level!: RegionLevel;

  @Field(() => String, { nullable: true, description: 'Code of the region above; null for a province' })
  parentCode!: string | null;

  @Field(() => String, { nullable: false, description: 'Names from the province down, e.g. 西藏自治区 林芝市 工布江达县' })
  path!: string;
}
