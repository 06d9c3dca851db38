import { ArgsType, Field, Int } from '@nestjs/graphql';

import { type IssuerKind, type RegionLevel } from '@gongkai/domain';

import { IssuerKindEnum } from '../../core/graphql/enums/issuer-kind.enum';
import { RegionLevelEnum } from '../../core/graphql/enums/region-level.enum';
import { type SortOrder, SortOrderEnum } from '../../core/graphql/enums/sort-order.enum';

@ArgsType()
export class RankingArgs {
  @Field(() => String, { nullable: false, description: 'Metric key (see metrics)' })
  metric!: string;

  @Field(() => Int, { nullable: false, description: 'The data year' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Rank the regions at `level` under this one (whole country when absent)' })
  parentCode?: string | null;

  @Field(() => RegionLevelEnum, { nullable: true, defaultValue: 'county', description: 'Level of the regions ranked (default county)' })
  level?: RegionLevel | null;

  @Field(() => SortOrderEnum, { nullable: true, defaultValue: 'desc', description: 'desc: rank 1 = largest value' })
  order?: SortOrder | null;

  @Field(() => [IssuerKindEnum], { nullable: true, description: 'Which report stands for a region (default gov, gov_office, zone)' })
  issuerKinds?: IssuerKind[] | null;
}
