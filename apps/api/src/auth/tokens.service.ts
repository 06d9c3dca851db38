import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ApiToken, ROLES, type Role } from './api-token.entity';
import { AuthException, AuthExceptionCode } from './auth.exception';
import { type AuthContext } from './types/auth-context.type';
import { hashToken } from './utils/hash-token.util';

export type CreateTokenInput = { name: string; role: Role; regionCode?: string | null };

export type CreatedToken = { id: string; name: string; role: Role; regionCode: string | null; secret: string };

export type TokenSummary = Omit<ApiToken, 'tokenHash'>;

/** Don't write last_used_at more often than this per token (milliseconds). */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Bearer tokens: 32 random bytes (base64url) shown once; only their sha-256 is stored. */
@Injectable()
export class TokensService {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: CreateTokenInput): Promise<CreatedToken> {
    if (!ROLES.includes(input.role)) throw new AuthException(AuthExceptionCode.INVALID_TOKEN_REQUEST, `Unknown role ${input.role}`);
    const regionCode = input.regionCode ?? null;
    if (input.role === 'editor' && !regionCode) {
      throw new AuthException(AuthExceptionCode.INVALID_TOKEN_REQUEST, 'An editor token needs a region (its write scope)');
    }
    if (regionCode) {
      const found: unknown[] = await this.dataSource.query(`SELECT 1 FROM "region" WHERE "code" = $1`, [regionCode]);
      if (found.length === 0) throw new AuthException(AuthExceptionCode.INVALID_TOKEN_REQUEST, `Unknown region ${regionCode}`);
    }
    const secret = randomBytes(32).toString('base64url');
    const id = randomUUID();
    const name = input.name.trim() || input.role;
    await this.dataSource.getRepository(ApiToken).insert({ id, name, role: input.role, regionCode, tokenHash: hashToken(secret) });

    return { id, name, role: input.role, regionCode, secret };
  }

  async list(): Promise<TokenSummary[]> {
    return this.dataSource.getRepository(ApiToken).find({
      select: { id: true, name: true, role: true, regionCode: true, createdAt: true, lastUsedAt: true, revokedAt: true },
      order: { createdAt: 'ASC' },
    });
  }

  async revoke(id: string): Promise<void> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AuthException(AuthExceptionCode.TOKEN_NOT_FOUND, `No token ${id}`);
    const result = await this.dataSource.query(
      `UPDATE "api_token" SET "revoked_at" = now() WHERE "id" = $1 AND "revoked_at" IS NULL RETURNING "id"`,
      [id],
    );
    const rows = Array.isArray(result[0]) ? (result[0] as unknown[]) : (result as unknown[]);
    if (rows.length === 0) throw new AuthException(AuthExceptionCode.TOKEN_NOT_FOUND, `No active token ${id}`);
  }

  /** The caller behind a secret, or an INVALID_TOKEN error (unknown or revoked). */
  async authenticate(secret: string): Promise<AuthContext> {
    const hash = hashToken(secret);
    const token = await this.dataSource.getRepository(ApiToken).findOne({ where: { tokenHash: hash } });
    // The index lookup already matched; the constant-time comparison keeps the check itself free of timing leaks.
    if (!token || !timingSafeEqual(Buffer.from(token.tokenHash, 'hex'), Buffer.from(hash, 'hex')) || token.revokedAt) {
      throw new AuthException(AuthExceptionCode.INVALID_TOKEN, 'The token is invalid or revoked');
    }
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.query(`UPDATE "api_token" SET "last_used_at" = now() WHERE "id" = $1`, [token.id]);
    }

    return { authenticated: true, tokenId: token.id, role: token.role, regionCode: token.regionCode };
  }
}
