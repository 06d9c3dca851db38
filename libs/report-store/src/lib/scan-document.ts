import { type ParsedReport, type ParseOptions, parseScannedLayer, type ScanInput, type ScanReader } from '@gongkai/report-parser';

import { expandZipArchive, isZipArchive } from './archive';
import { type PageImage } from './report-rows';
import { type IngestErrorInfo } from './types';

export type ImageType = 'image/jpeg' | 'image/png' | 'image/tiff';

/** JPEG, PNG or TIFF by content (a scanned page published as an image). */
export function imageTypeOf(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes.length >= 4 && ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 0x2a))) return 'image/tiff';
  return null;
}

/** A zip whose members are all images is the pages of one report, in name order; null for any other zip. */
export function imagePagesOfZip(fileName: string, bytes: Uint8Array): { fileName: string; bytes: Uint8Array }[] | null {
  if (!isZipArchive(fileName, bytes)) return null;
  let pages: { fileName: string; bytes: Uint8Array }[];
  try {
    // The archive's own limits (entries, sizes, ratio) apply as for any zip.
    pages = expandZipArchive(bytes);
  } catch {
    return null;
  }
  if (pages.length === 0) return null;
  if (!pages.every((p) => imageTypeOf(p.bytes) !== null)) return null;
  return pages.sort((a, b) => a.fileName.localeCompare(b.fileName, 'en', { numeric: true }));
}

/** The Debian packages the OCR needs, named in the refusal when no reader is installed. */
const OCR_PACKAGES = 'tesseract-ocr tesseract-ocr-chi-sim poppler-utils';

export const NO_OCR_ERROR: IngestErrorInfo = {
  code: 'OCR_MISSING',
  messageZh: `这是扫描件或图片，需要文字识别（OCR）才能读取，但本机未安装：请安装 Debian 软件包 ${OCR_PACKAGES}（apt-get install ${OCR_PACKAGES}）后重新上传。`,
  messageEn: `This is a scan or an image and needs OCR to be read, which is not installed here: install the Debian packages ${OCR_PACKAGES} (apt-get install ${OCR_PACKAGES}) and upload it again.`,
};

export type ScanOutcome = { parsed: ParsedReport; pageImages: PageImage[] } | { error: IngestErrorInfo };

/** A scan read by the injected reader and parsed; the reader's typed errors (OCR_TIMEOUT…) become the rejection. */
export async function readScan(input: ScanInput, reader: ScanReader | undefined, options: ParseOptions): Promise<ScanOutcome> {
  if (!reader) return { error: NO_OCR_ERROR };
  try {
    const reading = await reader.read(input);
    const parsed = parseScannedLayer(reading, options);
    return { parsed, pageImages: reading.pageImages };
  } catch (error) {
    const typed = error as { code?: unknown; messageZh?: unknown; messageEn?: unknown };
    if (typeof typed.code === 'string' && typeof typed.messageZh === 'string' && typeof typed.messageEn === 'string') return { error: { code: typed.code, messageZh: typed.messageZh, messageEn: typed.messageEn } };
    const message = error instanceof Error ? error.message : String(error);
    return { error: { code: 'OCR_FAILED', messageZh: `文字识别失败：${message}`, messageEn: `OCR failed: ${message}` } };
  }
}
