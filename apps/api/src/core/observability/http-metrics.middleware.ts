import { Injectable } from '@nestjs/common';

import { type NextFunction, type Request, type Response } from 'express';

import { CACHE_STATUS_HEADER } from '../../response-cache/response-cache.middleware';
import { PrometheusService } from './prometheus.service';
import { routeLabel } from './utils/route-label.util';

/** Counts and times every answer (mounted early, so refusals by later middleware — 413, 429 — are counted too). */
@Injectable()
export class HttpMetricsMiddleware {
  constructor(private readonly metrics: PrometheusService) {}

  readonly use = (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const path = req.path;
    res.once('finish', () => {
      const route = routeLabel(path);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      this.metrics.httpDuration.observe({ method: req.method, route }, seconds);
      const cache = res.getHeader(CACHE_STATUS_HEADER);
      if (route === '/graphql' && typeof cache === 'string') this.metrics.responseCache.inc({ result: cache });
    });
    next();
  };
}
