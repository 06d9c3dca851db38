import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('OcrReading', { description: 'How OCR read one cell of a scanned page (values with the flag ocr).' })
export class OcrReadingDto {
  @Field(() => Float, { nullable: false, description: '0…1: the lowest character confidence in the cell' })
  confidence!: number;

  @Field(() => String, { nullable: false, description: 'The text OCR read, before any rule chose another alternative' })
  read!: string;

  @Field(() => String, { nullable: true, description: "The rule whose arithmetic chose the stored value over `read` (flag ocr_rule_chosen); null when none did" })
  chosenBy!: string | null;
}
