/**
 * Why a scan could not be read. Programs switch on the code; people read the Chinese message. The same shape as
 * the office converter's ConvertError, so a caller shows one vocabulary.
 */
export type OcrErrorCode = 'OCR_MISSING' | 'OCR_TIMEOUT' | 'OCR_FAILED';

/** The Debian packages that provide the `tesseract` command and its Simplified Chinese model. */
export const TESSERACT_PACKAGES = 'tesseract-ocr tesseract-ocr-chi-sim';
/** Renders the pages of a scanned PDF (`pdftoppm`). */
export const POPPLER_PACKAGE = 'poppler-utils';

const MESSAGES: Record<OcrErrorCode, { zh: string; en: string }> = {
  OCR_MISSING: {
    zh: `未安装文字识别（OCR）组件：请安装 Debian 软件包 ${TESSERACT_PACKAGES} ${POPPLER_PACKAGE}（apt-get install ${TESSERACT_PACKAGES} ${POPPLER_PACKAGE}），扫描件和图片需要它识别后才能读取。`,
    en: `OCR is not installed: install the Debian packages ${TESSERACT_PACKAGES} ${POPPLER_PACKAGE} (apt-get install ${TESSERACT_PACKAGES} ${POPPLER_PACKAGE}); scanned reports and page images are read with it.`,
  },
  OCR_TIMEOUT: { zh: '文字识别超时（单页未在时限内完成），已停止。', en: 'OCR took too long (a page did not finish within its time limit) and was stopped.' },
  OCR_FAILED: { zh: '无法识别该扫描件或图片（文件可能已损坏或不是页面图像）。', en: 'The scan or image could not be read by OCR (the file may be corrupt or not a page image).' },
};

export class OcrError extends Error {
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(
    readonly code: OcrErrorCode,
    detail?: string,
  ) {
    const text = MESSAGES[code];
    super(detail ? `${text.en} ${detail}` : text.en);
    this.name = 'OcrError';
    this.messageEn = this.message;
    this.messageZh = detail ? `${text.zh}（${detail}）` : text.zh;
  }
}

export function isOcrError(error: unknown): error is OcrError {
  return error instanceof OcrError;
}
