import { join } from 'node:path';

import { type DataSource, type DataSourceOptions } from 'typeorm';

import { repoRoot } from './lib/paths';

/**
 * The api's database helpers, loaded at run time from its build (apps/api/dist): the benchmark migrates and
 * seeds exactly as the api does, without a compile-time import of an app (Nx module boundaries forbid it,
 * and the api emits no declarations). Signatures mirror apps/api/src/database/*.
 */
export type ApiDatabaseHelpers = {
  startEmbeddedPostgres(dataDir: string): Promise<{ url: string; dataDir: string; stop(): Promise<void> }>;
  openDatabase(input: { databaseUrl?: string; dataDir: string; poolMax: number; runMigrations: boolean; name?: string }): Promise<{ dataSource: DataSource }>;
  buildDataSourceOptions(input: { url: string; poolMax: number; runMigrations: boolean; name?: string }): DataSourceOptions;
  loadRegionCatalogue(): unknown;
  seedRegionCatalogue(dataSource: DataSource, catalogue: unknown): Promise<unknown>;
};

function fn<T>(module: unknown, name: string): T {
  const value = (module as Record<string, unknown> | null)?.[name];
  if (typeof value !== 'function') throw new Error(`apps/api/dist does not export ${name}: run \`npm run build\` first`);

  return value as T;
}

export function apiDistDir(root: string = repoRoot()): string {
  return join(root, 'apps', 'api', 'dist');
}

export async function loadApiDatabaseHelpers(): Promise<ApiDatabaseHelpers> {
  const dir = join(apiDistDir(), 'database');
  const load = (rel: string): Promise<unknown> => import(join(dir, rel));
  const [embedded, open, options, catalogue, seed] = await Promise.all([
    load('embedded-postgres.js'),
    load('open-database.js'),
    load('data-source-options.js'),
    load('seeds/region-catalogue.js'),
    load('seeds/seed-region-catalogue.js'),
  ]);

  return {
    startEmbeddedPostgres: fn(embedded, 'startEmbeddedPostgres'),
    openDatabase: fn(open, 'openDatabase'),
    buildDataSourceOptions: fn(options, 'buildDataSourceOptions'),
    loadRegionCatalogue: fn(catalogue, 'loadRegionCatalogue'),
    seedRegionCatalogue: fn(seed, 'seedRegionCatalogue'),
  };
}
