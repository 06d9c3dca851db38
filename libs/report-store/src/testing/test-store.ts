import { embeddedConnections, loadRegionCatalogue, openDatabase, type OpenedDatabase, seedRegionCatalogue } from '@gongkai/database';
import { Client } from 'pg';

/** embedded: PGlite through the pool, as the api writes; embedded-direct: through PGlite's API with COPY, as the CLI does. */
export type TestBackend = 'embedded' | 'embedded-direct' | 'postgres';

/** Embedded always; a PostgreSQL server too when TEST_DATABASE_URL (an admin URL) names one (CI does). */
export const TEST_BACKENDS: TestBackend[] = ['embedded', 'embedded-direct', ...(process.env['TEST_DATABASE_URL'] ? (['postgres'] as const) : [])];

let counter = 0;

/** A fresh, migrated, seeded database (in-memory PGlite, or a new PostgreSQL database dropped by close()). */
export async function openTestStore(backend: TestBackend): Promise<OpenedDatabase & { close(): Promise<void> }> {
  if (backend !== 'postgres') {
    const db = await openDatabase({ dataDir: 'memory://', poolMax: 1, runMigrations: true });
    await seedRegionCatalogue(db.dataSource, loadRegionCatalogue());
    const connections = backend === 'embedded-direct' && db.embedded ? embeddedConnections(db.embedded.db) : db.connections;

    return { ...db, connections, close: () => db.dataSource.destroy() };
  }
  const admin = process.env['TEST_DATABASE_URL'] as string;
  const name = `gongkai_store_test_${process.pid}_${Date.now()}_${++counter}`;
  await withAdmin(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolMax: 4, runMigrations: true });
  await seedRegionCatalogue(db.dataSource, loadRegionCatalogue());

  return {
    ...db,
    async close() {
      await db.dataSource.destroy();
      await withAdmin(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(adminUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
