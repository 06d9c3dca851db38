import { Field, Int, ObjectType } from '@nestjs/graphql';

import { PageInfoDto } from './page-info.dto';
import { ReportDto } from './report.dto';

@ObjectType('ReportEdge', { description: 'One report of a page with its cursor.' })
export class ReportEdgeDto {
  @Field(() => String, { nullable: false, description: 'Pass as after to get the reports that follow this one' })
  cursor!: string;

  @Field(() => ReportDto, { nullable: false, description: 'The report' })
  node!: ReportDto;
}

@ObjectType('ReportConnection', { description: 'A page of reports (cursor connection).' })
export class ReportConnectionDto {
  @Field(() => [ReportEdgeDto], { nullable: false, description: 'The reports of this page, in order' })
  edges!: ReportEdgeDto[];

  @Field(() => PageInfoDto, { nullable: false, description: 'Whether there is a next page, and its cursor' })
  pageInfo!: PageInfoDto;

  @Field(() => Int, { nullable: false, description: 'Reports matching the filter (all pages)' })
  totalCount!: number;
}
