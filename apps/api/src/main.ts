// First: sets NODE_ENV before any library reads it.
import './core/process/production-env';
import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { ConfigService } from './core/config/config.service';
import { createApp } from './core/http/create-app';
import { DemoDataService } from './demo/demo-data.service';

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const logger = new Logger('Gongkai');
  const app = await createApp({ env: process.env, schemaFile: true });
  const config = app.get(ConfigService);
  const server = await app.listen(config.get('PORT'), config.get('HOST'));
  // Slow clients cannot hold a connection forever; uploads of 30 MB still fit comfortably.
  server.requestTimeout = Math.max(config.get('REQUEST_TIMEOUT_MS'), 120_000);
  logger.log(`Listening on http://localhost:${config.get('PORT')} (GraphQL at /graphql) after ${Date.now() - started} ms`);
  if (config.get('DEMO_DATA')) void app.get(DemoDataService).loadIfEmpty();
}

bootstrap().catch((error: unknown) => {
  // Fail fast with the reason (invalid config, database unreachable …) and a non-zero exit code.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
