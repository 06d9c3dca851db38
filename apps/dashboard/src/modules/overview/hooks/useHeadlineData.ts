import { useMemo } from 'react';

import { useQuery } from '../../core/hooks/useQuery';
import { type AggregateRow } from '../../core/types/api';
import { GET_HEADLINE } from '../graphql/queries/getHeadline';
import { transformAggregatesToHeadline, type HeadlineFigure } from '../utils/transformAggregatesToHeadline';

export const HEADLINE_METRICS = [
  { alias: 'requests', key: 't3_new_received_tot', fn: 'sum' },
  { alias: 'disclosed', key: 'rate_disclosed', fn: 'median' },
  { alias: 'license', key: 't2_license_decisions', fn: 'sum' },
  { alias: 'penalty', key: 't2_penalty_decisions', fn: 'sum' },
  { alias: 'procurement', key: 't2_procure_amount_yuan', fn: 'sum' },
  { alias: 'reviewCorrected', key: 'rate_review_corrected', fn: 'median' },
] as const;

type HeadlineResult = Record<(typeof HEADLINE_METRICS)[number]['alias'], AggregateRow[]>;

export type HeadlineCardData = HeadlineFigure & { fn: 'sum' | 'median' };

export function useHeadlineData(prefecture: string | null, year: number): { data: HeadlineCardData[] | undefined; loading: boolean; error: Error | undefined; reload: () => void } {
  const result = useQuery<HeadlineResult>(GET_HEADLINE, { parentCode: prefecture, yearFrom: year - 1, yearTo: year }, { skip: !prefecture });
  const data = useMemo(
    () =>
      result.data
        ? HEADLINE_METRICS.map((m) => ({ ...transformAggregatesToHeadline(result.data?.[m.alias] ?? [], m.key, year), fn: m.fn }))
            // Procurement is reported only in the years of the 2019 template.
            .filter((h) => h.reported || h.metricKey !== 't2_procure_amount_yuan')
        : undefined,
    [result.data, year],
  );

  return { data, loading: result.loading, error: result.error, reload: result.reload };
}
