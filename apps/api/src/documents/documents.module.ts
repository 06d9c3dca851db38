import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';

import { ConfigService } from '../core/config/config.service';
import { IngestionModule } from '../ingestion/ingestion.module';
import { MAX_FILES_PER_REQUEST } from './documents.constants';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  controllers: [DocumentsController],
  imports: [
    IngestionModule,
    MulterModule.registerAsync({
      inject: [ConfigService],
      // No storage/dest: multer keeps files in memory. Memory is bounded: the request's Content-Length is checked first (body-size-limit middleware), and
      // multer stops any file past UPLOAD_MAX_BYTES (413) for bodies without a length.
      useFactory: (config: ConfigService) => ({
        limits: { fileSize: config.get('UPLOAD_MAX_BYTES'), files: MAX_FILES_PER_REQUEST, fields: 10, fieldSize: 1024 },
      }),
    }),
  ],
  providers: [DocumentsService],
})
export class DocumentsModule {}
