import { type Series } from '../../core/types/api';
import { transformSeriesToChartData, type TrendChartData } from './transformSeriesToChartData';

export type SmallMultiple = { code: string; name: string; chart: TrendChartData; latestYear: number | null; latest: Series['points'][number] | null };

export type SmallMultiplesData = { panels: SmallMultiple[]; yDomain: [number, number] | null; years: [number, number] | null };

/** One mini trend per county on one shared y scale, so the panels can be compared by eye. */
export function transformSeriesToSmallMultiples(series: readonly Series[], metricKey: string): SmallMultiplesData {
  let min = Infinity;
  let max = -Infinity;
  let yearMin = Infinity;
  let yearMax = -Infinity;
  const panels = [...series]
    .sort((a, b) => a.region.code.localeCompare(b.region.code))
    .map((s) => {
      const chart = transformSeriesToChartData([s], metricKey, 'value');
      for (const row of chart.rows) {
        yearMin = Math.min(yearMin, row.year);
        yearMax = Math.max(yearMax, row.year);
        for (const line of chart.lines) {
          const y = row[line.dataKey];
          if (typeof y === 'number') {
            min = Math.min(min, y);
            max = Math.max(max, y);
          }
        }
      }
      const withValue = [...s.points].sort((a, b) => b.year - a.year).find((p) => p.value !== null && (p.state === 'number' || p.state === 'derived')) ?? null;

      return { code: s.region.code, name: s.region.name, chart, latestYear: withValue?.year ?? null, latest: withValue };
    });

  return {
    panels,
    yDomain: Number.isFinite(min) ? [Math.min(0, min), max === min ? max + 1 : max] : null,
    years: Number.isFinite(yearMin) ? [yearMin, yearMax] : null,
  };
}
