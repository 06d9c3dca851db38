import { Field, Int, ObjectType } from '@nestjs/graphql';

import { FindingDto } from './finding.dto';
import { PageInfoDto } from './page-info.dto';

@ObjectType('FindingEdge')
export class FindingEdgeDto {
  @Field(() => String, { nullable: false })
  cursor!: string;

  @Field(() => FindingDto, { nullable: false })
  node!: FindingDto;
}

@ObjectType('FindingConnection')
export class FindingConnectionDto {
  @Field(() => [FindingEdgeDto], { nullable: false })
  edges!: FindingEdgeDto[];

  @Field(() => PageInfoDto, { nullable: false })
  pageInfo!: PageInfoDto;

  @Field(() => Int, { nullable: false })
  totalCount!: number;
}
