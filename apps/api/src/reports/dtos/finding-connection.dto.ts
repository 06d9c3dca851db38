import { Field, Int, ObjectType } from '@nestjs/graphql';

import { FindingDto } from './finding.dto';
import { PageInfoDto } from './page-info.dto';

@ObjectType('FindingEdge', { description: 'One finding of a page with its cursor.' })
export class FindingEdgeDto {
  @Field(() => String, { nullable: false, description: 'Pass as after to get the findings that follow this one' })
  cursor!: string;

  @Field(() => FindingDto, { nullable: false, description: 'The finding' })
  node!: FindingDto;
}

@ObjectType('FindingConnection', { description: 'A page of findings (cursor connection).' })
export class FindingConnectionDto {
  @Field(() => [FindingEdgeDto], { nullable: false, description: 'The findings of this page, in order' })
  edges!: FindingEdgeDto[];

  @Field(() => PageInfoDto, { nullable: false, description: 'Whether there is a next page, and its cursor' })
  pageInfo!: PageInfoDto;

  @Field(() => Int, { nullable: false, description: 'Problems matching the filter, over all pages' })
  totalCount!: number;
}
