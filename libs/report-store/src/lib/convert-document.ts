import { type ConvertedDocument, type DocumentConverter, type OfficeFormat, convertIfOffice, isConvertError, MEDIA_TYPES } from '@gongkai/document-convert';

import { type IngestErrorInfo } from './types';

/** What the store keeps of a conversion (the report's provenance; the .docx itself is not kept). */
export type ConversionRecord = { from: OfficeFormat; to: 'docx'; by: string; ms: number };

export type ConversionOutcome = { converted: ConvertedDocument | null } | { error: IngestErrorInfo };

/**
 * convertIfOffice (libs/document-convert) as the store answers: the .docx of a legacy document, null for what the
 * parser reads itself, or the rejection (ENCRYPTED before any process runs, LIBREOFFICE_MISSING naming the package
 * without a converter, CONVERT_TIMEOUT, CONVERT_FAILED). Never throws.
 */
export async function convertOfficeDocument(bytes: Uint8Array, fileName: string, convert: DocumentConverter | undefined, waitMs?: number): Promise<ConversionOutcome> {
  try {
    return { converted: await convertIfOffice(bytes, fileName, convert, waitMs === undefined ? {} : { maxWaitMs: waitMs }) };
  } catch (error) {
    if (isConvertError(error)) return { error: { code: error.code, messageZh: error.messageZh, messageEn: error.messageEn } };
    const message = error instanceof Error ? error.message : String(error);

    return { error: { code: 'CONVERT_FAILED', messageZh: `文档转换失败：${message}`, messageEn: `The document conversion failed: ${message}` } };
  }
}

export function conversionRecord(converted: ConvertedDocument): ConversionRecord {
  return { from: converted.from, to: 'docx', by: converted.by, ms: Math.round(converted.ms) };
}

export function convertedMediaType(format: OfficeFormat): string {
  return MEDIA_TYPES[format];
}
