import { ReportReadException, ReportReadExceptionCode } from '../report-read.exception';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** `first` of a connection: default 25, an integer 0–100; anything else is a client error (not silently capped). */
export function resolvePageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new ReportReadException(`first must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${size}`, ReportReadExceptionCode.INVALID_PAGINATION);
  }

  return size;
}
