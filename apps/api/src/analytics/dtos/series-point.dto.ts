import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { type Comparability, type TemplateId } from '@gongkai/domain';

import { ComparabilityEnum } from '../../core/graphql/enums/comparability.enum';
import { type PointState, PointStateEnum } from '../../core/graphql/enums/point-state.enum';
import { TemplateVersionEnum } from '../../core/graphql/enums/template-version.enum';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';

@ObjectType('SeriesPoint', { description: 'One year of a series, with the change from the year before and its comparability.' })
export class SeriesPointDto {
  @Field(() => Int, { nullable: false, description: 'The data year' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'The report that stands for the region that year; null when none' })
  reportId!: string | null;

  @Field(() => TemplateVersionEnum, { nullable: true, description: 'The report\'s template; null without a report' })
  template!: TemplateId | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The exact value; null for a gap' })
  value!: string | null;

  @Field(() => PointStateEnum, { nullable: false, description: 'State of the value (missing = no current report)' })
  state!: PointState;

  @Field(() => String, { nullable: true, description: 'Cell text as printed; null without a report' })
  raw!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Absolute change vs the previous year (null when either side has no value or the step is a break)' })
  change!: string | null;

  @Field(() => Float, { nullable: true, description: '% change vs |previous| (null when previous is 0/null or the step is a break)' })
  changePct!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percentage-point change, ratio metrics only' })
  changePp!: number | null;

  @Field(() => ComparabilityEnum, { nullable: true, description: 'Of the step from year-1 to year; null for the first year or when either year has no report' })
  comparability!: Comparability | null;
}
