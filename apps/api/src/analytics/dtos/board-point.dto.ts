import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { type Comparability, type TemplateId } from '@gongkai/domain';

import { ComparabilityEnum } from '../../core/graphql/enums/comparability.enum';
import { type PointState, PointStateEnum } from '../../core/graphql/enums/point-state.enum';
import { TemplateVersionEnum } from '../../core/graphql/enums/template-version.enum';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';

@ObjectType('BoardPoint', { description: "A county's value of a board metric in one year, with its change and its rank among the prefecture's counties." })
export class BoardPointDto {
  @Field(() => Int, { description: 'Data year', nullable: false })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'The primary current report of the county and year' })
  reportId!: string | null;

  @Field(() => TemplateVersionEnum, { description: 'Template of the report the value comes from', nullable: true })
  template!: TemplateId | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Exact value (a rate is a fraction); null for a gap' })
  value!: string | null;

  @Field(() => PointStateEnum, { description: 'What the value is: a number, blank, not applicable, derived, undefined (denominator 0), or no report', nullable: false })
  state!: PointState;

  @Field(() => DecimalScalar, { nullable: true, description: 'Absolute change vs the previous year (null across a break or a gap)' })
  change!: string | null;

  @Field(() => Float, { nullable: true, description: '% change vs |previous| (null when previous is 0/null or the step is a break)' })
  changePct!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percentage-point change, rates only' })
  changePp!: number | null;

  @Field(() => ComparabilityEnum, { nullable: true, description: 'Of the step from year-1 to year; null for the first year or when either year has no report' })
  comparability!: Comparability | null;

  @Field(() => Boolean, { nullable: false, description: "The point's report is generated sample data" })
  sampleData!: boolean;

  @Field(() => Int, { nullable: true, description: "Province level: the prefecture's counties with a known value summed into this point (null for a county)" })
  memberCount!: number | null;

  @Field(() => Int, { nullable: true, description: "Province level: the prefecture's counties" })
  memberTotal!: number | null;

  @Field(() => Int, { nullable: true, description: 'Competition rank (1, 2, 2, 4) among the counties with a value that year, largest first' })
  rank!: number | null;

  @Field(() => Int, { nullable: true, description: 'The rank of the year before' })
  previousRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'previousRank − rank (positive: moved up); null when either is unknown or the step is a break' })
  rankChange!: number | null;
}
