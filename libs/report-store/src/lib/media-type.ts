import { type SourceFormat } from '@gongkai/report-parser';

const MEDIA_TYPES: Record<SourceFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export function mediaTypeOf(format: SourceFormat, encoding?: string): string {
  // Keep the document's own charset (GB18030 pages stay GB18030 when served back).
  if (format === 'txt' && encoding) return `text/plain; charset=${encoding}`;
  if (format === 'html' && encoding) return `text/html; charset=${encoding}`;

  return MEDIA_TYPES[format];
}
