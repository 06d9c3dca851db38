import { ReasonedException } from '../core/errors/app.exception';
import { type ErrorCode } from '../core/errors/error-code.type';

export enum AssessmentExceptionCode {
  REGION_NOT_FOUND = 'REGION_NOT_FOUND',
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  SCHEME_NOT_FOUND = 'SCHEME_NOT_FOUND',
  INVALID_WEIGHTS = 'INVALID_WEIGHTS',
  INVALID_QUERY = 'INVALID_QUERY',
}

const ERROR_CODES: Record<AssessmentExceptionCode, ErrorCode> = {
  [AssessmentExceptionCode.REGION_NOT_FOUND]: 'NOT_FOUND',
  [AssessmentExceptionCode.REPORT_NOT_FOUND]: 'NOT_FOUND',
  [AssessmentExceptionCode.SCHEME_NOT_FOUND]: 'BAD_USER_INPUT',
  [AssessmentExceptionCode.INVALID_WEIGHTS]: 'BAD_USER_INPUT',
  [AssessmentExceptionCode.INVALID_QUERY]: 'BAD_USER_INPUT',
};

const MESSAGES_ZH: Record<AssessmentExceptionCode, string> = {
  [AssessmentExceptionCode.REGION_NOT_FOUND]: '找不到该地区代码。',
  [AssessmentExceptionCode.REPORT_NOT_FOUND]: '找不到该报告。',
  [AssessmentExceptionCode.SCHEME_NOT_FOUND]: '没有这个评估方案。',
  [AssessmentExceptionCode.INVALID_WEIGHTS]: '权重无效：指标须属于该方案，权重为 0 至 1000，且至少一项大于 0。',
  [AssessmentExceptionCode.INVALID_QUERY]: '参数无效：需要六位地区代码 prefecture、四位年度 year，以及格式 format=docx 或 xlsx。',
};

/** Errors of the assessment: typed reasons, a Chinese message for people, English for programs. */
export class AssessmentException extends ReasonedException<AssessmentExceptionCode> {
  constructor(reason: AssessmentExceptionCode, message: string) {
    super(reason, message, { errorCodes: ERROR_CODES, messagesZh: MESSAGES_ZH });
  }
}
