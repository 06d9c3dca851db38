/**
 * Why an office document could not be turned into .docx. Programs switch on the code; people read the Chinese
 * message. ENCRYPTED and CORRUPT_FILE are the parser's codes too (a caller shows one vocabulary).
 */
export type ConvertErrorCode = 'LIBREOFFICE_MISSING' | 'CONVERT_TIMEOUT' | 'CONVERT_FAILED' | 'ENCRYPTED' | 'CORRUPT_FILE';

/** The Debian package that provides `soffice` for the conversion (named exactly in the error). */
export const LIBREOFFICE_PACKAGE = 'libreoffice-writer';

const MESSAGES: Record<ConvertErrorCode, { zh: string; en: string }> = {
  LIBREOFFICE_MISSING: {
    zh: `未安装 LibreOffice：请安装 Debian 软件包 ${LIBREOFFICE_PACKAGE}（apt-get install ${LIBREOFFICE_PACKAGE}），旧版 Word 等文档需要它转换为 .docx 后才能读取。`,
    en: `LibreOffice is not installed: install the Debian package ${LIBREOFFICE_PACKAGE} (apt-get install ${LIBREOFFICE_PACKAGE}); legacy Word and other office documents are converted to .docx with it before they are read.`,
  },
  CONVERT_TIMEOUT: { zh: '文档转换超时（LibreOffice 未在时限内完成），已停止。', en: 'The document conversion took too long (LibreOffice did not finish in time) and was stopped.' },
  CONVERT_FAILED: { zh: 'LibreOffice 无法将该文档转换为 .docx（文件可能已损坏或格式不受支持）。', en: 'LibreOffice could not convert the document to .docx (the file may be corrupt or of an unsupported kind).' },
  ENCRYPTED: { zh: '文档已加密，请提供未加密的版本。', en: 'The document is encrypted: provide an unencrypted copy.' },
  CORRUPT_FILE: { zh: '文件已损坏，无法读取。', en: 'The file is corrupt and cannot be read.' },
};

export class ConvertError extends Error {
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(
    readonly code: ConvertErrorCode,
    detail?: string,
  ) {
    const text = MESSAGES[code];
    super(detail ? `${text.en} ${detail}` : text.en);
    this.name = 'ConvertError';
    this.messageEn = this.message;
    this.messageZh = detail ? `${text.zh}（${detail}）` : text.zh;
  }
}

export function isConvertError(error: unknown): error is ConvertError {
  return error instanceof ConvertError;
}
