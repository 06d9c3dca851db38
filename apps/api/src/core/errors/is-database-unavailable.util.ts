/**
 * SQLSTATEs that mean the server cannot serve now, whatever the query: admin_shutdown (a fast or smart stop
 * of PostgreSQL), crash_shutdown, cannot_connect_now (starting up or in recovery), too_many_connections.
 * Class 08 (connection exception) is matched as a prefix.
 */
const UNAVAILABLE_SQLSTATES: ReadonlySet<string> = new Set(['57P01', '57P02', '57P03', '53300']);

/** Socket errors of the pg driver when the server is down or unreachable. */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** The pg driver's own messages for a lost or impossible connection (they carry no code). */
const DRIVER_MESSAGES: readonly RegExp[] = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /is not queryable/,
];

/**
 * Whether an error means the database is unavailable (stopped, restarting, unreachable) rather than that the
 * request or the code is wrong: the api answers those with SERVICE_UNAVAILABLE, which says "try again", and
 * the pool reconnects by itself once PostgreSQL is back. Looks through TypeORM's driverError and `cause`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, message, driverError, cause } = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (
      typeof code === 'string' &&
      (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || NETWORK_CODES.has(code))
    )
      return true;
    if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = driverError ?? cause;
  }

  return false;
}
