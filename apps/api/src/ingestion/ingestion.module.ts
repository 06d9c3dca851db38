import { Module } from '@nestjs/common';

import { LibreOfficeConverter } from '@gongkai/document-convert';

import { ConfigService } from '../core/config/config.service';

import { ReportMutationsResolver } from '../reports/report-mutations.resolver';
import { ReportsReadModule } from '../reports/reports-read.module';
import { DOCUMENT_CONVERTER } from './ingestion.constants';
import { IngestionService } from './ingestion.service';

@Module({
  exports: [IngestionService],
  imports: [ReportsReadModule],
  providers: [
    {
      inject: [ConfigService],
      provide: DOCUMENT_CONVERTER,
      useFactory: (config: ConfigService) =>
        new LibreOfficeConverter({
          concurrency: config.get('CONVERT_CONCURRENCY'),
          memoryMb: config.get('CONVERT_MEMORY_MB'),
          soffice: config.get('LIBREOFFICE_PATH'),
          timeoutMs: config.get('CONVERT_TIMEOUT_MS'),
        }),
    },
    IngestionService,
    ReportMutationsResolver,
  ],
})
export class IngestionModule {}
