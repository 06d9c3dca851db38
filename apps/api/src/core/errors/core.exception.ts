import { type ErrorCode } from './error-code.type';
import { ReasonedException } from './app.exception';

export enum CoreExceptionCode {
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  BAD_REQUEST = 'BAD_REQUEST',
  NOT_FOUND = 'NOT_FOUND',
}

const ERROR_CODES: Record<CoreExceptionCode, ErrorCode> = {
  [CoreExceptionCode.REQUEST_TIMEOUT]: 'TIMEOUT',
  [CoreExceptionCode.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [CoreExceptionCode.BAD_REQUEST]: 'BAD_USER_INPUT',
  [CoreExceptionCode.NOT_FOUND]: 'NOT_FOUND',
};

/** Cross-cutting request failures (timeouts, body limits). */
export class CoreException extends ReasonedException<CoreExceptionCode> {
  constructor(reason: CoreExceptionCode, message: string, messageZh?: string) {
    super(reason, message, { errorCodes: ERROR_CODES }, messageZh);
  }
}
