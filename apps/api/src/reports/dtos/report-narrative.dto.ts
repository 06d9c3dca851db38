import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('NarrativeParagraph', { description: 'One paragraph of a report text with where it was printed.' })
export class NarrativeParagraphDto {
  @Field(() => String, { description: 'The paragraph\'s text as printed', nullable: false })
  text!: string;

  @Field(() => Int, { nullable: false, description: 'Index of the element (paragraph block) in the document' })
  block!: number;

  @Field(() => Int, { nullable: true, description: '1-based page (PDF)' })
  page!: number | null;

  @Field(() => Int, { nullable: false, description: "Offset in the document's paragraph text (paragraphs joined by a line break)" })
  start!: number;

  @Field(() => Int, { nullable: false, description: 'End offset (exclusive)' })
  end!: number;
}

@ObjectType('NarrativeSection', { description: 'A section 一…六 of a report: its heading as printed and its paragraphs.' })
export class NarrativeSectionDto {
  @Field(() => String, { description: 'The section number (一 … 六)', nullable: false })
  numeral!: string;

  @Field(() => String, { description: 'The section heading as printed', nullable: false })
  heading!: string;

  @Field(() => [NarrativeParagraphDto], { description: 'The section\'s paragraphs, in order', nullable: false })
  paragraphs!: NarrativeParagraphDto[];
}

@ObjectType('ReportNarrative', { description: "A report's text section by section (parser 0.3.0 onward)." })
export class ReportNarrativeDto {
  @Field(() => String, { nullable: false, description: 'Parser version that read the text' })
  parserVersion!: string;

  @Field(() => [NarrativeParagraphDto], { nullable: false, description: 'Paragraphs before the first section heading' })
  preamble!: NarrativeParagraphDto[];

  @Field(() => [NarrativeSectionDto], { description: 'Sections 一 … 六 with their paragraphs', nullable: false })
  sections!: NarrativeSectionDto[];

  @Field(() => Boolean, { nullable: false, description: 'True when the text was longer than the parser keeps' })
  truncated!: boolean;
}
