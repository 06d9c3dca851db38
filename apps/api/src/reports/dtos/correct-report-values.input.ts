import { Field, InputType } from '@nestjs/graphql';

import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType('ValueCorrectionInput', { description: 'One corrected value: a non-negative decimal (value), or state blank / na' })
export class ValueCorrectionInput {
  @Field(() => String, { nullable: false, description: 'Metric key of a printed (not derived) value of the report' })
  @IsString()
  @MaxLength(80)
  key!: string;

  @Field(() => String, { nullable: true, description: 'The right value as a decimal in the unit the value is stored in (money in 元); required for state number' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  value?: string | null;

  @Field(() => String, { nullable: true, description: 'number (default), blank (the cell is empty) or na (printed “/”)' })
  @IsOptional()
  @IsIn(['number', 'blank', 'na'])
  state?: 'number' | 'blank' | 'na' | null;
}
