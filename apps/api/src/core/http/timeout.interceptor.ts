import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';

import { type Observable, TimeoutError, catchError, throwError, timeout } from 'rxjs';

import { ConfigService } from '../config/config.service';
import { CoreException, CoreExceptionCode } from '../errors/core.exception';

/** Answers any resolver or controller that takes longer than REQUEST_TIMEOUT_MS with a TIMEOUT error. */
@Injectable()
export class TimeoutInterceptor implements NestInterceptor {
  constructor(private readonly config: ConfigService) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const ms = this.config.get('REQUEST_TIMEOUT_MS');

    return next.handle().pipe(
      timeout(ms),
      catchError((error: unknown) =>
        throwError(() =>
          error instanceof TimeoutError
            ? new CoreException(CoreExceptionCode.REQUEST_TIMEOUT, `The request took longer than ${ms} ms`, `请求超时（超过 ${ms} 毫秒）。`)
            : error,
        ),
      ),
    );
  }
}
