import { type ErrorCode } from '../../core/errors/error-code.type';
import { ReasonedException } from '../../core/errors/app.exception';

export enum SiteCheckExceptionCode {
  INVALID_URL = 'INVALID_URL',
  INVALID_YEAR = 'INVALID_YEAR',
  INVALID_NOTE = 'INVALID_NOTE',
  REGION_NOT_FOUND = 'REGION_NOT_FOUND',
}

const ERROR_CODES: Record<SiteCheckExceptionCode, ErrorCode> = {
  [SiteCheckExceptionCode.INVALID_URL]: 'BAD_USER_INPUT',
  [SiteCheckExceptionCode.INVALID_YEAR]: 'BAD_USER_INPUT',
  [SiteCheckExceptionCode.INVALID_NOTE]: 'BAD_USER_INPUT',
  [SiteCheckExceptionCode.REGION_NOT_FOUND]: 'NOT_FOUND',
};

const MESSAGES_ZH: Record<SiteCheckExceptionCode, string> = {
  [SiteCheckExceptionCode.INVALID_URL]: '网址无效：只接受 http:// 或 https:// 开头的完整网址。',
  [SiteCheckExceptionCode.INVALID_YEAR]: '年度无效：应为 2008 年（条例施行）至上一年之间的整数。',
  [SiteCheckExceptionCode.INVALID_NOTE]: '备注过长（最多 2000 字）。',
  [SiteCheckExceptionCode.REGION_NOT_FOUND]: '找不到该地区代码。',
};

/** Errors of recordSiteCheck: typed reasons, a Chinese message for people, English for programs. */
export class SiteCheckException extends ReasonedException<SiteCheckExceptionCode> {
  constructor(reason: SiteCheckExceptionCode, message: string) {
    super(reason, message, { errorCodes: ERROR_CODES, messagesZh: MESSAGES_ZH });
  }
}
