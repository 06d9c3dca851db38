import { Field, ID, ObjectType } from '@nestjs/graphql';

import { type AuditAction, AuditActionEnum } from '../../core/graphql/enums/audit-action.enum';

@ObjectType('AuditEvent', { description: 'One write as the audit trail recorded it, in the same transaction as the write.' })
export class AuditEventDto {
  @Field(() => ID, { nullable: false, description: 'Row id' })
  id!: string;

  @Field(() => Date, { nullable: false, description: 'When the write committed (its transaction time)' })
  occurredAt!: Date;

  @Field(() => AuditActionEnum, { nullable: false, description: 'What was done' })
  action!: AuditAction;

  @Field(() => String, { nullable: false, description: "Who: the token's name at the time, or cli, system, local-owner" })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'The token id behind the write; null for the CLI and the system' })
  actorTokenId!: string | null;

  @Field(() => String, { nullable: true, description: "The token's role at the time" })
  actorRole!: string | null;

  @Field(() => String, { nullable: true, description: 'The client address the write came from (behind TRUST_PROXY: the forwarded one)' })
  clientAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'The request id (X-Request-Id answer header and log lines)' })
  requestId!: string | null;

  @Field(() => String, { nullable: false, description: 'report, token, site_check or dataset' })
  targetType!: string;

  @Field(() => String, { nullable: true, description: 'The id of what was written (a deleted report keeps its id here)' })
  targetId!: string | null;

  @Field(() => String, { nullable: true, description: 'The region concerned (for a region change: the new one)' })
  regionCode!: string | null;

  @Field(() => String, { nullable: false, description: 'The particulars as JSON: file name and sha-256, old and new region and the reason, counts …' })
  details!: string;
}
