import { ArgsType, Field, Int } from '@nestjs/graphql';

import { type IssuerKind, type RegionLevel } from '@gongkai/domain';

import { type AggregateFn, AggregateFnEnum } from '../../core/graphql/enums/aggregate-fn.enum';
import { type AggregateGroupBy, AggregateGroupByEnum } from '../../core/graphql/enums/aggregate-group-by.enum';
import { IssuerKindEnum } from '../../core/graphql/enums/issuer-kind.enum';
import { RegionLevelEnum } from '../../core/graphql/enums/region-level.enum';

@ArgsType()
export class AggregateArgs {
  @Field(() => String, { nullable: false })
  metric!: string;

  @Field(() => String, { nullable: true, description: 'Reports in this subtree (whole country when absent)' })
  parentCode?: string | null;

  @Field(() => RegionLevelEnum, { nullable: true, defaultValue: 'county', description: 'Reports roll up to their region at this level' })
  level?: RegionLevel | null;

  @Field(() => Int, { nullable: false })
  yearFrom!: number;

  @Field(() => Int, { nullable: false })
  yearTo!: number;

  @Field(() => [AggregateGroupByEnum], { nullable: false })
  groupBy!: AggregateGroupBy[];

  @Field(() => AggregateFnEnum, { nullable: false })
  fn!: AggregateFn;

  @Field(() => [IssuerKindEnum], { nullable: true, description: 'Only reports of these issuer kinds (default: all — group by issuerKind to keep government and department reports apart)' })
  issuerKinds?: IssuerKind[] | null;
}
