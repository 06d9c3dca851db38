import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { IngestionException, IngestionExceptionCode } from '../ingestion/ingestion.exception';

export type StoredDocument = { fileName: string; mediaType: string; sha256: string; content: Buffer };

@Injectable()
export class DocumentsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The original bytes of a report's document. */
  async findSourceOfReport(reportId: string): Promise<StoredDocument> {
    const rows: { file_name: string; media_type: string; sha256: string; content: Buffer }[] = await this.dataSource.query(
      `SELECT d."file_name", d."media_type", d."sha256", d."content"
       FROM "report" r JOIN "source_document" d ON d."id" = r."source_document_id" WHERE r."id" = $1`,
      [reportId],
    );
    const row = rows[0];
    if (!row) throw new IngestionException(IngestionExceptionCode.REPORT_NOT_FOUND, `No report ${reportId}`);

    return { fileName: row.file_name, mediaType: row.media_type, sha256: row.sha256, content: row.content };
  }

  /** One page image of a scanned report. */
  async findPageImage(reportId: string, page: number): Promise<{ mediaType: string; content: Buffer }> {
    const rows: { media_type: string; content: Buffer }[] = await this.dataSource.query(
      `SELECT "media_type", "content" FROM "report_page_image" WHERE "report_id" = $1 AND "page" = $2`,
      [reportId, page],
    );
    const row = rows[0];
    if (!row) throw new IngestionException(IngestionExceptionCode.PAGE_NOT_FOUND, `No page ${page} image of report ${reportId}`);

    return { mediaType: row.media_type, content: row.content };
  }
}
