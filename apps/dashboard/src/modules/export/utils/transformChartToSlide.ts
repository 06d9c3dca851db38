import { type CompareBars } from '../../compare/utils/transformRankingToBars';
import { type TrendChartData } from '../../charts/utils/transformSeriesToChartData';
import { type SmallMultiplesData } from '../../charts/utils/transformSeriesToSmallMultiples';
import { type SlideSeries } from '../types';

/** A trend chart's plotted numbers (years × regions) for a native line chart; a gap stays null. */
export function transformTrendToSlide(chart: TrendChartData, unit: string): SlideSeries {
  const years = chart.rows.map((row) => row.year);

  return {
    kind: 'line',
    labels: years.map(String),
    series: chart.regions.map((region) => ({
      name: region.name,
      values: years.map(
        (year) => chart.lookup[year]?.find((info) => info.regionCode === region.code)?.y ?? null,
      ),
    })),
    unit,
  };
}

/** The small multiples as one line chart (one series per county), all on the panels' shared scale. */
export function transformSmallMultiplesToSlide(data: SmallMultiplesData, unit: string): SlideSeries {
  const [from, to] = data.years ?? [0, -1];
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

  return {
    kind: 'line',
    labels: years.map(String),
    series: data.panels.map((panel) => ({
      name: panel.name,
      values: years.map(
        (year) => panel.chart.lookup[year]?.find((info) => info.regionCode === panel.code)?.y ?? null,
      ),
    })),
    unit,
  };
}

/** One year's compared counties as bars (a county without a value has no bar, not a 0 bar). */
export function transformBarsToSlide(bars: CompareBars, seriesName: string, unit: string): SlideSeries {
  return {
    kind: 'bar',
    labels: bars.bars.map((b) => b.name),
    series: [{ name: seriesName, values: bars.bars.map((b) => b.value) }],
    unit,
  };
}
