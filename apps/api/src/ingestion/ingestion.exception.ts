import { type ErrorCode } from '../core/errors/error-code.type';
import { AppException } from '../core/errors/app.exception';

export enum IngestionExceptionCode {
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  NO_FILE = 'NO_FILE',
  TOO_MANY_FILES = 'TOO_MANY_FILES',
  INVALID_REGION = 'INVALID_REGION',
}

const ERROR_CODES: Record<IngestionExceptionCode, ErrorCode> = {
  [IngestionExceptionCode.REPORT_NOT_FOUND]: 'NOT_FOUND',
  [IngestionExceptionCode.FILE_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [IngestionExceptionCode.NO_FILE]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.TOO_MANY_FILES]: 'BAD_USER_INPUT',
  [IngestionExceptionCode.INVALID_REGION]: 'BAD_USER_INPUT',
};

const MESSAGES_ZH: Record<IngestionExceptionCode, string> = {
  [IngestionExceptionCode.REPORT_NOT_FOUND]: '找不到该报告。',
  [IngestionExceptionCode.FILE_TOO_LARGE]: '文件超过上传大小限制。',
  [IngestionExceptionCode.NO_FILE]: '请求中没有文件（字段 file）。',
  [IngestionExceptionCode.TOO_MANY_FILES]: '一次上传的文件过多。',
  [IngestionExceptionCode.INVALID_REGION]: '地区代码无效。',
};

export class IngestionException extends AppException {
  readonly errorCode: ErrorCode;

  constructor(
    readonly reason: IngestionExceptionCode,
    message: string,
  ) {
    super(message, MESSAGES_ZH[reason]);
    this.errorCode = ERROR_CODES[reason];
  }
}
