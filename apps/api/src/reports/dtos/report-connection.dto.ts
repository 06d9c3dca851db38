import { Field, Int, ObjectType } from '@nestjs/graphql';

import { PageInfoDto } from './page-info.dto';
import { ReportDto } from './report.dto';

@ObjectType('ReportEdge')
export class ReportEdgeDto {
  @Field(() => String, { nullable: false })
  cursor!: string;

  @Field(() => ReportDto, { nullable: false })
  node!: ReportDto;
}

@ObjectType('ReportConnection')
export class ReportConnectionDto {
  @Field(() => [ReportEdgeDto], { nullable: false })
  edges!: ReportEdgeDto[];

  @Field(() => PageInfoDto, { nullable: false })
  pageInfo!: PageInfoDto;

  @Field(() => Int, { nullable: false, description: 'Reports matching the filter (all pages)' })
  totalCount!: number;
}
