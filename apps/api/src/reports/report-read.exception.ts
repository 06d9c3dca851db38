export enum ReportReadExceptionCode {
  INVALID_CURSOR = 'INVALID_CURSOR',
  INVALID_PAGINATION = 'INVALID_PAGINATION',
  INVALID_FILTER = 'INVALID_FILTER',
}

/** Errors of the reports read side; mapped to GraphQL errors by ReportReadExceptionFilter. */
export class ReportReadException extends Error {
  constructor(
    message: string,
    readonly code: ReportReadExceptionCode,
  ) {
    super(message);
    this.name = 'ReportReadException';
  }
}
