import { ArgsType, Field } from '@nestjs/graphql';

@ArgsType()
export class ReportValuesArgs {
  @Field(() => [String], { nullable: true, description: 'Only these metric keys (default: every value)' })
  keys?: string[] | null;
}
