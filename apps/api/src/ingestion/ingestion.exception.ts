import { type ErrorCode } from '../core/errors/error-code.type';
import { ReasonedException } from '../core/errors/app.exception';

export enum IngestionExceptionCode {
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  NO_FILE = 'NO_FILE',
  TOO_MANY_FILES = 'TOO_MANY_FILES',
  INVALID_REGION = 'INVALID_REGION',
  REGION_UNKNOWN = 'REGION_UNKNOWN',
  SAME_REGION = 'SAME_REGION',
  REASON_REQUIRED = 'REASON_REQUIRED',
  NO_CORRECTIONS = 'NO_CORRECTIONS',
  UNKNOWN_KEY = 'UNKNOWN_KEY',
  DERIVED_VALUE = 'DERIVED_VALUE',
  VALUE_NOT_A_NUMBER = 'VALUE_NOT_A_NUMBER',
  DUPLICATE_KEY = 'DUPLICATE_KEY',
  NOT_CURRENT = 'NOT_CURRENT',
  PAGE_NOT_FOUND = 'PAGE_NOT_FOUND',
}

const ERROR_CODES: Record<IngestionExceptionCode, ErrorCode> = {
  [IngestionExceptionCode.REPORT_NOT_FOUND]: 'NOT_FOUND',
  [IngestionExceptionCode.FILE_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [IngestionExceptionCode.NO_FILE]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.TOO_MANY_FILES]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.INVALID_REGION]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.REGION_UNKNOWN]: 'UNPROCESSABLE',
  [IngestionExceptionCode.SAME_REGION]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.REASON_REQUIRED]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.NO_CORRECTIONS]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.UNKNOWN_KEY]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.DERIVED_VALUE]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.VALUE_NOT_A_NUMBER]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.DUPLICATE_KEY]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.NOT_CURRENT]: 'CONFLICT',
  [IngestionExceptionCode.PAGE_NOT_FOUND]: 'NOT_FOUND',
};

const MESSAGES_ZH: Record<IngestionExceptionCode, string> = {
  [IngestionExceptionCode.REPORT_NOT_FOUND]: '找不到该报告。',
  [IngestionExceptionCode.FILE_TOO_LARGE]: '文件超过上传大小限制。',
  [IngestionExceptionCode.NO_FILE]: '请求中没有文件（字段 file）。',
  [IngestionExceptionCode.TOO_MANY_FILES]: '一次上传的文件过多。',
  [IngestionExceptionCode.INVALID_REGION]: '地区代码无效。',
  [IngestionExceptionCode.REGION_UNKNOWN]: '无法确定报告所属地区（地区代码不存在或报告中找不到），请指定正确的地区代码。',
  [IngestionExceptionCode.SAME_REGION]: '报告已属于该地区。',
  [IngestionExceptionCode.REASON_REQUIRED]: '请说明更改地区的原因。',
  [IngestionExceptionCode.NO_CORRECTIONS]: '没有要更正的数值。',
  [IngestionExceptionCode.UNKNOWN_KEY]: '报告中没有该指标。',
  [IngestionExceptionCode.DERIVED_VALUE]: '计算值不能直接更正，请更正其来源数值。',
  [IngestionExceptionCode.VALUE_NOT_A_NUMBER]: '更正值不是有效的非负数。',
  [IngestionExceptionCode.DUPLICATE_KEY]: '同一指标被更正了两次。',
  [IngestionExceptionCode.NOT_CURRENT]: '只能更正报告的当前版本。',
  [IngestionExceptionCode.PAGE_NOT_FOUND]: '该报告没有这一页的图像。',
};

export class IngestionException extends ReasonedException<IngestionExceptionCode> {
  constructor(reason: IngestionExceptionCode, message: string, messageZh?: string) {
    super(reason, message, { errorCodes: ERROR_CODES, messagesZh: MESSAGES_ZH }, messageZh);
  }
}
