import { type Server } from 'node:http';

import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';

import { json } from 'express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import { Logger as PinoLogger } from 'nestjs-pino';
import { pinoHttp } from 'pino-http';

import { AppModule } from '../../app.module';
import { ResponseCacheMiddleware } from '../../response-cache/response-cache.middleware';
import { ConfigService } from '../config/config.service';
import { pinoHttpOptionsOf } from '../observability/create-pino-http-options';
import { HttpMetricsMiddleware } from '../observability/http-metrics.middleware';
import { RateLimitMiddleware } from '../rate-limit/rate-limit.middleware';
import { bodySizeLimit } from './body-size-limit.middleware';
import { malformedJsonHandler } from './malformed-json.middleware';
import { requestId } from './request-id.middleware';
import { securityHeaders } from './security-headers.middleware';
import { serveDashboard } from './serve-dashboard';
import { serveExplorer } from './serve-explorer';

export type CreateAppOptions = {
  env: Record<string, string | undefined>;
  schemaFile: string | true;
  logger?: LogLevel[] | false;
};

/** How long an idle kept-alive connection stays open, ms. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** The whole product in one Nest app (used by main.ts and the integration tests). Call listen() on it. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  // The process (main.ts): JSON lines through pino. A test that picks Nest's levels keeps Nest's plain logger
  // and, unless it sets LOG_LEVEL, hears only pino's errors.
  const jsonLogs = options.logger === undefined;
  const env = jsonLogs || options.env['LOG_LEVEL'] !== undefined ? options.env : { ...options.env, LOG_LEVEL: 'error' };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ env, schemaFile: options.schemaFile }), {
    bodyParser: false,
    logger: options.logger ?? ['log', 'warn', 'error'],
    bufferLogs: jsonLogs,
    abortOnError: false,
  });
  if (jsonLogs) app.useLogger(app.get(PinoLogger));
  const config = app.get(ConfigService);
  const maxBytes = config.get('UPLOAD_MAX_BYTES');
  app.disable('x-powered-by');
  const trustProxy = config.get('TRUST_PROXY');
  // Behind a load balancer: req.ip (rate limits, audit) and req.secure (HSTS) come from X-Forwarded-* of these hops.
  if (trustProxy !== undefined) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  // First, so that every answer — errors, 413s and the dashboard's files included — carries the headers.
  app.use(securityHeaders());
  app.use(requestId);
  app.use(pinoHttp(pinoHttpOptionsOf(config)));
  app.use(app.get(HttpMetricsMiddleware).use);
  // Before Apollo: a browser opening /graphql gets the offline explorer.
  serveExplorer(app);
  app.use('/graphql', bodySizeLimit(maxBytes));
  app.use('/api/reports', bodySizeLimit(maxBytes));
  app.use(json({ limit: '1mb' }));
  app.use(malformedJsonHandler);
  // Budgets per client: the base cost before the answer cache (a cached answer is still a request), the
  // analytics weight after it (only answers that will be computed pay it).
  const rateLimit = app.get(RateLimitMiddleware);
  app.use(['/graphql', '/api'], rateLimit.charge);
  // After the JSON parser (it keys on the parsed body), before GraphQL and its guards (a hit skips them).
  const responseCache = app.get(ResponseCacheMiddleware);
  app.use('/graphql', responseCache.use.bind(responseCache));
  app.use('/graphql', rateLimit.chargeComputed);
  // Multipart GraphQL requests (graphql-multipart-request-spec) → Upload scalars; one file per operation.
  app.use('/graphql', graphqlUploadExpress({ maxFileSize: maxBytes, maxFiles: 1 }));
  serveDashboard(app, config.get('DASHBOARD_DIR'));
  app.enableShutdownHooks();
  // Node closes an idle kept-alive connection after 5 s; a client reusing it at that moment gets ECONNRESET or
  // EPIPE before any answer (seen under load after a slow request: a PDF briefing, a security-probe upload).
  // Idle connections stay open longer than clients and proxies keep theirs (undici 4 s, nginx/ALB 60 s).
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;

  return app;
}
