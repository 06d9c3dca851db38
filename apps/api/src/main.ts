// First: sets NODE_ENV before any library reads it.
import './core/process/production-env';
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { type AddressInfo } from 'node:net';

import { Logger } from '@nestjs/common';

import { type DataDirLock } from '@gongkai/database';

import { TokensService } from './auth/tokens.service';

import { ConfigService } from './core/config/config.service';
import { createApp } from './core/http/create-app';
import { DATA_DIR_LOCK } from './database/database.constants';
import { DemoDataService } from './demo/demo-data.service';

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const logger = new Logger('Gongkai');
  const app = await createApp({ env: process.env, schemaFile: true });
  const config = app.get(ConfigService);
  const server = await app.listen(config.get('PORT'), config.get('HOST'));
  // Slow clients cannot hold a connection forever; uploads of 30 MB still fit comfortably.
  server.requestTimeout = Math.max(config.get('REQUEST_TIMEOUT_MS'), 120_000);
  // Owner of an embedded database: say where we listen, and give a local CLI (who can read the 0600 lock
  // file) an admin credential, so its writes come through this process instead of a second copy of the data.
  const lock = app.get<DataDirLock | null>(DATA_DIR_LOCK);
  if (lock) {
    const address = server.address() as AddressInfo;
    const host = ['0.0.0.0', '::', 'localhost'].includes(config.get('HOST')) ? '127.0.0.1' : address.address;
    const secret = randomBytes(32).toString('base64url');
    app.get(TokensService).setLocalSecret(secret);
    lock.update({ httpUrl: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`, localSecret: secret });
  }
  logger.log(`Listening on http://localhost:${config.get('PORT')} (GraphQL at /graphql) after ${Date.now() - started} ms`);
  if (config.get('DEMO_DATA')) void app.get(DemoDataService).loadIfEmpty();
}

bootstrap().catch((error: unknown) => {
  // Fail fast with the reason (invalid config, database unreachable …) and a non-zero exit code.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
