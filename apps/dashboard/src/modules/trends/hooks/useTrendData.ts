import { useMemo } from 'react';

import { transformSeriesToChartData, type TrendChartData, type TrendMode } from '../../charts/utils/transformSeriesToChartData';
import { legendForChart, transformSeriesToTable } from '../../charts/utils/transformSeriesToTable';
import { GET_SERIES } from '../../core/graphql/queries/getSeries';
import { useQuery } from '../../core/hooks/useQuery';
import { type Lang } from '../../core/i18n/useI18n';
import { type Series } from '../../core/types/api';
import { type LegendItem } from '../../export/types';
import { type DataTable } from '../../export/utils/toCsv';

export type TrendData = { chart: TrendChartData; table: DataTable; legend: LegendItem[]; series: Series[] };

/** Series of several counties for one metric, shaped for the trend chart, its legend and its table. */
export function useTrendData(
  metricKey: string,
  regionCodes: readonly string[],
  yearFrom: number,
  yearTo: number,
  mode: TrendMode,
  lang: Lang,
): { data: TrendData | undefined; loading: boolean; error: Error | undefined; reload: () => void } {
  const result = useQuery(GET_SERIES, { metric: metricKey, regionCodes: [...regionCodes], yearFrom, yearTo }, { skip: regionCodes.length === 0 });
  const data = useMemo(() => {
    if (!result.data) return undefined;
    // Keep the order the user picked the counties in, so colours stay put.
    const order = new Map(regionCodes.map((c, i) => [c, i]));
    const series = [...result.data.series].sort((a, b) => (order.get(a.region.code) ?? 99) - (order.get(b.region.code) ?? 99));
    const chart = transformSeriesToChartData(series, metricKey, mode);

    return { chart, table: transformSeriesToTable(series, lang), legend: legendForChart(chart, lang), series };
  }, [result.data, metricKey, mode, lang, regionCodes]);

  return { data, loading: result.loading, error: result.error, reload: result.reload };
}
