import { type ErrorCode } from '../core/errors/error-code.type';
import { ReasonedException } from '../core/errors/app.exception';

export enum BriefingExceptionCode {
  INVALID_PREFECTURE = 'INVALID_PREFECTURE',
  PREFECTURE_NOT_FOUND = 'PREFECTURE_NOT_FOUND',
  NOT_A_PREFECTURE = 'NOT_A_PREFECTURE',
  INVALID_YEAR = 'INVALID_YEAR',
  INVALID_FORMAT = 'INVALID_FORMAT',
  UNKNOWN_METRIC = 'UNKNOWN_METRIC',
  CJK_FONT_MISSING = 'CJK_FONT_MISSING',
}

const ERROR_CODES: Record<BriefingExceptionCode, ErrorCode> = {
  [BriefingExceptionCode.INVALID_PREFECTURE]: 'BAD_USER_INPUT',
  [BriefingExceptionCode.PREFECTURE_NOT_FOUND]: 'NOT_FOUND',
  [BriefingExceptionCode.NOT_A_PREFECTURE]: 'BAD_USER_INPUT',
  [BriefingExceptionCode.INVALID_YEAR]: 'BAD_USER_INPUT',
  [BriefingExceptionCode.INVALID_FORMAT]: 'BAD_USER_INPUT',
  [BriefingExceptionCode.UNKNOWN_METRIC]: 'BAD_USER_INPUT',
  // The server lacks a package, not the request a fix: 503, and the message names the package.
  [BriefingExceptionCode.CJK_FONT_MISSING]: 'SERVICE_UNAVAILABLE',
};

const MESSAGES_ZH: Record<BriefingExceptionCode, string> = {
  [BriefingExceptionCode.INVALID_PREFECTURE]: '请用 prefecture 参数指定地市的六位行政区划代码，例如 540400。',
  [BriefingExceptionCode.PREFECTURE_NOT_FOUND]: '找不到该地区代码。',
  [BriefingExceptionCode.NOT_A_PREFECTURE]: '简报按地市生成：请指定地级行政区的代码。',
  [BriefingExceptionCode.INVALID_YEAR]: '请用 year 参数指定年度（2008 年至今，四位数字）。',
  [BriefingExceptionCode.INVALID_FORMAT]: 'format 参数只能是 pptx 或 pdf。',
  [BriefingExceptionCode.UNKNOWN_METRIC]: '未知的指标代码。',
  [BriefingExceptionCode.CJK_FONT_MISSING]:
    '服务器缺少中文字体，无法生成 PDF 简报：请安装 Debian 软件包 fonts-noto-cjk，或用 BRIEFING_FONT_PATH 指定一个中文字体文件。PowerPoint 简报（format=pptx）不受影响。',
};

export class BriefingException extends ReasonedException<BriefingExceptionCode> {
  constructor(reason: BriefingExceptionCode, message: string, messageZh?: string) {
    super(reason, message, { errorCodes: ERROR_CODES, messagesZh: MESSAGES_ZH }, messageZh);
  }
}
