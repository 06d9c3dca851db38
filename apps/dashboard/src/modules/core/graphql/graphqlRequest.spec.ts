import { TypedDocumentString } from '../../../gql/graphql';
import { GraphqlRequestError, graphqlRequest } from './graphqlRequest';

// Small documents of the spec's own (the client sends only typed documents).
const Q = new TypedDocumentString<{ datasetInfo: { reportCount: number } }, { a: number }>('query Q { datasetInfo { reportCount } }');
const X = new TypedDocumentString<{ x: number }, undefined>('query { x }');

function stubFetch(status: number, body: unknown): { fetchImpl: typeof fetch; calls: Array<{ url: string; init: RequestInit }> } {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });

    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;

  return { fetchImpl, calls };
}

describe('graphqlRequest', () => {
  it('posts the query and variables and returns data', async () => {
    const { fetchImpl, calls } = stubFetch(200, { data: { datasetInfo: { reportCount: 3 } } });
    const data = await graphqlRequest(Q, { a: 1 }, { fetchImpl, token: 'tok' });
    expect(data.datasetInfo.reportCount).toBe(3);
    expect(calls[0].url).toBe('/graphql');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ query: 'query Q { datasetInfo { reportCount } }', variables: { a: 1 } });
    expect((calls[0].init.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('throws a graphql error with the code from extensions', async () => {
    const { fetchImpl } = stubFetch(200, { errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }], data: null });
    await expect(graphqlRequest(X, undefined, { fetchImpl })).rejects.toMatchObject({ kind: 'graphql', code: 'NOT_FOUND', message: 'not found' });
  });

  it('says when the client is over its rate limit and how long to wait', async () => {
    const { fetchImpl } = stubFetch(429, { errors: [{ message: 'Too many reads from this client; retry in 42 s', extensions: { code: 'RATE_LIMITED', retryAfter: 42 } }] });
    await expect(graphqlRequest(X, undefined, { fetchImpl })).rejects.toMatchObject({ kind: 'graphql', code: 'RATE_LIMITED', status: 429, retryAfter: 42 });
  });

  it('keeps the api\'s Chinese message of an error', async () => {
    const { fetchImpl } = stubFetch(200, { errors: [{ message: 'Role editor may not do this', extensions: { code: 'FORBIDDEN', messageZh: '当前令牌无权执行此操作。' } }], data: null });
    await expect(graphqlRequest(X, undefined, { fetchImpl })).rejects.toMatchObject({ code: 'FORBIDDEN', messageZh: '当前令牌无权执行此操作。' });
  });

  it('throws an http error when the server answers 502 without JSON', async () => {
    const { fetchImpl } = stubFetch(502, 'Bad gateway');
    await expect(graphqlRequest(X, undefined, { fetchImpl })).rejects.toMatchObject({ kind: 'http', status: 502 });
  });

  it('throws a network error when fetch rejects', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const error = await graphqlRequest(X, undefined, { fetchImpl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphqlRequestError);
    expect((error as GraphqlRequestError).kind).toBe('network');
  });
});
