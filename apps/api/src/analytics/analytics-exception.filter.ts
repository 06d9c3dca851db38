import { Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';

import { type GraphQLError } from 'graphql';

import { RegionException } from '../regions/region.exception';
import { toRegionGraphqlError } from '../regions/utils/to-region-graphql-error.util';
import { AnalyticsException } from './analytics.exception';
import { toAnalyticsGraphqlError } from './utils/to-analytics-graphql-error.util';

/** Analytics errors (and the region look-ups made for them) as GraphQL errors with extensions.code. */
@Catch(AnalyticsException, RegionException)
export class AnalyticsExceptionFilter implements GqlExceptionFilter {
  catch(exception: AnalyticsException | RegionException): GraphQLError {
    return exception instanceof AnalyticsException ? toAnalyticsGraphqlError(exception) : toRegionGraphqlError(exception);
  }
}
