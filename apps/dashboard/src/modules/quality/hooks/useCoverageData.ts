import { useMemo } from 'react';

import { useQuery } from '../../core/hooks/useQuery';
import { GET_COVERAGE } from '../graphql/queries/getCoverage';
import { transformCoverageToGrid, type CoverageGrid } from '../utils/transformCoverageToGrid';

export function useCoverageData(prefecture: string | null, yearFrom: number, yearTo: number): { data: CoverageGrid | undefined; loading: boolean; error: Error | undefined; reload: () => void } {
  const result = useQuery(GET_COVERAGE, { parentCode: prefecture ?? '', yearFrom, yearTo }, { skip: !prefecture });
  const data = useMemo(() => (result.data ? transformCoverageToGrid(result.data.coverage, yearFrom, yearTo) : undefined), [result.data, yearFrom, yearTo]);

  return { data, loading: result.loading, error: result.error, reload: result.reload };
}
