import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class BoardArgs {
  @Field(() => String, { nullable: false, description: 'The prefecture (current or historical code) whose counties make the board' })
  parentCode!: string;

  @Field(() => Int, { nullable: false, description: 'First data year' })
  yearFrom!: number;

  @Field(() => Int, { nullable: false, description: 'Last data year' })
  yearTo!: number;
}
