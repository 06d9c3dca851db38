import { timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import {
  type AuditActor,
  type CreatedToken,
  type Queryable,
  type Role,
  type TokenSummary,
  TokenStoreError,
  createToken,
  findTokenByHash,
  hashToken,
  listTokens,
  revokeToken,
  touchToken,
} from '@gongkai/database';

import { AuthException, AuthExceptionCode } from './auth.exception';
import { type AuthContext } from './types/auth-context.type';

export type CreateTokenInput = { name: string; role: Role; regionCode?: string | null };

export { type CreatedToken, type TokenSummary } from '@gongkai/database';

/** Don't write last_used_at more often than this per token (milliseconds). */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Bearer tokens (the token store of @gongkai/database, which the CLI uses too): 32 random bytes shown once;
 * only their sha-256 is stored. Also accepts the embedded database owner's local secret (see LocalOwnerService).
 */
/** The AuthContext.tokenId of the embedded database's owner secret (the local CLI), which has no token row. */
export const LOCAL_OWNER_TOKEN_ID = 'local-owner';
const LOCAL_OWNER_NAME = 'gongkai CLI (本机)';

@Injectable()
export class TokensService {
  private localSecret: string | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** The local admin secret written to the embedded database's owner lock (set once the api listens). */
  setLocalSecret(secret: string | null): void {
    this.localSecret = secret;
  }

  /** Creates a token and its audit row in one transaction. */
  async create(input: CreateTokenInput, actor?: AuditActor): Promise<CreatedToken> {
    return this.translate(() => this.dataSource.transaction((manager) => createToken(queryableOf(manager), input, actor)));
  }

  async list(): Promise<TokenSummary[]> {
    return listTokens(this.db());
  }

  /** Revokes a token and writes its audit row in one transaction. */
  async revoke(id: string, actor?: AuditActor): Promise<void> {
    await this.translate(() => this.dataSource.transaction((manager) => revokeToken(queryableOf(manager), id, actor)));
  }

  /**
   * Who a write is recorded as: the token's name (its id when the token is gone), what the CLI beside this api
   * uses (the owner's local secret, no token row), or 'unknown' without a token.
   */
  async nameOf(auth: Pick<AuthContext, 'tokenId'>): Promise<string> {
    if (!auth.tokenId) return 'unknown';
    if (auth.tokenId === LOCAL_OWNER_TOKEN_ID) return LOCAL_OWNER_NAME;
    const [row] = rowsOf(await this.dataSource.query(`SELECT "name" FROM "api_token" WHERE "id"::text = $1`, [auth.tokenId])) as { name: string }[];

    return row?.name ?? auth.tokenId;
  }

  /** The caller behind a secret, or an INVALID_TOKEN error (unknown or revoked). */
  async authenticate(secret: string): Promise<AuthContext> {
    if (this.localSecret !== null && secret.length === this.localSecret.length && timingSafeEqual(Buffer.from(secret), Buffer.from(this.localSecret))) {
      return { authenticated: true, tokenId: LOCAL_OWNER_TOKEN_ID, role: 'admin', regionCode: null };
    }
    const hash = hashToken(secret);
    const token = await findTokenByHash(this.db(), hash);
    // The index lookup already matched; the constant-time comparison keeps the check itself free of timing leaks.
    if (!token || !timingSafeEqual(Buffer.from(token.tokenHash, 'hex'), Buffer.from(hash, 'hex')) || token.revokedAt) {
      throw new AuthException(AuthExceptionCode.INVALID_TOKEN, 'The token is invalid or revoked');
    }
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) await touchToken(this.db(), token.id);

    return { authenticated: true, tokenId: token.id, role: token.role, regionCode: token.regionCode };
  }

  private db(): Queryable {
    return queryableOf(this.dataSource);
  }

  private async translate<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof TokenStoreError) throw new AuthException(AuthExceptionCode[error.code], error.message);
      throw error;
    }
  }
}

/** The token store's Queryable over TypeORM (the data source, or a transaction's manager). */
function queryableOf(on: DataSource | EntityManager): Queryable {
  return { query: async (text, values) => ({ rows: rowsOf(await on.query(text, values)) }) };
}

/** TypeORM answers INSERT/UPDATE … RETURNING on postgres with [rows, count]; plain SELECT with rows. */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as unknown[];

  return Array.isArray(result) ? (result as unknown[]) : [];
}
