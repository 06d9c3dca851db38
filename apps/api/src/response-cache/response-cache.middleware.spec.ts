import { type NextFunction, type Request, type Response } from 'express';

import { type TokensService } from '../auth/tokens.service';
import { ConfigService } from '../core/config/config.service';
import { validateEnv } from '../core/config/env.schema';
import { type DatasetRevisionService } from './dataset-revision.service';
import { CACHE_STATUS_HEADER, ResponseCacheMiddleware } from './response-cache.middleware';
import { ResponseCacheService } from './response-cache.service';

const QUERY = 'query Count { datasetInfo { reportCount } }';

/** Just enough of Express's request and response for the middleware, recording what was sent. */
function exchange() {
  const headers: Record<string, string> = {};
  const sent: { status?: number; body?: Buffer } = {};
  const req = { method: 'POST', is: () => true, body: { query: QUERY }, headers: { accept: 'application/json' } } as unknown as Request;
  const res = {
    headersSent: false,
    setHeader: (name: string, value: string) => void (headers[name] = value),
    status(code: number) {
      sent.status = code;

      return this;
    },
    end(body: Buffer) {
      sent.body = body;
    },
  } as unknown as Response;

  return { req, res, headers, sent };
}

/** Resolves when the middleware has either answered or called next(). */
function run(middleware: ResponseCacheMiddleware, x: ReturnType<typeof exchange>): Promise<'next' | 'answered'> {
  return new Promise((resolve) => {
    const next: NextFunction = () => resolve('next');
    const end = x.res.end.bind(x.res);
    x.res.end = ((body: Buffer) => {
      end(body);
      resolve('answered');
    }) as Response['end'];
    middleware.use(x.req, x.res, next);
  });
}

describe('ResponseCacheMiddleware when the database is unreachable', () => {
  const config = new ConfigService(validateEnv({}));
  const unavailable = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

  function setUp(lastKnown: string | null) {
    const cache = new ResponseCacheService(config);
    const revisions = { current: jest.fn().mockRejectedValue(unavailable), lastKnown: () => lastKnown } as unknown as DatasetRevisionService;
    const middleware = new ResponseCacheMiddleware(cache, revisions, {} as TokensService, config);
    // What an earlier request stored at revision 7.
    cache.begin(cache.key('7', { query: QUERY, operationName: undefined, variables: undefined, accept: 'application/json' }))({
      body: Buffer.from('{"data":{"datasetInfo":{"reportCount":3}}}'),
      contentType: 'application/json; charset=utf-8',
    });

    return middleware;
  }

  it('serves the answer cached at the last revision seen, marked stale', async () => {
    const x = exchange();
    await expect(run(setUp('7'), x)).resolves.toBe('answered');
    expect(x.sent.status).toBe(200);
    expect(x.headers[CACHE_STATUS_HEADER]).toBe('stale');
    expect(x.sent.body?.toString()).toBe('{"data":{"datasetInfo":{"reportCount":3}}}');
  });

  it('steps aside (GraphQL answers SERVICE_UNAVAILABLE) when nothing was cached at that revision', async () => {
    const unknownRevision = exchange();
    await expect(run(setUp('8'), unknownRevision)).resolves.toBe('next');
    const afterLocalWrite = exchange();
    await expect(run(setUp(null), afterLocalWrite)).resolves.toBe('next');
    expect(afterLocalWrite.sent.body).toBeUndefined();
  });
});
