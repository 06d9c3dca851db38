import { getMetric } from '@gongkai/domain';

import { type PointState, type Series, type SeriesPoint } from '../../core/types/api';

export type TrendMode = 'value' | 'change' | 'changePct';

/** One drawn line piece. A break starts a new piece; an approximate step is its own dashed piece. */
export type ChartLine = { dataKey: string; regionCode: string; regionName: string; seriesIndex: number; dashed: boolean };

export type ChartRow = { year: number } & Record<string, number | null>;

export type PointInfo = { regionCode: string; regionName: string; y: number | null; point: SeriesPoint };

export type TrendChartData = {
  rows: ChartRow[];
  lines: ChartLine[];
  regions: Array<{ code: string; name: string; seriesIndex: number }>;
  /** Years (of the later side) where some series has a break step. */
  breakYears: number[];
  /** Points that have no value, with the reason (blank / na / missing): shown as gaps, never as 0. */
  gaps: Array<{ regionCode: string; year: number; state: PointState }>;
  lookup: Record<number, PointInfo[]>;
  /** True when every y is positive, so a log scale is possible. */
  allPositive: boolean;
  empty: boolean;
  /** `${regionCode}|${year}` of every point whose report is generated sample data (drawn with its own marker). */
  samplePoints: string[];
};

function hasValue(point: SeriesPoint): boolean {
  return point.value !== null && (point.state === 'number' || point.state === 'derived');
}

/** The plotted number of a point in a mode; null is a gap. Ratios change in percentage points. */
export function yOf(point: SeriesPoint, mode: TrendMode, metricKey: string): number | null {
  const ratio = getMetric(metricKey)?.unit === 'ratio';
  if (mode === 'value') return hasValue(point) ? Number(point.value) * (ratio ? 100 : 1) : null;
  if (point.comparability === 'break') return null;
  if (mode === 'change') {
    if (ratio) return point.changePp;

    return point.change === null ? null : Number(point.change);
  }

  return point.changePct;
}

/**
 * Shapes API series for a line chart: one row per year; per region, line pieces that are split at
 * breaks and gaps, with approximate steps as separate dashed pieces.
 */
export function transformSeriesToChartData(series: readonly Series[], metricKey: string, mode: TrendMode = 'value'): TrendChartData {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const rows: ChartRow[] = years.map((year) => ({ year }) as ChartRow);
  const rowByYear = new Map(rows.map((row) => [row.year, row]));
  const lines: ChartLine[] = [];
  const gaps: TrendChartData['gaps'] = [];
  const breakYears = new Set<number>();
  const lookup: Record<number, PointInfo[]> = {};
  let allPositive = true;
  let anyValue = false;
  const samplePoints: string[] = [];

  series.forEach((s, seriesIndex) => {
    const points = [...s.points].sort((a, b) => a.year - b.year);
    let piece = 0;
    let current: string | null = null;
    let previous: { year: number; y: number | null } | null = null;
    const put = (key: string, year: number, y: number) => {
      const row = rowByYear.get(year);
      if (row) row[key] = y;
    };
    const open = (dashed: boolean): string => {
      const dataKey = `${s.region.code}__${piece}`;
      piece += 1;
      lines.push({ dataKey, regionCode: s.region.code, regionName: s.region.name, seriesIndex, dashed });

      return dataKey;
    };
    for (const point of points) {
      const y = yOf(point, mode, metricKey);
      (lookup[point.year] ??= []).push({ regionCode: s.region.code, regionName: s.region.name, y, point });
      if (point.sampleData) samplePoints.push(`${s.region.code}|${point.year}`);
      if (point.comparability === 'break') breakYears.add(point.year);
      if (y === null) {
        if (!hasValue(point)) gaps.push({ regionCode: s.region.code, year: point.year, state: point.state });
        current = null;
        previous = { year: point.year, y: null };
        continue;
      }
      anyValue = true;
      if (y <= 0) allPositive = false;
      const joined = previous !== null && previous.y !== null && previous.year === point.year - 1;
      if (joined && point.comparability === 'approximate' && previous !== null && previous.y !== null) {
        const dashedKey = open(true);
        put(dashedKey, previous.year, previous.y);
        put(dashedKey, point.year, y);
        current = null;
      } else if (!joined || point.comparability === 'break') {
        current = null;
      }
      if (current === null) current = open(false);
      put(current, point.year, y);
      previous = { year: point.year, y };
    }
  });

  return {
    rows,
    lines,
    regions: series.map((s, seriesIndex) => ({ code: s.region.code, name: s.region.name, seriesIndex })),
    breakYears: [...breakYears].sort((a, b) => a - b),
    gaps,
    lookup,
    allPositive: anyValue && allPositive,
    empty: !anyValue,
    samplePoints,
  };
}
