/** Injection token of the DocumentConverter (@gongkai/document-convert) the uploads' legacy documents go through. */
export const DOCUMENT_CONVERTER = Symbol('DOCUMENT_CONVERTER');

/** Injection token of the ScanReader (@gongkai/document-ocr) scans and page images are read by; null when Tesseract is not installed. */
export const SCAN_READER = Symbol('SCAN_READER');
