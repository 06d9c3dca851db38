import { type ErrorCode } from '../core/errors/error-code.type';
import { ReasonedException } from '../core/errors/app.exception';

export enum AuthExceptionCode {
  TOKEN_REQUIRED = 'TOKEN_REQUIRED',
  INVALID_TOKEN = 'INVALID_TOKEN',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  REGION_OUT_OF_SCOPE = 'REGION_OUT_OF_SCOPE',
  TOKEN_NOT_FOUND = 'TOKEN_NOT_FOUND',
  INVALID_TOKEN_REQUEST = 'INVALID_TOKEN_REQUEST',
}

const ERROR_CODES: Record<AuthExceptionCode, ErrorCode> = {
  [AuthExceptionCode.TOKEN_REQUIRED]: 'UNAUTHENTICATED',
  [AuthExceptionCode.INVALID_TOKEN]: 'UNAUTHENTICATED',
  [AuthExceptionCode.ROLE_NOT_ALLOWED]: 'FORBIDDEN',
  [AuthExceptionCode.REGION_OUT_OF_SCOPE]: 'FORBIDDEN',
  [AuthExceptionCode.TOKEN_NOT_FOUND]: 'NOT_FOUND',
  [AuthExceptionCode.INVALID_TOKEN_REQUEST]: 'BAD_USER_INPUT',
};

const MESSAGES_ZH: Record<AuthExceptionCode, string> = {
  [AuthExceptionCode.TOKEN_REQUIRED]: '需要访问令牌（Authorization: Bearer …）。',
  [AuthExceptionCode.INVALID_TOKEN]: '访问令牌无效或已撤销。',
  [AuthExceptionCode.ROLE_NOT_ALLOWED]: '当前令牌的角色无权执行此操作。',
  [AuthExceptionCode.REGION_OUT_OF_SCOPE]: '当前令牌无权操作该地区的数据。',
  [AuthExceptionCode.TOKEN_NOT_FOUND]: '找不到该令牌。',
  [AuthExceptionCode.INVALID_TOKEN_REQUEST]: '令牌参数无效。',
};

export class AuthException extends ReasonedException<AuthExceptionCode> {
  constructor(reason: AuthExceptionCode, message: string) {
    super(reason, message, { errorCodes: ERROR_CODES, messagesZh: MESSAGES_ZH });
  }
}
