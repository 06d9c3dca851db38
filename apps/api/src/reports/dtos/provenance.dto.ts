import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Provenance', { description: 'Where in the source document a value was read.' })
export class ProvenanceDto {
  @Field(() => String, { nullable: false })
  table!: string;

  @Field(() => String, { nullable: false })
  rowLabel!: string;

  @Field(() => String, { nullable: false })
  columnLabel!: string;

  @Field(() => Int, { nullable: false })
  tableIndex!: number;

  @Field(() => Int, { nullable: false })
  row!: number;

  @Field(() => Int, { nullable: false })
  col!: number;

  @Field(() => Int, { nullable: true })
  page!: number | null;
}
