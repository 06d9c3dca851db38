import { type ErrorCode } from './error-code.type';

/**
 * Base of the platform's domain exceptions (auth, ingestion, documents, core). Each subclass maps its own code
 * enum to an ErrorCode exhaustively; AllExceptionsFilter turns that into a GraphQL error or an HTTP answer.
 * Features with their own exception filter (analytics, reports read side, regions) are unaffected.
 */
export abstract class AppException extends Error {
  abstract readonly errorCode: ErrorCode;
  /** Stable machine reason, e.g. 'REGION_OUT_OF_SCOPE'. */
  abstract readonly reason: string;
  /** Optional Chinese message for people (English is `message`). */
  readonly messageZh?: string;

  protected constructor(message: string, messageZh?: string) {
    super(message);
    this.messageZh = messageZh;
    this.name = new.target.name;
  }
}
