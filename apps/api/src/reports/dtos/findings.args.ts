import { ArgsType, Field, Int } from '@nestjs/graphql';

import { FindingFilterInput } from './finding-filter.input';

@ArgsType()
export class FindingsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'Page size, 0–100' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => FindingFilterInput, { nullable: true, description: 'Filters, combined with AND' })
  where?: FindingFilterInput | null;
}
