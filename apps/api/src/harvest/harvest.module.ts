import { Module } from '@nestjs/common';

import { IngestionModule } from '../ingestion/ingestion.module';
import { RegionsModule } from '../regions/regions.module';
import { HarvestResolver } from './harvest.resolver';
import { HarvestService } from './harvest.service';
import { RepublicationResolver } from './republication.resolver';

@Module({
  exports: [HarvestService],
  imports: [IngestionModule, RegionsModule],
  providers: [HarvestResolver, HarvestService, RepublicationResolver],
})
export class HarvestModule {}
