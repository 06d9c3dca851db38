/** The error codes clients see (GraphQL `extensions.code`, REST `error.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  /** Well-formed but not storable as asked (REGION_UNKNOWN): HTTP 422. */
  | 'UNPROCESSABLE'
  | 'PAYLOAD_TOO_LARGE'
  /** Over the client's request budget (rate limit): HTTP 429 with Retry-After. */
  | 'RATE_LIMITED'
  | 'TIMEOUT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** Codes produced by Apollo/graphql-js itself that are safe to pass through unchanged. */
export const PASS_THROUGH_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'UNPROCESSABLE',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'TIMEOUT',
  'SERVICE_UNAVAILABLE',
]);
