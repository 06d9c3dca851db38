import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';

import { type NextFunction, type Request, type Response } from 'express';

import { TokensService } from '../auth/tokens.service';
import { type AuthenticatedRequest } from '../auth/types/auth-context.type';
import { parseBearerToken } from '../auth/utils/parse-bearer-token.util';
import { ConfigService } from '../core/config/config.service';
import { isDatabaseUnavailable } from '../core/errors/is-database-unavailable.util';
import { DatasetRevisionService } from './dataset-revision.service';
import { type CachedResponse, ResponseCacheService } from './response-cache.service';
import { captureResponseBody } from './utils/capture-response-body.util';

/**
 * Response header saying what the cache did: hit, miss (computed and stored), bypass (not cacheable) or stale
 * (the database is unreachable; the answer cached at the last revision seen).
 */
export const CACHE_STATUS_HEADER = 'x-gongkai-cache';

type GraphqlBody = { query: string; operationName?: string | null; variables?: unknown };

/**
 * In front of POST /graphql (after the JSON body parser): answers a cacheable query from the cache, or lets
 * the request through and keeps its answer. Any doubt — a token that does not check out, an unreadable
 * revision, a body it does not understand — means it steps aside and GraphQL answers as usual.
 */
@Injectable()
export class ResponseCacheMiddleware implements NestMiddleware {
  private readonly logger = new Logger('ResponseCache');

  constructor(
    private readonly cache: ResponseCacheService,
    private readonly revisions: DatasetRevisionService,
    private readonly tokens: TokensService,
    private readonly config: ConfigService,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    this.handle(req, res, next).catch((error: unknown) => {
      // A database that is down is reported once by the request itself (SERVICE_UNAVAILABLE), not here too.
      if (!isDatabaseUnavailable(error)) this.logger.warn(`cache step skipped: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) next();
    });
  }

  private async handle(req: Request, res: Response, next: NextFunction): Promise<void> {
    const body = graphqlBodyOf(req);
    if (!this.cache.enabled || !body || !this.cache.isCacheable(body.query, body.operationName)) {
      res.setHeader(CACHE_STATUS_HEADER, 'bypass');

      return next();
    }
    if (!(await this.mayRead(req as unknown as AuthenticatedRequest))) return next();
    let revision: string;
    try {
      revision = await this.revisions.current();
    } catch (error) {
      // Database unreachable (restart, fail-over): the answer cached at the last revision seen is served,
      // marked stale, rather than an error; without one, GraphQL answers SERVICE_UNAVAILABLE as usual.
      const last = this.revisions.lastKnown();
      const stale = isDatabaseUnavailable(error) && last !== null ? this.cache.get(this.cache.key(last, { ...body, accept: req.headers.accept })) : undefined;
      if (stale) return send(res, stale, 'stale');
      throw error;
    }
    const key = this.cache.key(revision, { ...body, accept: req.headers.accept });
    const hit = this.cache.get(key) ?? (await this.cache.pending(key));
    if (hit) return send(res, hit, 'hit');

    const done = this.cache.begin(key);
    captureResponseBody(res, done);
    res.setHeader(CACHE_STATUS_HEADER, 'miss');
    next();
  }

  /**
   * Reads are open unless REQUIRE_TOKEN_FOR_READS; a token that is present must be valid (as AuthGuard
   * wants). When it is, req.auth is set so the guard does not look it up again.
   */
  private async mayRead(req: AuthenticatedRequest): Promise<boolean> {
    const secret = parseBearerToken(req.headers['authorization']);
    if (secret === undefined) return !this.config.get('REQUIRE_TOKEN_FOR_READS');
    if (secret === null) return false;
    try {
      req.auth = await this.tokens.authenticate(secret);

      return true;
    } catch {
      return false;
    }
  }
}

function graphqlBodyOf(req: Request): GraphqlBody | null {
  if (req.method !== 'POST' || !req.is('application/json')) return null;
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string' || extensions !== undefined) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;

  return { query, operationName, variables };
}

function send(res: Response, cached: CachedResponse, status: 'hit' | 'stale'): void {
  res.status(200);
  res.setHeader('content-type', cached.contentType);
  res.setHeader(CACHE_STATUS_HEADER, status);
  res.end(cached.body);
}
