import { createHash } from 'node:crypto';

import { type Request } from 'express';

import { parseBearerToken } from '../../../auth/utils/parse-bearer-token.util';

/**
 * Whom a budget belongs to: the token when one is sent (its hash: the secret itself never sits in a counter
 * table), else the client address (req.ip, which TRUST_PROXY makes the forwarded one behind a proxy). A made-up
 * token buys nothing: the guard refuses it, and that refusal costs no analytics.
 */
export function clientKeyOf(req: Request): string {
  const secret = parseBearerToken(req.headers.authorization);
  if (typeof secret === 'string') return `token:${createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 32)}`;

  return `addr:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}
