import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AssessmentEvidence', { description: 'One fact behind an indicator score: what was seen, where, and the points it cost.' })
export class AssessmentEvidenceDto {
  @Field(() => String, { nullable: false, description: 'date | section | row | rule | deviation | quote | sentence | repeat | note' })
  kind!: string;

  @Field(() => String, { nullable: false, description: 'What was seen, in Chinese' })
  messageZh!: string;

  @Field(() => String, { nullable: false, description: 'What was seen, in English' })
  messageEn!: string;

  @Field(() => Float, { nullable: false, description: 'Points off 100 this fact cost (0: shown, not scored)' })
  points!: number;

  @Field(() => [String], { nullable: false, description: 'Metric keys of the table cells involved' })
  cells!: string[];

  @Field(() => String, { nullable: true, description: 'The sentence or phrase of the report text, as printed' })
  quote!: string | null;

  @Field(() => String, { nullable: true, description: "For a repeated sentence: the previous report's sentence" })
  previousQuote!: string | null;

  @Field(() => String, { nullable: true, description: 'Section numeral (一…六) of the quote' })
  section!: string | null;

  @Field(() => Int, { nullable: true, description: "Offset where the quote's paragraph starts in the report's paragraph text (Report.narrative)" })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: "Offset where the quote's paragraph ends (exclusive)" })
  end!: number | null;
}
