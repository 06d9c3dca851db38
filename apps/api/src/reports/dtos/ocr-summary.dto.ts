import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OcrSummary', { description: 'How a scanned report was read by OCR.' })
export class OcrSummaryDto {
  @Field(() => String, { nullable: false, description: "The engine, its version and model, e.g. 'Tesseract 5.3.0 (chi_sim)'" })
  engine!: string;

  @Field(() => Int, { nullable: false, description: 'Resolution the pages were read at' })
  dpi!: number;

  @Field(() => Int, { nullable: false, description: 'Pages read' })
  pages!: number;

  @Field(() => Float, { nullable: false, description: 'Values below this confidence (0…1) make the report needs_review until a person confirms them' })
  threshold!: number;

  @Field(() => Float, { nullable: false, description: 'Mean confidence of the values read' })
  meanConfidence!: number;

  @Field(() => Int, { nullable: false, description: 'Values read below the threshold (as read; corrected ones are still counted here)' })
  lowConfidence!: number;

  @Field(() => Int, { nullable: false, description: "Values whose uncertain digit a rule's arithmetic chose" })
  ruleChosen!: number;

  @Field(() => Float, { nullable: false, description: 'Wall time of the OCR per page, in milliseconds' })
  msPerPage!: number;
}
