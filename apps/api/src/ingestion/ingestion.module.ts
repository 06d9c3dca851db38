import { Module } from '@nestjs/common';

import { ReportMutationsResolver } from '../reports/report-mutations.resolver';
import { ReportsReadModule } from '../reports/reports-read.module';
import { IngestionService } from './ingestion.service';

@Module({
  exports: [IngestionService],
  imports: [ReportsReadModule],
  providers: [IngestionService, ReportMutationsResolver],
})
export class IngestionModule {}
