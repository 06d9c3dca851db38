import { Module } from '@nestjs/common';

import { IngestionModule } from '../ingestion/ingestion.module';
import { DemoDataService } from './demo-data.service';

@Module({
  exports: [DemoDataService],
  imports: [IngestionModule],
  providers: [DemoDataService],
})
export class DemoModule {}
