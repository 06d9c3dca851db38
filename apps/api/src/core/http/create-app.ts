import { type Server } from 'node:http';

import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';

import { json } from 'express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';

import { AppModule } from '../../app.module';
import { ResponseCacheMiddleware } from '../../response-cache/response-cache.middleware';
import { ConfigService } from '../config/config.service';
import { bodySizeLimit } from './body-size-limit.middleware';
import { malformedJsonHandler } from './malformed-json.middleware';
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
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ env: options.env, schemaFile: options.schemaFile }), {
    bodyParser: false,
    logger: options.logger ?? ['log', 'warn', 'error'],
    abortOnError: false,
  });
  const config = app.get(ConfigService);
  const maxBytes = config.get('UPLOAD_MAX_BYTES');
  app.disable('x-powered-by');
  // Before Apollo: a browser opening /graphql gets the offline explorer.
  serveExplorer(app);
  app.use('/graphql', bodySizeLimit(maxBytes));
  app.use('/api/reports', bodySizeLimit(maxBytes));
  app.use(json({ limit: '1mb' }));
  app.use(malformedJsonHandler);
  // After the JSON parser (it keys on the parsed body), before GraphQL and its guards (a hit skips them).
  const responseCache = app.get(ResponseCacheMiddleware);
  app.use('/graphql', responseCache.use.bind(responseCache));
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
