import { Injectable } from '@nestjs/common';

import { type NextFunction, type Request, type Response } from 'express';

import { PrometheusService } from '../observability/prometheus.service';
import { RateLimitService } from './rate-limit.service';
import { clientKeyOf } from './utils/client-key.util';
import { graphqlRequestCost, type RequestCost } from './utils/graphql-request-cost.util';

type Charged = { client: string; cost: RequestCost };

/** Where the first step leaves what it charged, for the second (after the answer cache). */
const CHARGED = Symbol('rateLimitCharged');
type ChargedRequest = Request & { [CHARGED]?: Charged };

/**
 * Two steps around the GraphQL answer cache. `charge` (before the cache) takes the request's base points:
 * one per top-level field, a mutation or upload from the write budget. `chargeComputed` (after the cache, so
 * only for answers that will really be computed) adds the extra weight of each analytics field. Over budget:
 * 429 with Retry-After, in GraphQL's `errors` shape on /graphql and the REST `error` shape elsewhere.
 */
@Injectable()
export class RateLimitMiddleware {
  constructor(
    private readonly metrics: PrometheusService,
    private readonly rateLimit: RateLimitService,
  ) {}

  readonly charge = (req: Request, res: Response, next: NextFunction): void => {
    if (!this.rateLimit.enabled) return next();
    const client = clientKeyOf(req);
    const cost = costOf(req);
    (req as ChargedRequest)[CHARGED] = { client, cost };
    this.decide(req, res, next, client, cost.kind, cost.points);
  };

  readonly chargeComputed = (req: Request, res: Response, next: NextFunction): void => {
    const charged = (req as ChargedRequest)[CHARGED];
    const extra = charged ? charged.cost.analyticsFields * (this.rateLimit.analyticsWeight - 1) : 0;
    if (!charged || extra <= 0) return next();
    this.decide(req, res, next, charged.client, 'read', extra);
  };

  private decide(req: Request, res: Response, next: NextFunction, client: string, kind: RequestCost['kind'], points: number): void {
    this.rateLimit
      .consume(client, kind, points)
      .then((decision) => {
        if (decision.allowed) return next();
        this.metrics.rateLimited.inc({ kind });
        refuse(req, res, kind, decision.retryAfterS);
      })
      .catch(next);
  }
}

function costOf(req: Request): RequestCost {
  const isGraphql = req.baseUrl === '/graphql' || req.path.startsWith('/graphql');
  if (!isGraphql) return { kind: ['GET', 'HEAD', 'OPTIONS'].includes(req.method) ? 'read' : 'write', points: 1, analyticsFields: 0 };
  // Multipart bodies are uploads (a mutation); they are read only later, by graphql-upload.
  if (req.is('multipart/form-data')) return { kind: 'write', points: 1, analyticsFields: 0 };
  const params: unknown = req.method === 'GET' ? req.query : req.body;

  return graphqlRequestCost(params as Parameters<typeof graphqlRequestCost>[0]);
}

function refuse(req: Request, res: Response, kind: RequestCost['kind'], retryAfterS: number): void {
  const what = kind === 'write' ? 'writes' : 'reads';
  const message = `Too many ${what} from this client; retry in ${retryAfterS} s`;
  const messageZh = `${kind === 'write' ? '写入' : '查询'}过于频繁，请在 ${retryAfterS} 秒后重试。`;
  const isGraphql = req.baseUrl === '/graphql' || req.path.startsWith('/graphql');
  const body = isGraphql
    ? { errors: [{ message, extensions: { code: 'RATE_LIMITED', reason: 'RATE_LIMITED', messageZh, retryAfter: retryAfterS } }] }
    : { error: { code: 'RATE_LIMITED', reason: 'RATE_LIMITED', message, messageZh, retryAfter: retryAfterS } };
  res.status(429);
  res.setHeader('Retry-After', String(retryAfterS));
  res.setHeader('Cache-Control', 'no-store');
  res.json(body);
}
