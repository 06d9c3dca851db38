import { Module } from '@nestjs/common';

import { RegionsModule } from '../../regions/regions.module';
import { ReportsReadModule } from '../../reports/reports-read.module';
import { DataloaderService } from './dataloader.service';

@Module({
  exports: [DataloaderService],
  imports: [RegionsModule, ReportsReadModule],
  providers: [DataloaderService],
})
export class DataloaderModule {}
