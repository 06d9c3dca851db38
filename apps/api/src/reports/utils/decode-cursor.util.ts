import { ReportReadException, ReportReadExceptionCode } from '../report-read.exception';

/**
 * Reads a cursor made by encodeCursor and checks it has the expected shape (one entry per sort column, each
 * 'number' or 'string'). Anything else is a client error, never a crash or a silent first page.
 */
export function decodeCursor<T extends readonly (string | number)[]>(cursor: string, shape: readonly ('number' | 'string')[]): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new ReportReadException(`Invalid cursor: ${cursor}`, ReportReadExceptionCode.INVALID_CURSOR);
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length === shape.length &&
    parsed.every((part: unknown, i) => typeof part === shape[i] && (typeof part !== 'number' || Number.isInteger(part)));
  if (!valid) throw new ReportReadException(`Invalid cursor: ${cursor}`, ReportReadExceptionCode.INVALID_CURSOR);

  return parsed as unknown as T;
}
