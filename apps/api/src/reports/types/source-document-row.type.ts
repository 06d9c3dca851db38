/** source_document metadata (never the content bytes). */
export type SourceDocumentRow = { id: string; file_name: string; format: string; sha256: string; byte_size: number };
