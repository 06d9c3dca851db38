import { ArgsType, Field, Int } from '@nestjs/graphql';

import { type IssuerKind, type RegionLevel } from '@gongkai/domain';

import { IssuerKindEnum } from '../../core/graphql/enums/issuer-kind.enum';
import { RegionLevelEnum } from '../../core/graphql/enums/region-level.enum';

@ArgsType()
export class CoverageArgs {
  @Field(() => String, { nullable: false })
  parentCode!: string;

  @Field(() => Int, { nullable: false })
  yearFrom!: number;

  @Field(() => Int, { nullable: false })
  yearTo!: number;

  @Field(() => RegionLevelEnum, { nullable: true, defaultValue: 'county' })
  level?: RegionLevel | null;

  @Field(() => [IssuerKindEnum], { nullable: true, description: 'Which report stands for a region (default gov, gov_office, zone)' })
  issuerKinds?: IssuerKind[] | null;
}
