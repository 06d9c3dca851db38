import { RegionException, RegionExceptionCode } from '../region.exception';
import { toRegionGraphqlError } from './to-region-graphql-error.util';

describe('toRegionGraphqlError', () => {
  it('maps an unknown region to NOT_FOUND and a bad selection to BAD_USER_INPUT', () => {
    expect(toRegionGraphqlError(new RegionException('x', RegionExceptionCode.REGION_NOT_FOUND)).extensions).toEqual({ code: 'NOT_FOUND', reason: 'REGION_NOT_FOUND' });
    expect(toRegionGraphqlError(new RegionException('x', RegionExceptionCode.INVALID_REGION_QUERY)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_REGION_QUERY',
    });
  });
});
