import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportContact', { description: "The contact details the region's newest held report states (parsed from its text)." })
export class ReportContactDto {
  @Field(() => ID, { nullable: false, description: 'The report they come from' })
  reportId!: string;

  @Field(() => Int, { nullable: false, description: 'Its data year' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'The reporting body as the report names it' })
  issuer!: string | null;

  @Field(() => String, { nullable: true, description: 'The contact address as printed; null when the report states none' })
  address!: string | null;

  @Field(() => [String], { nullable: false, description: 'Phone numbers as printed' })
  phones!: string[];
}
