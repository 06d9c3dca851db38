import { Field, ObjectType } from '@nestjs/graphql';

import { type ValueState } from '@gongkai/domain';

import { ValueStateEnum } from '../../core/graphql/enums/value-state.enum';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';
import { ProvenanceDto } from './provenance.dto';

@ObjectType('ReportValue', { description: 'One metric of one report: exact value, state, printed text and provenance.' })
export class ReportValueDto {
  @Field(() => String, { nullable: false, description: 'Metric key of the @gongkai/domain catalogue' })
  key!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The exact value; null for a gap' })
  value!: string | null;

  @Field(() => ValueStateEnum, { nullable: false, description: 'number, blank, na, derived or undefined (a gap is not a zero)' })
  state!: ValueState;

  @Field(() => String, { nullable: false, description: 'Cell text as printed; for derived values, the formula' })
  raw!: string;

  @Field(() => String, { nullable: true, description: 'Money only: yuan | wan | null' })
  printedUnit!: string | null;

  @Field(() => [String], { nullable: false, description: 'Reading notes: collapsed (a row printed as one number), unit_unknown, converted_hant, unparsed, missing' })
  flags!: string[];

  @Field(() => ProvenanceDto, { nullable: true, description: 'Where the value was read; null for derived values' })
  provenance!: ProvenanceDto | null;

  @Field(() => [String], { nullable: true, description: 'Keys of the values a derived value is computed from; null for printed ones' })
  derivedFrom!: string[] | null;
}
