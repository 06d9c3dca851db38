import { type GraphQLFormattedError } from 'graphql';

import { PASS_THROUGH_CODES } from './error-code.type';

/**
 * Apollo's formatError: never a stack trace or internal message. Known codes pass; anything else (an error
 * that escaped every filter, e.g. from a field resolver) is masked as INTERNAL_SERVER_ERROR.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...(formatted.extensions ?? {}) };
  delete extensions['stacktrace'];
  delete extensions['exception'];
  delete extensions['originalError'];
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : undefined;
  if (code && PASS_THROUGH_CODES.has(code)) return { ...formatted, extensions };

  return {
    message: 'Internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
