import { Field, Float, ObjectType } from '@nestjs/graphql';

import { type ValueState } from '@gongkai/domain';

import { ValueStateEnum } from '../../core/graphql/enums/value-state.enum';
import { DecimalScalar } from '../../core/graphql/scalars/decimal.scalar';
import { OcrReadingDto } from './ocr-reading.dto';
import { ProvenanceDto } from './provenance.dto';
import { ValueCorrectionDto } from './value-correction.dto';

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

  @Field(() => [String], { nullable: false, description: 'Reading notes: collapsed (a row printed as one number), unit_unknown, converted_hant, unparsed, missing, ocr (read from a page image), ocr_rule_chosen, corrected (by a person)' })
  flags!: string[];

  @Field(() => ProvenanceDto, { nullable: true, description: 'Where the value was read; null for derived values' })
  provenance!: ProvenanceDto | null;

  @Field(() => [String], { nullable: true, description: 'Keys of the values a derived value is computed from; null for printed ones' })
  derivedFrom!: string[] | null;

  @Field(() => OcrReadingDto, { nullable: true, description: 'How OCR read the cell (flag ocr); null for values read from a text layer' })
  ocr!: OcrReadingDto | null;

  @Field(() => [Float], { nullable: true, description: "The cell's rectangle on its page (provenance.page) as fractions of the page from the top-left corner: [x0, y0, x1, y1]; null when unknown" })
  box!: number[] | null;

  @Field(() => ValueCorrectionDto, { nullable: true, description: "A person's correction (flag corrected): the value before, who and when; null when never corrected" })
  correction!: ValueCorrectionDto | null;
}
