import { type DynamicModule, Global, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';

import { ConfigService } from '../core/config/config.service';
import { READ_DATA_SOURCE } from './database.constants';
import { openDatabase } from './open-database';
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

    return {
      exports: [READ_DATA_SOURCE, TypeOrmModule],
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
            });
            logger.log(`Using ${db.description}`);
            opened = db.dataSource;

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
          inject: [getDataSourceToken(), READ_DATA_SOURCE],
          provide: ReadDataSourceCloser,
          useFactory: (primary: DataSource, read: DataSource) => new ReadDataSourceCloser(primary, read),
        },
      ],
    };
  }
}
