import { Field, Int, ObjectType } from '@nestjs/graphql';

import { PageInfoDto } from '../../reports/dtos/page-info.dto';
import { AuditEventDto } from './audit-event.dto';

@ObjectType('AuditEventEdge', { description: 'One audit row and its cursor.' })
export class AuditEventEdgeDto {
  @Field(() => String, { nullable: false, description: 'Pass as `after` to continue after this row' })
  cursor!: string;

  @Field(() => AuditEventDto, { nullable: false, description: 'The recorded write' })
  node!: AuditEventDto;
}

@ObjectType('AuditEventConnection', { description: 'Audit rows, newest first.' })
export class AuditEventConnectionDto {
  @Field(() => [AuditEventEdgeDto], { nullable: false, description: 'This page of rows, newest first' })
  edges!: AuditEventEdgeDto[];

  @Field(() => PageInfoDto, { nullable: false, description: 'Whether there are older rows, and the cursor to get them' })
  pageInfo!: PageInfoDto;

  @Field(() => Int, { nullable: false, description: 'Rows matching the filter, on every page' })
  totalCount!: number;
}
