export enum RegionExceptionCode {
  REGION_NOT_FOUND = 'REGION_NOT_FOUND',
  INVALID_REGION_QUERY = 'INVALID_REGION_QUERY',
}

/** Errors of region look-ups; mapped to GraphQL errors by RegionExceptionFilter. */
export class RegionException extends Error {
  constructor(
    message: string,
    readonly code: RegionExceptionCode,
  ) {
    super(message);
    this.name = 'RegionException';
  }
}
