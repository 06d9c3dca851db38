import { roundForMetric } from '@gongkai/domain';
import { useMemo } from 'react';

import { transformSeriesToChartData, type TrendChartData } from '../../charts/utils/transformSeriesToChartData';
import { legendForChart, transformSeriesToTable } from '../../charts/utils/transformSeriesToTable';
import { GET_SERIES } from '../../core/graphql/queries/getSeries';
import { useQuery } from '../../core/hooks/useQuery';
import { translate, type Lang } from '../../core/i18n/useI18n';
import { CHART_COLORS } from '../../core/theme/constants/PALETTE';
import { type RegionRef, type Series } from '../../core/types/api';
import { stateLabel } from '../../core/utils/formatValue';
import { type LegendItem } from '../../export/types';
import { type DataTable } from '../../export/utils/toCsv';
import { GET_RANKING } from '../../overview/graphql/queries/getRanking';
import { GET_MEDIAN_SERIES } from '../graphql/queries/getMedianSeries';
import { transformRankingToBars, type CompareBars } from '../utils/transformRankingToBars';

export const MEDIAN_CODE = '__median';

export type CompareData =
  | { kind: 'year'; bars: CompareBars; table: DataTable; legend: LegendItem[] }
  | { kind: 'span'; chart: TrendChartData; table: DataTable; legend: LegendItem[] };

type Result = { data: CompareData | undefined; loading: boolean; error: Error | undefined; reload: () => void };

/** One metric for the chosen counties: bars for one year (with the median), lines for a span (median as a line). */
export function useCompareData(metricKey: string, prefecture: string, counties: readonly RegionRef[], yearFrom: number, yearTo: number, lang: Lang): Result {
  const single = yearFrom === yearTo;
  const codes = counties.map((c) => c.code);
  const ranking = useQuery(GET_RANKING, { metric: metricKey, year: yearTo, parentCode: prefecture }, { skip: !single });
  const series = useQuery(GET_SERIES, { metric: metricKey, regionCodes: codes, yearFrom, yearTo }, { skip: single || codes.length === 0 });
  const median = useQuery(GET_MEDIAN_SERIES, { metric: metricKey, parentCode: prefecture, yearFrom, yearTo }, { skip: single });

  const data = useMemo((): CompareData | undefined => {
    const medianLabel = translate(lang, 'median');
    if (single) {
      if (!ranking.data) return undefined;
      const bars = transformRankingToBars(ranking.data.ranking, counties, metricKey, lang);
      const table: DataTable = {
        columns: [
          translate(lang, 'county'),
          translate(lang, 'code'),
          translate(lang, 'year'),
          translate(lang, 'value'),
          translate(lang, 'state'),
          ...(bars.hasSample ? [translate(lang, 'sampleReport')] : []),
        ],
        rows: [
          ...counties.map((c) => {
            const entry = ranking.data?.ranking.entries.find((e) => e.region.code === c.code);
            const bar = bars.bars.find((b) => b.code === c.code);
            // The state in words (a county without a current report is missing), never the bar's display text.
            const row = [c.name, c.code, yearTo, entry?.value ?? null, stateLabel(entry?.state ?? 'missing', lang)];

            return bars.hasSample ? [...row, bar?.sample ? translate(lang, 'sampleReport') : ''] : row;
          }),
          [
            medianLabel,
            null,
            yearTo,
            roundForMetric(ranking.data.ranking.median, metricKey),
            stateLabel(ranking.data.ranking.median === null ? 'missing' : 'derived', lang),
            ...(bars.hasSample ? [''] : []),
          ],
        ],
        numeric: [false, false, true, true, false, ...(bars.hasSample ? [false] : [])],
      };
      const legend: LegendItem[] = [{ label: medianLabel, color: CHART_COLORS.reference, dashed: '6 4', kind: 'reference' }];
      if (bars.hasSample) legend.push({ label: translate(lang, 'sampleBar'), color: CHART_COLORS.muted, kind: 'sample-bar' });

      return { kind: 'year', bars, table, legend };
    }
    if (!series.data || !median.data) return undefined;
    const order = new Map(codes.map((c, i) => [c, i]));
    const picked = [...series.data.series].sort((a, b) => (order.get(a.region.code) ?? 99) - (order.get(b.region.code) ?? 99));
    const medianSeries: Series = {
      region: { code: MEDIAN_CODE, name: medianLabel },
      metric: { key: metricKey },
      points: median.data.aggregate
        .filter((r) => r.year !== null)
        .map((r) => ({
          year: r.year as number,
          reportId: null,
          template: null,
          value: r.value === null ? null : String(r.value),
          // No median because every county's rate has a 0 denominator: undefined, not missing.
          state: r.value === null ? (r.count === 0 && (r.undefinedCount ?? 0) > 0 ? 'undefined' : 'missing') : 'derived',
          raw: null,
          change: null,
          changePct: null,
          changePp: null,
          // No change is computed for the median line, so no comparability is claimed either.
          comparability: null,
          // A reference line over all reports, not a report of its own.
          sampleData: false,
        })),
    };
    const all = [...picked, medianSeries];
    const chart = transformSeriesToChartData(all, metricKey, 'value');

    return { kind: 'span', chart, table: transformSeriesToTable(all, lang, { syntheticCodes: new Set([MEDIAN_CODE]) }), legend: legendForChart(chart, lang) };
  }, [single, ranking.data, series.data, median.data, counties, metricKey, lang, yearTo]);

  const loading = single ? ranking.loading : series.loading || median.loading;
  const error = single ? ranking.error : (series.error ?? median.error);

  return {
    data,
    loading,
    error,
    reload: () => {
      ranking.reload();
      series.reload();
      median.reload();
    },
  };
}
