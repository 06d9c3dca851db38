import { useMemo } from 'react';

import { type GetHeadlineQueryVariables } from '../../../gql/graphql';
import { useQuery } from '../../core/hooks/useQuery';
import { type Comparison } from '../../core/types/api';
import { HEADLINE_METRICS } from '../constants/HEADLINE_METRICS';
import { GET_HEADLINE } from '../graphql/queries/getHeadline';
import { transformAggregatesToHeadline, type HeadlineFigure } from '../utils/transformAggregatesToHeadline';


export type HeadlineCardData = HeadlineFigure & { fn: 'sum' | 'median' };

/** The variables of GET_HEADLINE (the prefetch sends the same, in the same order, to share the cache entry). */
export function headlineVariables(prefecture: string | null, year: number, comparison: Comparison): GetHeadlineQueryVariables {
  return { parentCode: prefecture ?? '', yearFrom: year - 1, yearTo: year, comparison };
}

export function useHeadlineData(
  prefecture: string | null,
  year: number,
  comparison: Comparison = 'LIKE_FOR_LIKE',
): { data: HeadlineCardData[] | undefined; loading: boolean; error: Error | undefined; reload: () => void } {
  const result = useQuery(GET_HEADLINE, headlineVariables(prefecture, year, comparison), { skip: !prefecture });
  const data = useMemo(
    () =>
      result.data
        ? HEADLINE_METRICS.map((m) => ({
            ...transformAggregatesToHeadline(result.data?.[m.alias] ?? [], result.data?.[`${m.alias}Templates`] ?? [], m.key, year, comparison),
            fn: m.fn,
          }))
            // Procurement is reported only in the years of the 2019 template.
            .filter((h) => h.reported || h.metricKey !== 't2_procure_amount_yuan')
        : undefined,
    [result.data, year, comparison],
  );

  return { data, loading: result.loading, error: result.error, reload: result.reload };
}
