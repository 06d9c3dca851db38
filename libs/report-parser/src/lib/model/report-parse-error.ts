/** Why a document is not a readable report. Programs switch on the code; people read the message. */
export type ReportParseErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'UNSUPPORTED_FORMAT'
  | 'LEGACY_DOC'
  | 'TOO_LARGE'
  | 'ZIP_BOMB'
  | 'CORRUPT_FILE'
  | 'ENCRYPTED'
  | 'NO_TEXT_LAYER'
  | 'NOT_A_REPORT'
  | 'NONSTANDARD_REPORT'
  | 'TRUNCATED'
  | 'TIMEOUT';

const MESSAGES: Record<ReportParseErrorCode, { zh: string; en: string }> = {
  EMPTY_INPUT: { zh: '文件是空的。', en: 'The file is empty.' },
  BINARY_INPUT: { zh: '文件不是文本、网页、Word 或 PDF 文档。', en: 'The file is not text, HTML, Word or PDF.' },
  UNSUPPORTED_FORMAT: { zh: '不支持这种文件格式，请提供 txt、html、docx 或 pdf。', en: 'Unsupported format: use txt, html, docx or pdf.' },
  // The parser itself reads no .doc; the product converts it first (libs/document-convert, LibreOffice).
  LEGACY_DOC: {
    zh: '旧版 Word（.doc）文件需先用 LibreOffice 转换为 .docx 才能读取：请安装 Debian 软件包 libreoffice-writer，或另存为 .docx 或 PDF 后再上传。',
    en: 'Legacy Word (.doc) is read after LibreOffice converts it to .docx: install the Debian package libreoffice-writer, or save it as .docx or PDF.',
  },
  TOO_LARGE: { zh: '文件过大。', en: 'The file is too large.' },
  ZIP_BOMB: { zh: '文档压缩包的解压大小或条目数超出限制，已拒绝。', en: 'The document archive expands beyond the limits and was refused.' },
  CORRUPT_FILE: { zh: '文件已损坏，无法读取。', en: 'The file is corrupt and cannot be read.' },
  ENCRYPTED: { zh: '文档已加密，请提供未加密的版本。', en: 'The document is encrypted: provide an unencrypted copy.' },
  NO_TEXT_LAYER: { zh: 'PDF 没有文字层（可能是扫描件），无法读取表格。', en: 'The PDF has no text layer (probably a scan); its tables cannot be read.' },
  NOT_A_REPORT: { zh: '这不是政府信息公开工作年度报告。', en: 'This is not an annual government-information-disclosure report.' },
  NONSTANDARD_REPORT: {
    zh: '这份年度报告没有使用统一格式的统计表（可能是2019年以前的报告），无法提取数据。',
    en: 'This annual report does not use the national template tables (possibly pre-2019); no data can be extracted.',
  },
  TRUNCATED: { zh: '文档不完整（可能被截断），缺少统计表。', en: 'The document is incomplete (probably truncated): its tables are missing.' },
  TIMEOUT: { zh: '解析超时。', en: 'Parsing took too long.' },
};

export class ReportParseError extends Error {
  readonly code: ReportParseErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(code: ReportParseErrorCode, detail?: string) {
    const text = MESSAGES[code];
    super(detail ? `${text.en} ${detail}` : text.en);
    this.name = 'ReportParseError';
    this.code = code;
    this.messageZh = detail ? `${text.zh}（${detail}）` : text.zh;
    this.messageEn = this.message;
  }
}

export function isReportParseError(error: unknown): error is ReportParseError {
  return error instanceof ReportParseError;
}
