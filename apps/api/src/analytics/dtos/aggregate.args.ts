import { ArgsType, Field, Int } from '@nestjs/graphql';

import { type IssuerKind, type RegionLevel } from '@gongkai/domain';

import { type AggregateFn, AggregateFnEnum } from '../../core/graphql/enums/aggregate-fn.enum';
import { type AggregateGroupBy, AggregateGroupByEnum } from '../../core/graphql/enums/aggregate-group-by.enum';
import { type Comparison, ComparisonEnum } from '../../core/graphql/enums/comparison.enum';
import { IssuerKindEnum } from '../../core/graphql/enums/issuer-kind.enum';
import { RegionLevelEnum } from '../../core/graphql/enums/region-level.enum';

@ArgsType()
export class AggregateArgs {
  @Field(() => String, { nullable: false, description: 'Metric key (see metrics)' })
  metric!: string;

  @Field(() => String, { nullable: true, description: 'Reports in this subtree (whole country when absent)' })
  parentCode?: string | null;

  @Field(() => RegionLevelEnum, { nullable: true, defaultValue: 'county', description: 'Reports roll up to their region at this level' })
  level?: RegionLevel | null;

  @Field(() => Int, { nullable: false, description: 'First data year, inclusive' })
  yearFrom!: number;

  @Field(() => Int, { nullable: false, description: 'Last data year, inclusive' })
  yearTo!: number;

  @Field(() => [AggregateGroupByEnum], { nullable: false, description: 'Group columns; empty gives one total row' })
  groupBy!: AggregateGroupBy[];

  @Field(() => AggregateFnEnum, { nullable: false, description: 'sum, avg, median, min, max or count' })
  fn!: AggregateFn;

  @Field(() => [IssuerKindEnum], { nullable: true, description: 'Only reports of these issuer kinds (default: all — group by issuerKind to keep government and department reports apart)' })
  issuerKinds?: IssuerKind[] | null;

  @Field(() => ComparisonEnum, {
    nullable: true,
    defaultValue: 'LIKE_FOR_LIKE',
    description:
      'With a year step (yearFrom < yearTo, grouped by year): LIKE_FOR_LIKE computes each row of year y over the regions with a known value in y-1 and y (the row of yearFrom: yearFrom and yearFrom + 1), see AggregateRow.likeForLike; ALL_REPORTS over every current report. Without a year step both are the same.',
  })
  comparison?: Comparison | null;
}
