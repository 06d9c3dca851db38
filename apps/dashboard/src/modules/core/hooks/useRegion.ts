import { GET_REGION } from '../graphql/queries/getRegion';
import { type RegionDetail } from '../types/api';
import { useQuery, type QueryResult } from './useQuery';

/** A region with its counties (children), e.g. a prefecture. */
export function useRegion(code: string | null): QueryResult<RegionDetail | null> {
  const result = useQuery(GET_REGION, { code: code ?? '' }, { skip: !code });

  return { ...result, data: result.data ? result.data.region : undefined };
}
