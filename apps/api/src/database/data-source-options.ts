import { type DataSourceOptions } from 'typeorm';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export type DataSourceOptionsInput = {
  url: string;
  /** 1 for the embedded database (one PGlite session). */
  poolMax: number;
  runMigrations: boolean;
  name?: string;
};

export function buildDataSourceOptions(input: DataSourceOptionsInput): DataSourceOptions {
  return {
    type: 'postgres',
    url: input.url,
    entities: ENTITIES,
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
