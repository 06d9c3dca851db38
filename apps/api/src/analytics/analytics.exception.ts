export enum AnalyticsExceptionCode {
  UNKNOWN_METRIC = 'UNKNOWN_METRIC',
  INVALID_YEAR_RANGE = 'INVALID_YEAR_RANGE',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
}

/** Errors of the analytics queries; mapped to GraphQL errors by AnalyticsExceptionFilter. */
export class AnalyticsException extends Error {
  constructor(
    message: string,
    readonly code: AnalyticsExceptionCode,
  ) {
    super(message);
    this.name = 'AnalyticsException';
  }
}
