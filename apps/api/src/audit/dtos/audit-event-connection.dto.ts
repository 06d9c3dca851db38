import { Field, Int, ObjectType } from '@nestjs/graphql';

import { PageInfoDto } from '../../reports/dtos/page-info.dto';
import { AuditEventDto } from './audit-event.dto';

@ObjectType('AuditEventEdge')
export class AuditEventEdgeDto {
  @Field(() => String, { nullable: false })
  cursor!: string;

  @Field(() => AuditEventDto, { nullable: false })
  node!: AuditEventDto;
}

@ObjectType('AuditEventConnection', { description: 'Audit rows, newest first.' })
export class AuditEventConnectionDto {
  @Field(() => [AuditEventEdgeDto], { nullable: false })
  edges!: AuditEventEdgeDto[];

  @Field(() => PageInfoDto, { nullable: false })
  pageInfo!: PageInfoDto;

  @Field(() => Int, { nullable: false, description: 'Rows matching the filter, on every page' })
  totalCount!: number;
}
