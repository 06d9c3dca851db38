import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Provenance', { description: 'Where in the source document a value was read.' })
export class ProvenanceDto {
  @Field(() => String, { nullable: false, description: 'Template table: t2, t3 or t4' })
  table!: string;

  @Field(() => String, { nullable: false, description: 'Row label as printed (whitespace collapsed)' })
  rowLabel!: string;

  @Field(() => String, { nullable: false, description: 'Column label as printed' })
  columnLabel!: string;

  @Field(() => Int, { nullable: false, description: 'Which table of the document (0-based, in reading order)' })
  tableIndex!: number;

  @Field(() => Int, { nullable: false, description: 'Grid row of the cell (0-based, merged cells expanded)' })
  row!: number;

  @Field(() => Int, { nullable: false, description: 'Grid column of the cell (0-based, merged cells expanded)' })
  col!: number;

  @Field(() => Int, { nullable: true, description: 'PDF page (1-based); null for other formats' })
  page!: number | null;
}
