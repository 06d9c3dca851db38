import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type NestExpressApplication } from '@nestjs/platform-express';

import { type Role } from '../../src/auth/api-token.entity';
import { TokensService } from '../../src/auth/tokens.service';
import { createApp } from '../../src/core/http/create-app';
import { createTestDatabaseEnv, type TestBackend } from './test-database';

export type GraphqlResponse<T = Record<string, unknown>> = {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
  text: string;
};

export type TestApp = {
  app: NestExpressApplication;
  url: string;
  /** The schema this app printed (for the drift check). */
  schemaFile: string;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>>;
  token(role: Role, regionCode?: string): Promise<string>;
  close(): Promise<void>;
};

/**
 * The real app on port 0 over a fresh database (in-memory PGlite, or a new PostgreSQL database). Start ONE per
 * test file: PGlite's start-up dominates the run time.
 */
export async function createTestApp(backend: TestBackend, env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabaseEnv(backend);
  const schemaFile = join(mkdtempSync(join(tmpdir(), 'gongkai-schema-')), 'schema.gql');
  const app = await createApp({
    env: { DEMO_DATA: 'false', DATA_DIR: db.DATA_DIR, DATABASE_URL: db.DATABASE_URL, ...env },
    schemaFile,
    logger: ['error'],
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;

  return {
    app,
    url,
    schemaFile,
    async graphql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>> {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();

      return { status: res.status, body: JSON.parse(text) as GraphqlResponse<T>['body'], text };
    },
    async token(role: Role, regionCode?: string): Promise<string> {
      const created = await app.get(TokensService).create({ name: `test ${role}`, role, regionCode });

      return created.secret;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
