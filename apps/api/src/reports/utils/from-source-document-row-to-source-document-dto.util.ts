import { SourceDocumentDto } from '../dtos/source-document.dto';
import { type SourceDocumentRow } from '../types/source-document-row.type';

/** The download URL names the report (REST GET /api/reports/:id/source), not the document. */
export function fromSourceDocumentRowToSourceDocumentDto(row: SourceDocumentRow, reportId: string): SourceDocumentDto {
  return Object.assign(new SourceDocumentDto(), {
    id: row.id,
    fileName: row.file_name,
    format: row.format,
    sha256: row.sha256,
    byteSize: Number(row.byte_size),
    downloadUrl: `/api/reports/${encodeURIComponent(reportId)}/source`,
    convertedBy: row.converted_by ?? null,
  });
}
