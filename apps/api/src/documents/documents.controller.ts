import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';

import { type Response } from 'express';

import { type IngestResult, type ReplacedReport, type StoredReportSummary, documentsOf } from '@gongkai/report-store';

import { CurrentAuth } from '../auth/decorators/current-auth.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { type AuthContext } from '../auth/types/auth-context.type';
import { IngestionException, IngestionExceptionCode } from '../ingestion/ingestion.exception';
import { IngestionService } from '../ingestion/ingestion.service';
import { DocumentsService } from './documents.service';
import { MAX_FILES_PER_REQUEST } from './documents.constants';
import { contentDisposition } from './utils/content-disposition.util';

type UploadedFile = { originalname: string; buffer: Buffer };

/** What the stored (or already known) report is, so the uploader can check it was read right. */
type RestReportSummary = {
  issuer: { name: string; kind: string };
  region: { code: string; name: string; path: string };
  year: number;
  template: string;
  status: string;
  sampleData: boolean;
  findingCount: number;
  url: string;
};

type RestIngestResult = {
  file: string;
  status: IngestResult['status'];
  reportId: string | null;
  error: IngestResult['error'];
  report: RestReportSummary | null;
  /** The report this one superseded (status superseded), e.g. a generated sample one. */
  replaced: ReplacedReport | null;
};

function toRestSummary(s: StoredReportSummary | null): RestReportSummary | null {
  if (!s) return null;

  return {
    issuer: { name: s.issuerName, kind: s.issuerKind },
    region: { code: s.regionCode, name: s.regionName, path: s.regionPath },
    year: s.year,
    template: s.template,
    status: s.status,
    sampleData: s.sampleData,
    findingCount: s.findingCount,
    url: s.url,
  };
}

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
  ): Promise<{ results: RestIngestResult[]; error?: { code: string; reason: string; message: string; messageZh: string } }> {
    if (!files || files.length === 0) throw new IngestionException(IngestionExceptionCode.NO_FILE, 'No file in the request (field "file")');
    const region = typeof body['region'] === 'string' && body['region'].trim() !== '' ? body['region'].trim() : null;
    if (region !== null && !/^\d{6}$/.test(region)) throw new IngestionException(IngestionExceptionCode.INVALID_REGION, `Invalid region code ${region}`);

    const results: RestIngestResult[] = [];
    for (const file of files) {
      // Browsers send UTF-8 names; multer reads the header as Latin-1.
      const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
      const members = documentsOf(fileName, file.buffer);
      if (!Array.isArray(members)) {
        results.push({ file: members.label, status: 'rejected', reportId: null, error: members.error, report: null, replaced: null });
        continue;
      }
      for (const member of members) {
        const result = await this.ingestionService.ingest({ bytes: member.bytes, fileName: member.label, regionCode: region }, auth);
        const summary = result.reportId ? await this.ingestionService.summarize(result.reportId) : null;
        results.push({
          file: result.fileName,
          status: result.status,
          reportId: result.reportId,
          error: result.error,
          report: toRestSummary(summary),
          replaced: result.replaced ?? null,
        });
      }
    }
    if (results.every((r) => r.error?.code === 'FORBIDDEN')) res.status(403);
    // Nothing stored because no region is known: the caller must name one (a typed 422, the results still per file).
    if (results.every((r) => r.error?.code === 'REGION_UNKNOWN')) {
      res.status(422);
      const first = results[0]?.error;

      return {
        results,
        error: { code: 'UNPROCESSABLE', reason: 'REGION_UNKNOWN', message: first?.messageEn ?? 'Unknown region', messageZh: first?.messageZh ?? '地区未知。' },
      };
    }

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

  /** A page image of a scanned report (as public as the source document it was read from). */
  @Get(':id/pages/:page')
  async pageImage(@Param('id', new ParseUUIDPipe()) id: string, @Param('page', new ParseIntPipe()) page: number, @Res() res: Response): Promise<void> {
    const image = await this.documentsService.findPageImage(id, page);
    res.setHeader('Content-Type', image.mediaType);
    res.setHeader('Content-Length', String(image.content.byteLength));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // A report version's images never change (a correction is a new version): cacheable for long.
    res.setHeader('Cache-Control', 'public, max-age=86400, immutable');
    res.end(image.content);
  }
}
