import { Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';

import { type GraphQLError } from 'graphql';

import { RegionException } from '../regions/region.exception';
import { toRegionGraphqlError } from '../regions/utils/to-region-graphql-error.util';
import { ReportReadException } from './report-read.exception';
import { toReportReadGraphqlError } from './utils/to-report-read-graphql-error.util';

/** Read-side errors (and region look-ups made on their behalf) as GraphQL errors with extensions.code. */
@Catch(ReportReadException, RegionException)
export class ReportReadExceptionFilter implements GqlExceptionFilter {
  catch(exception: ReportReadException | RegionException): GraphQLError {
    return exception instanceof ReportReadException ? toReportReadGraphqlError(exception) : toRegionGraphqlError(exception);
  }
}
