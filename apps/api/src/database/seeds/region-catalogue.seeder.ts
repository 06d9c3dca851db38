import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { loadRegionCatalogue, seedRegionCatalogue } from '@gongkai/database';

/** Loads the GB/T 2260 catalogue into the database at start (after the migrations). */
@Injectable()
export class RegionCatalogueSeeder implements OnModuleInit {
  private readonly logger = new Logger('Regions');

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const started = Date.now();
    const result = await seedRegionCatalogue(this.dataSource, loadRegionCatalogue());
    if (result.seeded) {
      this.logger.log(`Seeded ${result.regions} regions and ${result.aliases} aliases (catalogue ${result.version}) in ${Date.now() - started} ms`);
    }
  }
}
