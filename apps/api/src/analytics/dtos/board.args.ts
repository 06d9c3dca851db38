import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class BoardArgs {
  @Field(() => String, { nullable: false, description: 'The prefecture (current or historical code) whose counties make the board' })
  parentCode!: string;

  @Field(() => Int, { nullable: false })
  yearFrom!: number;

  @Field(() => Int, { nullable: false })
  yearTo!: number;
}
