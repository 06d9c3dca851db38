import { Logger } from '@nestjs/common';

import { RegionScopeService } from './auth/region-scope.service';
import { TokensService } from './auth/tokens.service';
import { ConfigService } from './core/config/config.service';
import { validateEnv } from './core/config/env.schema';
import { openDatabase } from './database/open-database';
import { loadRegionCatalogue } from './database/seeds/region-catalogue';
import { seedRegionCatalogue } from './database/seeds/seed-region-catalogue';
import { IngestionService } from './ingestion/ingestion.service';
import { DatasetRevisionService } from './response-cache/dataset-revision.service';

export { ArchiveError, expandZipArchive, isZipArchive } from './ingestion/utils/expand-zip-archive.util';
export { type IngestResult, type IngestStatus } from './ingestion/types/ingest-result.type';
export { IngestionService } from './ingestion/ingestion.service';
export { TokensService, type CreatedToken, type TokenSummary } from './auth/tokens.service';
export { AuthException } from './auth/auth.exception';
export { type Role, ROLES } from './auth/api-token.entity';

export type ApiContext = {
  ingestionService: IngestionService;
  tokensService: TokensService;
  /** 'embedded PostgreSQL (PGlite, /path)' or 'PostgreSQL (host/db)'. */
  description: string;
  close(): Promise<void>;
};

/**
 * The api's services without HTTP, for the CLI: same configuration rules (DATABASE_URL, else embedded PGlite in
 * DATA_DIR), migrations run, regions seeded. `databaseUrl` overrides the environment.
 */
export async function openApiContext(env: Record<string, string | undefined>, overrides: { databaseUrl?: string } = {}): Promise<ApiContext> {
  Logger.overrideLogger(['error']);
  const config = validateEnv({ ...env, ...(overrides.databaseUrl ? { DATABASE_URL: overrides.databaseUrl } : {}) });
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolMax: Math.min(config.DATABASE_POOL_MAX, 4),
    runMigrations: true,
    name: 'gongkai-cli',
  });
  try {
    await seedRegionCatalogue(db.dataSource, loadRegionCatalogue());
  } catch (error) {
    await db.dataSource.destroy();
    throw error;
  }
  const regionScopeService = new RegionScopeService(db.dataSource);

  return {
    // The CLI keeps no cache; its writes still bump the revision in the database for running api instances.
    ingestionService: new IngestionService(db.dataSource, regionScopeService, new DatasetRevisionService(db.dataSource, new ConfigService(config))),
    tokensService: new TokensService(db.dataSource),
    description: db.description,
    close: () => db.dataSource.destroy(),
  };
}
