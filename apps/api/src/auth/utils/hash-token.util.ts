import { createHash } from 'node:crypto';

/** sha-256 hex of a token secret: what api_token.token_hash stores. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
