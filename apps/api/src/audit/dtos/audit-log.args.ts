import { ArgsType, Field, Int } from '@nestjs/graphql';

import { IsInt, IsOptional, Max, Min } from 'class-validator';

import { type AuditAction, AuditActionEnum } from '../../core/graphql/enums/audit-action.enum';

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1–100' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => [AuditActionEnum], { nullable: true, description: 'Only these kinds of write' })
  actions?: AuditAction[] | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive)' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this instant (exclusive)' })
  to?: Date | null;
}
