import { Client } from 'pg';

import { openDatabase, type OpenedDatabase } from '@gongkai/database';

export type TestBackend = 'embedded' | 'postgres';

/** Embedded always; PostgreSQL too when TEST_DATABASE_URL (an admin URL) is set. */
export const TEST_BACKENDS: TestBackend[] = process.env['TEST_DATABASE_URL'] ? ['embedded', 'postgres'] : ['embedded'];

export type TestDatabaseEnv = { DATA_DIR: string; DATABASE_URL?: string; drop(): Promise<void> };

/**
 * Environment for a fresh database: in-memory PGlite, or a new PostgreSQL database
 * gongkai_test_<pid>_<time>_<n> created from TEST_DATABASE_URL and dropped by `drop()`.
 */
export async function createTestDatabaseEnv(backend: TestBackend): Promise<TestDatabaseEnv> {
  if (backend === 'embedded') return { DATA_DIR: 'memory://', drop: async () => undefined };
  const admin = process.env['TEST_DATABASE_URL'];
  if (!admin) throw new Error('TEST_DATABASE_URL is not set');
  const name = `gongkai_test_${process.pid}_${Date.now()}_${++counter}`;
  await withAdmin(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;

  return {
    DATA_DIR: 'memory://',
    DATABASE_URL: url.toString(),
    drop: () => withAdmin(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

let counter = 0;

async function withAdmin<T>(adminUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A migrated database for service-level specs; `close()` destroys it (and drops the PostgreSQL one). */
export async function openTestDatabase(backend: TestBackend): Promise<OpenedDatabase & { close(): Promise<void> }> {
  const env = await createTestDatabaseEnv(backend);
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolMax: 4, runMigrations: true });

  return {
    ...db,
    async close() {
      await db.dataSource.destroy();
      await env.drop();
    },
  };
}
