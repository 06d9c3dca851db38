import { Field, ObjectType } from '@nestjs/graphql';

import { type ValueState } from '@gongkai/domain';

import { ValueStateEnum } from '../../core/graphql/enums/value-state.enum';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';
import { ProvenanceDto } from './provenance.dto';

@ObjectType('ReportValue', { description: 'One metric of one report: exact value, state, printed text and provenance.' })
export class ReportValueDto {
  @Field(() => String, { nullable: false, description: 'Metric key of the @gongkai/domain catalogue' })
  key!: string;

  @Field(() => DecimalScalar, { nullable: true })
  value!: string | null;

  @Field(() => ValueStateEnum, { nullable: false })
  state!: ValueState;

  @Field(() => String, { nullable: false, description: 'Cell text as printed; for derived values, the formula' })
  raw!: string;

  @Field(() => String, { nullable: true, description: 'Money only: yuan | wan | null' })
  printedUnit!: string | null;

  @Field(() => [String], { nullable: false })
  flags!: string[];

  @Field(() => ProvenanceDto, { nullable: true })
  provenance!: ProvenanceDto | null;

  @Field(() => [String], { nullable: true })
  derivedFrom!: string[] | null;
}
