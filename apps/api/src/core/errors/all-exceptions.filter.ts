import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { type GqlContextType } from '@nestjs/graphql';

import { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';

import { AppException } from './app.exception';
import { type ErrorCode } from './error-code.type';
import { isDatabaseUnavailable } from './is-database-unavailable.util';
import { toHttpStatus } from './to-http-status.util';

type ErrorBody = { code: ErrorCode; reason?: string; message: string; messageZh?: string };

/** PostgreSQL stopped, restarting or unreachable: the request may simply be tried again. */
const DATABASE_UNAVAILABLE = {
  code: 'SERVICE_UNAVAILABLE',
  reason: 'DATABASE_UNAVAILABLE',
  message: 'The database is unavailable; try again shortly',
  messageZh: '数据库暂时不可用，请稍后重试。',
} as const satisfies ErrorBody;

/**
 * The last line: domain exceptions become typed errors, Nest HTTP exceptions keep their status, a database
 * that is down answers SERVICE_UNAVAILABLE (503), anything else is logged with the request and answered as
 * INTERNAL_SERVER_ERROR without details or stack.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return this.toGraphqlError(exception);
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    const { status, body } = this.toHttp(exception, `${req.method} ${req.originalUrl}`);
    if (res.headersSent) {
      res.end();

      return undefined;
    }
    res.status(status).json({ error: body });

    return undefined;
  }

  private toGraphqlError(exception: unknown): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof AppException) {
      return new GraphQLError(exception.message, {
        extensions: {
          code: exception.errorCode,
          reason: exception.reason,
          ...(exception.messageZh ? { messageZh: exception.messageZh } : {}),
          ...(exception.errorCode === 'UNAUTHENTICATED' ? { http: { status: 401 } } : {}),
        },
      });
    }
    if (exception instanceof HttpException) {
      const code = httpStatusToCode(exception.getStatus());
      if (code !== 'INTERNAL_SERVER_ERROR') return new GraphQLError(exception.message, { extensions: { code } });
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`GraphQL resolver: database unavailable: ${describe(exception)}`);
      const { message, ...extensions } = DATABASE_UNAVAILABLE;

      return new GraphQLError(message, { extensions });
    }
    this.logger.error(`GraphQL resolver failed: ${describe(exception)}`, exception instanceof Error ? exception.stack : undefined);

    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }

  private toHttp(exception: unknown, where: string): { status: number; body: ErrorBody } {
    if (exception instanceof AppException) {
      return {
        status: toHttpStatus(exception.errorCode),
        body: { code: exception.errorCode, reason: exception.reason, message: exception.message, messageZh: exception.messageZh },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = httpStatusToCode(status);
      if (code !== 'INTERNAL_SERVER_ERROR') return { status, body: { code, message: exception.message } };
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`${where}: database unavailable: ${describe(exception)}`);

      return { status: toHttpStatus(DATABASE_UNAVAILABLE.code), body: { ...DATABASE_UNAVAILABLE } };
    }
    this.logger.error(`${where} failed: ${describe(exception)}`, exception instanceof Error ? exception.stack : undefined);

    return { status: 500, body: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } };
  }
}

function httpStatusToCode(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 408 || status === 503 || status === 504) return 'TIMEOUT';
  if (status >= 400 && status < 500) return 'BAD_USER_INPUT';

  return 'INTERNAL_SERVER_ERROR';
}

function describe(exception: unknown): string {
  return exception instanceof Error ? `${exception.name}: ${exception.message}` : String(exception);
}
