import { useMemo } from 'react';

import { transformSeriesToSmallMultiples, type SmallMultiplesData } from '../../charts/utils/transformSeriesToSmallMultiples';
import { legendForChart, transformSeriesToTable } from '../../charts/utils/transformSeriesToTable';
import { GET_SERIES } from '../../core/graphql/queries/getSeries';
import { useQuery } from '../../core/hooks/useQuery';
import { translate, type Lang } from '../../core/i18n/useI18n';
import { type Series } from '../../core/types/api';
import { type LegendItem } from '../../export/types';
import { type DataTable } from '../../export/utils/toCsv';

export function useSmallMultiplesData(
  prefecture: string | null,
  metricKey: string,
  yearFrom: number,
  yearTo: number,
  lang: Lang,
): { data: (SmallMultiplesData & { table: DataTable; series: Series[]; legend: LegendItem[] }) | undefined; loading: boolean; error: Error | undefined; reload: () => void } {
  const result = useQuery(GET_SERIES, { metric: metricKey, parentCode: prefecture, yearFrom, yearTo }, { skip: !prefecture });
  const data = useMemo(
    () => {
      if (!result.data) return undefined;
      const multiples = transformSeriesToSmallMultiples(result.data.series, metricKey);
      // The panels carry their county's name; the legend keys only the × of rates that cannot be computed, once.
      const undefinedKey = translate(lang, 'stateUndefinedLegend');
      const unique = multiples.panels
        .flatMap((p) => legendForChart(p.chart, lang))
        .filter((item) => item.label === undefinedKey)
        .slice(0, 1);

      return { ...multiples, table: transformSeriesToTable(result.data.series, lang), series: result.data.series, legend: unique };
    },
    [result.data, metricKey, lang],
  );

  return { data, loading: result.loading, error: result.error, reload: result.reload };
}
