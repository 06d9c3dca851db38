import { GraphQLError } from 'graphql';

import { assertUnreachable } from '../../core/graphql/utils/assert-unreachable.util';
import { type AnalyticsException, AnalyticsExceptionCode } from '../analytics.exception';

export function toAnalyticsGraphqlError(exception: AnalyticsException): GraphQLError {
  switch (exception.code) {
    case AnalyticsExceptionCode.UNKNOWN_METRIC:
    case AnalyticsExceptionCode.INVALID_YEAR_RANGE:
    case AnalyticsExceptionCode.QUERY_TOO_LARGE:
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_USER_INPUT', reason: exception.code } });
    default:
      return assertUnreachable(exception.code);
  }
}
