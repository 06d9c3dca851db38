import { randomUUID } from 'node:crypto';

import { type AuditAction, type AuditTargetType } from '@gongkai/domain';

import { type Queryable } from './queryable';

/**
 * Who writes, and from where: a token (its id; its name is read from api_token when the row is written, so a
 * later rename or revocation does not rewrite history), or a named process ('system' for the demo loader,
 * 'cli' for a local command), with the client's address and the request id when it came over HTTP.
 */
export type AuditActor = {
  tokenId: string | null;
  /** Used when no api_token row has tokenId (the local owner secret, the CLI, the system). */
  name: string;
  role: string | null;
  address: string | null;
  requestId: string | null;
};

export const SYSTEM_ACTOR: AuditActor = Object.freeze({ tokenId: null, name: 'system', role: null, address: null, requestId: null });

/** What was written. `details` holds the action's particulars (file name, old and new region, counts …). */
export type AuditRecord = {
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string | null;
  regionCode: string | null;
  details: Record<string, unknown>;
};

export type AuditEvent = AuditRecord & {
  id: string;
  occurredAt: string;
  actor: string;
  actorTokenId: string | null;
  actorRole: string | null;
  clientAddress: string | null;
  requestId: string | null;
};

/**
 * Appends audit rows inside the caller's transaction (the write and its record commit or roll back together).
 * One statement for any number of records. Returns the rows' ids.
 */
export async function recordAudit(client: Queryable, actor: AuditActor, records: readonly AuditRecord[]): Promise<string[]> {
  if (records.length === 0) return [];
  const ids = records.map(() => randomUUID());
  await client.query(
    `INSERT INTO "audit_event" ("id", "action", "actor_token_id", "actor", "actor_role", "client_address", "request_id", "target_type", "target_id", "region_code", "details")
     SELECT n."id", n."action", $2, COALESCE((SELECT t."name" FROM "api_token" t WHERE t."id"::text = $2), $3), $4, $5, $6, n."target_type", n."target_id", n."region_code", n."details"::jsonb
     FROM unnest($1::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[]) AS n("id", "action", "target_type", "target_id", "region_code", "details")`,
    [
      ids,
      actor.tokenId,
      actor.name,
      actor.role,
      actor.address,
      actor.requestId,
      records.map((r) => r.action),
      records.map((r) => r.targetType),
      records.map((r) => r.targetId),
      records.map((r) => r.regionCode),
      records.map((r) => JSON.stringify(r.details)),
    ],
  );

  return ids;
}

export type AuditQuery = {
  /** Newest first; at most this many (1…1000). */
  first: number;
  /** The id of the last row of the previous page. */
  after?: string | null;
  actions?: readonly AuditAction[] | null;
  from?: string | null;
  to?: string | null;
};

const COLUMNS = `"id", "occurred_at" AS "occurredAt", "action", "actor", "actor_token_id" AS "actorTokenId", "actor_role" AS "actorRole",
  "client_address" AS "clientAddress", "request_id" AS "requestId", "target_type" AS "targetType", "target_id" AS "targetId",
  "region_code" AS "regionCode", "details"`;

/** Audit rows newest first (occurred_at, id), keyset-paged; `totalCount` counts every row the filter matches. */
export async function listAuditEvents(client: Queryable, query: AuditQuery): Promise<{ events: AuditEvent[]; totalCount: number; hasNextPage: boolean }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);

    return `$${params.length}`;
  };
  if (query.actions && query.actions.length > 0) where.push(`"action" = ANY(${param([...query.actions])}::text[])`);
  if (query.from) where.push(`"occurred_at" >= ${param(query.from)}::timestamptz`);
  if (query.to) where.push(`"occurred_at" < ${param(query.to)}::timestamptz`);
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = Number(((await client.query(`SELECT count(*) AS n FROM "audit_event" ${filter}`, params)).rows[0] as { n: string }).n);
  const page = [...where];
  if (query.after) {
    const a = param(query.after);
    page.push(`("occurred_at", "id") < (SELECT "occurred_at", "id" FROM "audit_event" WHERE "id"::text = ${a})`);
  }
  const limit = Math.max(1, Math.min(1000, query.first));
  const rows = (
    await client.query(
      `SELECT ${COLUMNS} FROM "audit_event" ${page.length > 0 ? `WHERE ${page.join(' AND ')}` : ''} ORDER BY "occurred_at" DESC, "id" DESC LIMIT ${limit + 1}`,
      params,
    )
  ).rows as (Omit<AuditEvent, 'occurredAt'> & { occurredAt: Date | string })[];

  return {
    events: rows.slice(0, limit).map((r) => ({ ...r, occurredAt: new Date(r.occurredAt).toISOString() })),
    totalCount: total,
    hasNextPage: rows.length > limit,
  };
}
