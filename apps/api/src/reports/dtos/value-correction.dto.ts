import { Field, ObjectType } from '@nestjs/graphql';

import { type ValueState } from '@gongkai/domain';

import { ValueStateEnum } from '../../core/graphql/enums/value-state.enum';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';

@ObjectType('ValueCorrection', { description: "A person's correction of a stored value (flag corrected): the version before, who and when." })
export class ValueCorrectionDto {
  @Field(() => DecimalScalar, { nullable: true, description: 'The value in the version before the correction' })
  previous!: string | null;

  @Field(() => ValueStateEnum, { nullable: false, description: 'Its state in the version before' })
  previousState!: ValueState;

  @Field(() => String, { nullable: false, description: 'Who corrected it (token name, or the local owner)' })
  by!: string;

  @Field(() => String, { nullable: false, description: 'When (ISO 8601)' })
  at!: string;

  @Field(() => String, { nullable: true, description: "The corrector's note" })
  note!: string | null;
}
