import { GraphQLError } from 'graphql';

import { assertUnreachable } from '../../core/graphql/utils/assert-unreachable.util';
import { type ReportReadException, ReportReadExceptionCode } from '../report-read.exception';

export function toReportReadGraphqlError(exception: ReportReadException): GraphQLError {
  switch (exception.code) {
    case ReportReadExceptionCode.INVALID_CURSOR:
    case ReportReadExceptionCode.INVALID_PAGINATION:
    case ReportReadExceptionCode.INVALID_FILTER:
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_USER_INPUT', reason: exception.code } });
    default:
      return assertUnreachable(exception.code);
  }
}
