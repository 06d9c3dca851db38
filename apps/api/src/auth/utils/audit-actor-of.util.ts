import { LOCAL_OWNER_TOKEN_ID } from '../tokens.service';
import { type AuditActor, SYSTEM_ACTOR } from '@gongkai/database';

import { type AuthContext } from '../types/auth-context.type';

/** The audit trail's "who and from where" for a request's caller ('system': the demo loader and other internal writers). */
export function auditActorOf(actor: AuthContext | 'system'): AuditActor {
  if (actor === 'system') return SYSTEM_ACTOR;

  return {
    tokenId: actor.tokenId,
    // Used only when the id names no api_token row: the embedded database owner's local secret (a local CLI).
    name: actor.tokenId === LOCAL_OWNER_TOKEN_ID ? LOCAL_OWNER_TOKEN_ID : (actor.tokenId ?? 'anonymous'),
    role: actor.role,
    address: actor.address ?? null,
    requestId: actor.requestId ?? null,
  };
}
