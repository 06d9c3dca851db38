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

/** How a feature's reasons map to an ErrorCode, and the generic Chinese message of each (where it has one). */
export type ReasonTable<R extends string> = {
  readonly errorCodes: Readonly<Record<R, ErrorCode>>;
  readonly messagesZh?: Readonly<Record<R, string>>;
};

/** An AppException whose ErrorCode and Chinese message follow from its reason through the feature's table. */
export abstract class ReasonedException<R extends string> extends AppException {
  readonly errorCode: ErrorCode;

  protected constructor(
    readonly reason: R,
    message: string,
    table: ReasonTable<R>,
    /** A more precise Chinese message than the reason's generic one. */
    messageZh?: string,
  ) {
    super(message, messageZh ?? table.messagesZh?.[reason]);
    this.errorCode = table.errorCodes[reason];
  }
}
