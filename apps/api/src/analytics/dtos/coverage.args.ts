import { ArgsType, Field, Int } from '@nestjs/graphql';

import { type IssuerKind, type RegionLevel } from '@gongkai/domain';

import { IssuerKindEnum } from '../../core/graphql/enums/issuer-kind.enum';
import { RegionLevelEnum } from '../../core/graphql/enums/region-level.enum';

@ArgsType()
export class CoverageArgs {
  @Field(() => String, { nullable: false, description: 'Regions under this one (current or former code); absent: the whole country' })
  parentCode!: string;

  @Field(() => Int, { nullable: false, description: 'First data year, inclusive' })
  yearFrom!: number;

  @Field(() => Int, { nullable: false, description: 'Last data year, inclusive' })
  yearTo!: number;

  @Field(() => RegionLevelEnum, { nullable: true, defaultValue: 'county', description: 'Level of the regions listed (default county)' })
  level?: RegionLevel | null;

  @Field(() => [IssuerKindEnum], { nullable: true, description: 'Which report stands for a region (default gov, gov_office, zone)' })
  issuerKinds?: IssuerKind[] | null;
}
