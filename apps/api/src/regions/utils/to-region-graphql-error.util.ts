import { GraphQLError } from 'graphql';

import { assertUnreachable } from '../../core/graphql/utils/assert-unreachable.util';
import { type RegionException, RegionExceptionCode } from '../region.exception';

export function toRegionGraphqlError(exception: RegionException): GraphQLError {
  switch (exception.code) {
    case RegionExceptionCode.REGION_NOT_FOUND:
      return new GraphQLError(exception.message, { extensions: { code: 'NOT_FOUND', reason: exception.code } });
    case RegionExceptionCode.INVALID_REGION_QUERY:
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_USER_INPUT', reason: exception.code } });
    default:
      return assertUnreachable(exception.code);
  }
}
