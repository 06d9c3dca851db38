import { Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';

import { type GraphQLError } from 'graphql';

import { RegionException } from './region.exception';
import { toRegionGraphqlError } from './utils/to-region-graphql-error.util';

@Catch(RegionException)
export class RegionExceptionFilter implements GqlExceptionFilter {
  catch(exception: RegionException): GraphQLError {
    return toRegionGraphqlError(exception);
  }
}
