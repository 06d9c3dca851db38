import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { type AuditActor, SYSTEM_ACTOR, recordAudit } from './audit-log';
import { type Queryable } from './queryable';

export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type TokenSummary = {
  id: string;
  name: string;
  role: Role;
  regionCode: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export type CreatedToken = { id: string; name: string; role: Role; regionCode: string | null; secret: string };

export type TokenRow = TokenSummary & { tokenHash: string };

/** Why a token request cannot be done, with a code for programs and words for people. */
export class TokenStoreError extends Error {
  constructor(
    readonly code: 'INVALID_TOKEN_REQUEST' | 'TOKEN_NOT_FOUND',
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'TokenStoreError';
  }
}

/** sha-256 of a secret, hex: only this is stored. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new bearer token: 32 random bytes (base64url) returned once; only its hash is stored. */
/** Call inside a transaction: the token and its audit row are one write. */
export async function createToken(db: Queryable, input: { name: string; role: Role; regionCode?: string | null }, actor: AuditActor = SYSTEM_ACTOR): Promise<CreatedToken> {
  if (!ROLES.includes(input.role)) throw new TokenStoreError('INVALID_TOKEN_REQUEST', `Unknown role ${input.role}`, `未知角色 ${input.role}。`);
  const regionCode = input.regionCode ?? null;
  if (input.role === 'editor' && !regionCode) {
    throw new TokenStoreError('INVALID_TOKEN_REQUEST', 'An editor token needs a region (its write scope)', '编辑者令牌须指定地区（其写入范围）。');
  }
  if (regionCode) {
    const found = await db.query(`SELECT 1 FROM "region" WHERE "code" = $1`, [regionCode]);
    if (found.rows.length === 0) throw new TokenStoreError('INVALID_TOKEN_REQUEST', `Unknown region ${regionCode}`, `地区代码 ${regionCode} 不存在。`);
  }
  const secret = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const name = input.name.trim() || input.role;
  await db.query(`INSERT INTO "api_token" ("id", "name", "token_hash", "role", "region_code") VALUES ($1, $2, $3, $4::role_enum, $5)`, [
    id,
    name,
    hashToken(secret),
    input.role,
    regionCode,
  ]);
  await recordAudit(db, actor, [{ action: 'token_created', targetType: 'token', targetId: id, regionCode, details: { name, role: input.role } }]);

  return { id, name, role: input.role, regionCode, secret };
}

const SUMMARY_COLUMNS = `"id", "name", "role"::text AS "role", "region_code" AS "regionCode", "created_at" AS "createdAt",
  "last_used_at" AS "lastUsedAt", "revoked_at" AS "revokedAt"`;

export async function listTokens(db: Queryable): Promise<TokenSummary[]> {
  return (await db.query(`SELECT ${SUMMARY_COLUMNS} FROM "api_token" ORDER BY "created_at", "id"`)).rows as TokenSummary[];
}

/** Call inside a transaction: the revocation and its audit row are one write. */
export async function revokeToken(db: Queryable, id: string, actor: AuditActor = SYSTEM_ACTOR): Promise<void> {
  const rows = /^[0-9a-f-]{36}$/i.test(id)
    ? ((await db.query(`UPDATE "api_token" SET "revoked_at" = now() WHERE "id" = $1 AND "revoked_at" IS NULL RETURNING "id", "name", "role"::text AS "role", "region_code"`, [id])).rows as {
        name: string;
        role: string;
        region_code: string | null;
      }[])
    : [];
  const revoked = rows[0];
  if (!revoked) throw new TokenStoreError('TOKEN_NOT_FOUND', `No active token ${id}`, `没有有效的令牌 ${id}。`);
  await recordAudit(db, actor, [{ action: 'token_revoked', targetType: 'token', targetId: id, regionCode: revoked.region_code, details: { name: revoked.name, role: revoked.role } }]);
}

export async function findTokenByHash(db: Queryable, tokenHash: string): Promise<TokenRow | null> {
  const rows = (await db.query(`SELECT ${SUMMARY_COLUMNS}, "token_hash" AS "tokenHash" FROM "api_token" WHERE "token_hash" = $1`, [tokenHash])).rows as TokenRow[];

  return rows[0] ?? null;
}

export async function touchToken(db: Queryable, id: string): Promise<void> {
  await db.query(`UPDATE "api_token" SET "last_used_at" = now() WHERE "id" = $1`, [id]);
}
