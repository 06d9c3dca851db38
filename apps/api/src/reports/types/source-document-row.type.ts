/** source_document metadata (never the content bytes). */
export type SourceDocumentRow = {
  id: string;
  file_name: string;
  format: string;
  sha256: string;
  byte_size: number;
  /** Who converted it to .docx before parsing (report.parsed.conversion.by); null or absent when read as it is. */
  converted_by?: string | null;
};
