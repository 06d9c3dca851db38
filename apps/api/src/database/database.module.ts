import { type DynamicModule, Global, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';

import { type DataDirLock, openDatabase, poolConnections } from '@gongkai/database';

import { ConfigService } from '../core/config/config.service';
import { DATA_DIR_LOCK, READ_DATA_SOURCE, STORE_CONNECTIONS } from './database.constants';
import { ENTITIES } from './entities';
import { RegionCatalogueSeeder } from './seeds/region-catalogue.seeder';

const logger = new Logger('Database');

class ReadDataSourceCloser implements OnApplicationShutdown {
  constructor(
    private readonly primary: DataSource,
    private readonly read: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.read !== this.primary && this.read.isInitialized) await this.read.destroy();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  /** The primary DataSource (migrations run at start), the read DataSource and the region catalogue seed. */
  static forRoot(): DynamicModule {
    let opened: DataSource | undefined;
    let lock: DataDirLock | null = null;
    let embedded = false;

    return {
      exports: [READ_DATA_SOURCE, STORE_CONNECTIONS, DATA_DIR_LOCK, TypeOrmModule],
      imports: [
        TypeOrmModule.forRootAsync({
          // useFactory opens the database (it alone can inject the config); the factory hands the
          // initialised DataSource to Nest, which destroys it (and so stops PGlite) on shutdown.
          dataSourceFactory: async () => {
            if (!opened) throw new Error('database not opened');

            return opened;
          },
          inject: [ConfigService],
          useFactory: async (config: ConfigService) => {
            const db = await openDatabase({
              databaseUrl: config.get('DATABASE_URL'),
              dataDir: config.get('DATA_DIR'),
              poolMax: config.get('DATABASE_POOL_MAX'),
              runMigrations: true,
              entities: ENTITIES,
              owner: { kind: 'api' },
            });
            logger.log(`Using ${db.description}`);
            if (db.embedded?.lock?.tookOverFrom) {
              const stale = db.embedded.lock.tookOverFrom;
              logger.warn(`Took over the embedded database from process ${stale.pid} (${stale.kind}, since ${stale.startedAt}), which is no longer running`);
            }
            opened = db.dataSource;
            lock = db.embedded?.lock ?? null;
            embedded = db.embedded !== null;

            return { ...db.dataSource.options, retryAttempts: 0 };
          },
        }),
      ],
      module: DatabaseModule,
      providers: [
        RegionCatalogueSeeder,
        {
          inject: [ConfigService, getDataSourceToken()],
          provide: READ_DATA_SOURCE,
          useFactory: async (config: ConfigService, primary: DataSource) => {
            const url = config.get('READ_DATABASE_URL');
            if (!url) return primary;
            const { dataSource } = await openDatabase({ databaseUrl: url, dataDir: '', poolMax: config.get('DATABASE_POOL_MAX'), runMigrations: false, name: 'gongkai-read' });

            return dataSource;
          },
        },
        {
          inject: [getDataSourceToken(), ConfigService],
          provide: STORE_CONNECTIONS,
          // The embedded database has one session; a server gets the pool's size in writers.
          useFactory: (primary: DataSource, config: ConfigService) => poolConnections(primary, embedded ? 1 : Math.max(1, config.get('DATABASE_POOL_MAX') - 1), !embedded),
        },
        // After the DataSource (its factory sets `lock`), hence the injection.
        { inject: [getDataSourceToken()], provide: DATA_DIR_LOCK, useFactory: () => lock },
        {
          inject: [getDataSourceToken(), READ_DATA_SOURCE],
          provide: ReadDataSourceCloser,
          useFactory: (primary: DataSource, read: DataSource) => new ReadDataSourceCloser(primary, read),
        },
      ],
    };
  }
}
