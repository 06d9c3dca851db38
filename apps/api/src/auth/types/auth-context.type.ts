import { type Role } from '../api-token.entity';

/** Who is calling; set on every request (`req.auth`) by AuthGuard. Anonymous: all null, authenticated false. */
export type AuthContext = {
  authenticated: boolean;
  tokenId: string | null;
  role: Role | null;
  /** Editors: the root of the region subtree they may write to. */
  regionCode: string | null;
  /** Where the request came from (req.ip, TRUST_PROXY-aware) and its request id: the audit trail's "from where". */
  address?: string | null;
  requestId?: string | null;
};

export const ANONYMOUS: AuthContext = Object.freeze({ authenticated: false, tokenId: null, role: null, regionCode: null });

/** The request shape the guard works on (Express request with our field). */
export type AuthenticatedRequest = { headers: Record<string, string | string[] | undefined>; method?: string; auth?: AuthContext; ip?: string; id?: unknown };
