import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';

import { type Response } from 'express';

import { type IngestResult, documentsOf } from '@gongkai/report-store';

import { CurrentAuth } from '../auth/decorators/current-auth.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { type AuthContext } from '../auth/types/auth-context.type';
import { IngestionException, IngestionExceptionCode } from '../ingestion/ingestion.exception';
import { IngestionService } from '../ingestion/ingestion.service';
import { DocumentsService } from './documents.service';
import { MAX_FILES_PER_REQUEST } from './documents.constants';
import { contentDisposition } from './utils/content-disposition.util';

type UploadedFile = { originalname: string; buffer: Buffer };

type RestIngestResult = {
  file: string;
  status: IngestResult['status'];
  reportId: string | null;
  error: IngestResult['error'];
};

/** REST for curl and the dashboard's upload page (progress bars need plain multipart). */
@Controller('api/reports')
export class DocumentsController {
  constructor(
    private readonly documentsService: DocumentsService,
    private readonly ingestionService: IngestionService,
  ) {}

  /** multipart: `file` (repeatable; .zip archives are expanded), optional `region`. */
  @Post()
  @HttpCode(200)
  @Roles('admin', 'editor')
  @UseInterceptors(FilesInterceptor('file', MAX_FILES_PER_REQUEST))
  async upload(
    @CurrentAuth() auth: AuthContext,
    @UploadedFiles() files: UploadedFile[] | undefined,
    @Body() body: Record<string, unknown>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ results: RestIngestResult[] }> {
    if (!files || files.length === 0) throw new IngestionException(IngestionExceptionCode.NO_FILE, 'No file in the request (field "file")');
    const region = typeof body['region'] === 'string' && body['region'].trim() !== '' ? body['region'].trim() : null;
    if (region !== null && !/^\d{6}$/.test(region)) throw new IngestionException(IngestionExceptionCode.INVALID_REGION, `Invalid region code ${region}`);

    const results: RestIngestResult[] = [];
    for (const file of files) {
      // Browsers send UTF-8 names; multer reads the header as Latin-1.
      const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
      const members = documentsOf(fileName, file.buffer);
      if (!Array.isArray(members)) {
        results.push({ file: members.label, status: 'rejected', reportId: null, error: members.error });
        continue;
      }
      for (const member of members) {
        const result = await this.ingestionService.ingest({ bytes: member.bytes, fileName: member.label, regionCode: region }, auth);
        results.push({ file: result.fileName, status: result.status, reportId: result.reportId, error: result.error });
      }
    }
    if (results.every((r) => r.error?.code === 'FORBIDDEN')) res.status(403);

    return { results };
  }

  @Get(':id/source')
  async source(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const document = await this.documentsService.findSourceOfReport(id);
    res.setHeader('Content-Type', document.mediaType);
    res.setHeader('Content-Length', String(document.content.byteLength));
    res.setHeader('Content-Disposition', contentDisposition(document.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Stored HTML is someone else's page: never let it run scripts on our origin.
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox");
    res.setHeader('ETag', `"${document.sha256}"`);
    res.end(document.content);
  }
}
