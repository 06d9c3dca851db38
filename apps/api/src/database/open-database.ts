import { DataSource } from 'typeorm';

import { buildDataSourceOptions } from './data-source-options';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { installPgTypeParsers } from './pg-type-parsers';

export type OpenDatabaseInput = {
  /** Real PostgreSQL when set; otherwise embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  poolMax: number;
  runMigrations: boolean;
  name?: string;
};

export type OpenedDatabase = {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | null;
  /** Which backend, for logs: 'embedded (./data/pglite)' or 'postgres (host/db)'. */
  description: string;
};

/**
 * Opens the database for the api and the CLI alike: the real server with DATABASE_URL, else embedded PGlite
 * through pglite-socket with a pool of one. Migrations run here when asked. Destroying the DataSource also
 * stops the embedded server (so Nest's shutdown hook closes PGlite cleanly).
 */
export async function openDatabase(input: OpenDatabaseInput): Promise<OpenedDatabase> {
  installPgTypeParsers();
  const embedded = input.databaseUrl ? null : await startEmbeddedPostgres(input.dataDir);
  const url = input.databaseUrl ?? (embedded as EmbeddedPostgres).url;
  const dataSource = new DataSource(
    buildDataSourceOptions({ url, poolMax: embedded ? 1 : input.poolMax, runMigrations: input.runMigrations, name: input.name }),
  );
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  if (embedded) {
    const destroy = dataSource.destroy.bind(dataSource);
    dataSource.destroy = async () => {
      try {
        if (dataSource.isInitialized) await destroy();
      } finally {
        await embedded.stop();
      }
    };
  }

  return {
    dataSource,
    embedded,
    description: embedded ? `embedded PostgreSQL (PGlite, ${embedded.dataDir})` : `PostgreSQL (${redactUrl(url)})`,
  };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';

    return `${u.host}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
