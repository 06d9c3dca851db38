import { Module } from '@nestjs/common';

import { LibreOfficeConverter } from '@gongkai/document-convert';
import { TesseractReader } from '@gongkai/document-ocr';

import { ConfigService } from '../core/config/config.service';

import { ReportMutationsResolver } from '../reports/report-mutations.resolver';
import { ReportsReadModule } from '../reports/reports-read.module';
import { DOCUMENT_CONVERTER, SCAN_READER } from './ingestion.constants';
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
    // Scans are read when Tesseract is on PATH; without it the product starts and refuses them naming the packages.
    { provide: SCAN_READER, useFactory: () => (TesseractReader.available() ? new TesseractReader() : null) },
    IngestionService,
    ReportMutationsResolver,
  ],
})
export class IngestionModule {}
