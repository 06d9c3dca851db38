import { type DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from './migrations';

export type DataSourceOptionsInput = {
  url: string;
  /** 1 for the embedded database (one PGlite session). */
  poolMax: number;
  runMigrations: boolean;
  name?: string;
  /** TypeORM entities of the caller (the api's); the store and the CLI write plain SQL and need none. */
  entities?: DataSourceOptions['entities'];
};

export function buildDataSourceOptions(input: DataSourceOptionsInput): DataSourceOptions {
  return {
    type: 'postgres',
    url: input.url,
    entities: input.entities ?? [],
    migrations: MIGRATIONS,
    migrationsRun: input.runMigrations,
    // All migrations in one transaction: a failed start leaves the schema as it was.
    migrationsTransactionMode: 'all',
    synchronize: false,
    logging: ['error', 'warn'],
    applicationName: input.name ?? 'gongkai',
    extra: { max: input.poolMax, connectionTimeoutMillis: 120_000 },
  };
}
