import { type TypedDocumentString } from '../../../gql/graphql';

/** A document of the typed client (src/gql): its string is what is sent, its type parameters what comes back. */
export type Document<TData, TVariables> = TypedDocumentString<TData, TVariables>;

/** Where the request failed, so the page can say what to do about it. */
export type GraphqlErrorKind = 'network' | 'http' | 'graphql' | 'parse';

export class GraphqlRequestError extends Error {
  constructor(
    readonly kind: GraphqlErrorKind,
    message: string,
    readonly code?: string,
    readonly status?: number,
    /** The api's plain Chinese message (extensions.messageZh), when it gives one. */
    readonly messageZh?: string,
    /** RATE_LIMITED: seconds until the client's budget refills (the answer's Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'GraphqlRequestError';
  }
}

export type GraphqlRequestOptions = {
  endpoint?: string;
  token?: string | null;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
};

type GraphqlResponse<TData> = {
  data?: TData | null;
  errors?: Array<{ message: string; extensions?: { code?: unknown; messageZh?: unknown; retryAfter?: unknown } }>;
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A tiny fetch-based GraphQL client: one POST, typed data, typed errors. No cache here (see useQuery). The document is
 * one the typed client generated from schema.gql, so the data's type is the generated one, never a hand-written guess.
 */
export async function graphqlRequest<TData, TVariables>(
  document: Document<TData, TVariables>,
  variables?: TVariables,
  { endpoint = '/graphql', token, signal, fetchImpl }: GraphqlRequestOptions = {},
): Promise<TData> {
  const doFetch = fetchImpl ?? fetch;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await doFetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }), signal });
  } catch (error) {
    if (isObject(error) && error.name === 'AbortError') throw error;
    throw new GraphqlRequestError('network', error instanceof Error ? error.message : String(error));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new GraphqlRequestError(response.ok ? 'parse' : 'http', `HTTP ${response.status}`, undefined, response.status);
  }
  if (!isObject(body)) throw new GraphqlRequestError('parse', 'response is not a JSON object', undefined, response.status);
  const payload = body as GraphqlResponse<TData>;
  if (payload.errors && payload.errors.length > 0) {
    const first = payload.errors[0];
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : undefined;
    const messageZh = typeof first.extensions?.messageZh === 'string' ? first.extensions.messageZh : undefined;
    const header = Number(response.headers.get('retry-after'));
    const retryAfter = typeof first.extensions?.retryAfter === 'number' ? first.extensions.retryAfter : Number.isFinite(header) && header > 0 ? header : undefined;
    throw new GraphqlRequestError('graphql', first.message, code, response.status, messageZh, retryAfter);
  }
  if (!response.ok) throw new GraphqlRequestError('http', `HTTP ${response.status}`, undefined, response.status);
  if (payload.data === undefined || payload.data === null) throw new GraphqlRequestError('parse', 'response has no data', undefined, response.status);

  return payload.data;
}
