import { useMemo } from 'react';

import { transformSeriesToSmallMultiples, type SmallMultiplesData } from '../../charts/utils/transformSeriesToSmallMultiples';
import { transformSeriesToTable } from '../../charts/utils/transformSeriesToTable';
import { GET_SERIES } from '../../core/graphql/queries/getSeries';
import { useQuery } from '../../core/hooks/useQuery';
import { type Lang } from '../../core/i18n/useI18n';
import { type Series } from '../../core/types/api';
import { type DataTable } from '../../export/utils/toCsv';

export function useSmallMultiplesData(
  prefecture: string | null,
  metricKey: string,
  yearFrom: number,
  yearTo: number,
  lang: Lang,
): { data: (SmallMultiplesData & { table: DataTable; series: Series[] }) | undefined; loading: boolean; error: Error | undefined; reload: () => void } {
  const result = useQuery<{ series: Series[] }>(GET_SERIES, { metric: metricKey, parentCode: prefecture, yearFrom, yearTo }, { skip: !prefecture });
  const data = useMemo(
    () => (result.data ? { ...transformSeriesToSmallMultiples(result.data.series, metricKey), table: transformSeriesToTable(result.data.series, lang), series: result.data.series } : undefined),
    [result.data, metricKey, lang],
  );

  return { data, loading: result.loading, error: result.error, reload: result.reload };
}
