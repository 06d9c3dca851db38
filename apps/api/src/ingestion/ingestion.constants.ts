/** Injection token of the DocumentConverter (@gongkai/document-convert) the uploads' legacy documents go through. */
export const DOCUMENT_CONVERTER = Symbol('DOCUMENT_CONVERTER');
