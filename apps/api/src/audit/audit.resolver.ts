import { Args, Query, Resolver } from '@nestjs/graphql';

import { Roles } from '../auth/decorators/roles.decorator';
import { AuditService } from './audit.service';
import { AuditEventConnectionDto } from './dtos/audit-event-connection.dto';
import { AuditEventDto } from './dtos/audit-event.dto';
import { AuditLogArgs } from './dtos/audit-log.args';

@Resolver()
@Roles('admin')
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Query(() => AuditEventConnectionDto, {
    name: 'auditLog',
    description: 'Every recorded write (who, when, what, from where), newest first. Admin only; the same rows as CSV at GET /api/audit-log.csv.',
  })
  async auditLog(@Args() args: AuditLogArgs): Promise<AuditEventConnectionDto> {
    const page = await this.auditService.list({
      first: args.first ?? 25,
      after: args.after ?? null,
      actions: args.actions ?? null,
      from: args.from?.toISOString() ?? null,
      to: args.to?.toISOString() ?? null,
    });
    const edges = page.events.map((e) => ({
      cursor: e.id,
      node: Object.assign(new AuditEventDto(), { ...e, occurredAt: new Date(e.occurredAt), details: JSON.stringify(e.details ?? {}) }),
    }));

    return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges[edges.length - 1]?.cursor ?? null } };
  }
}
