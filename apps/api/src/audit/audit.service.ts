import { Inject, Injectable } from '@nestjs/common';

import { type AuditEvent, type AuditQuery, type ConnectionSource, listAuditEvents, poolConnectionsQuery } from '@gongkai/database';

import { STORE_CONNECTIONS } from '../database/database.constants';

/**
 * The read side of the audit trail (its rows are written by the report store, the token store and the site
 * checks, each in its write's transaction). Reads the primary: a replica may lag behind the write just made.
 */
@Injectable()
export class AuditService {
  constructor(@Inject(STORE_CONNECTIONS) private readonly connections: ConnectionSource) {}

  async list(query: AuditQuery): Promise<{ events: AuditEvent[]; totalCount: number; hasNextPage: boolean }> {
    return listAuditEvents(poolConnectionsQuery(this.connections), query);
  }

  /** Every matching row, newest first, a thousand at a time (the CSV export streams these pages). */
  async *all(query: Omit<AuditQuery, 'first' | 'after'>): AsyncGenerator<AuditEvent[]> {
    let after: string | null = null;
    for (;;) {
      const page = await this.list({ ...query, first: 1000, after });
      if (page.events.length > 0) yield page.events;
      if (!page.hasNextPage) return;
      after = page.events[page.events.length - 1]?.id ?? null;
    }
  }
}
