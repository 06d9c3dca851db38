import { type TrendChartData } from './transformSeriesToChartData';

/** The plot box of a mini trend, in its own viewBox units (stretched to the panel, strokes not scaled). */
export const MINI_VIEWBOX = { width: 100, height: 100 } as const;

/** Room left and right of the first and last year, as a share of the width (Recharts' axis padding did this). */
const X_PADDING = 0.07;
/** Room above the highest and below the lowest value, as a share of the height. */
const Y_PADDING = 0.08;

export type MiniTrendPiece = {
  dataKey: string;
  seriesIndex: number;
  dashed: boolean;
  /** SVG path data: one subpath per run of consecutive values (a gap ends a run; values are never joined across it). */
  d: string;
  /** Points drawn as dots (solid pieces only): every value, so a lone value between gaps still shows. */
  dots: Array<{ x: number; y: number; sample?: boolean }>;
};

/** A value written on the panel: the last year's, and the lowest and highest where they are other points. */
export type MiniTrendMark = { x: number; y: number; value: number; kind: 'last' | 'min' | 'max' };

/** A y-axis tick: a round value and where it sits (MINI_VIEWBOX units). */
export type MiniTrendTick = { value: number; y: number };

/**
 * `undefinedYears`: x of the years with a rate that cannot be computed (denominator 0), marked with a × over the gap.
 * `ticks`: the y-axis, round values inside the plotted range (lowest first), so a height can be read as a number.
 */
export type MiniTrendGeometry = { pieces: MiniTrendPiece[]; breaks: number[]; undefinedYears: number[]; marks: MiniTrendMark[]; ticks: MiniTrendTick[] };

/**
 * About `count` round tick values (steps of 1, 2 or 5 × 10^n) from `low` to `high`, both included when round: the
 * usual "nice numbers" of an axis, few enough for a panel 120 px high.
 */
export function computeMiniTicks(low: number, high: number, count = 3): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high) || high <= low) return [];
  const raw = (high - low) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  // Rounded to the step's decimals, so 0.1 + 0.2 is written 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let v = Math.ceil(low / step) * step; v <= high + step * 1e-9; v += step) ticks.push(Number(v.toFixed(decimals)));

  return ticks;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Where a small multiple's lines, dots and break markers go, in MINI_VIEWBOX units. The same drawing rules as
 * the full TrendChart: a piece is split at breaks (a new piece) and at missing values (a gap), approximate steps
 * are their own dashed pieces, and a break is marked halfway between the two years.
 */
export function computeMiniTrendGeometry(
  data: TrendChartData,
  yearDomain: [number, number] | null,
  yDomain: [number, number] | null,
): MiniTrendGeometry {
  const years = data.rows.map((r) => r.year);
  const [firstYear, lastYear] =
    yearDomain ?? (years.length ? [years[0] as number, years[years.length - 1] as number] : [0, 1]);
  let [low, high] = yDomain ?? [Infinity, -Infinity];
  if (!yDomain) {
    for (const row of data.rows) {
      for (const line of data.lines) {
        const y = row[line.dataKey];
        if (typeof y === 'number') {
          low = Math.min(low, y);
          high = Math.max(high, y);
        }
      }
    }
    if (!Number.isFinite(low)) [low, high] = [0, 1];
  }
  if (high === low) high = low + 1;
  const { width, height } = MINI_VIEWBOX;
  const xOf = (year: number) =>
    round(
      width * X_PADDING +
        ((year - firstYear) / Math.max(1, lastYear - firstYear)) * width * (1 - 2 * X_PADDING),
    );
  const yOf = (value: number) =>
    round(height * (1 - Y_PADDING) - ((value - low) / (high - low)) * height * (1 - 2 * Y_PADDING));

  const samples = new Set(data.samplePoints ?? []);
  const pieces = data.lines.map((line) => {
    const runs: string[] = [];
    const dots: MiniTrendPiece['dots'] = [];
    let run: string[] = [];
    for (const row of data.rows) {
      const value = row[line.dataKey];
      if (typeof value !== 'number') {
        if (run.length) runs.push(run.join(' '));
        run = [];
        continue;
      }
      const x = xOf(row.year);
      const y = yOf(value);
      run.push(`${run.length ? 'L' : 'M'}${x} ${y}`);
      if (!line.dashed) dots.push(samples.has(`${line.regionCode}|${row.year}`) ? { x, y, sample: true } : { x, y });
    }
    if (run.length) runs.push(run.join(' '));

    return {
      dataKey: line.dataKey,
      seriesIndex: line.seriesIndex,
      dashed: line.dashed,
      d: runs.join(' '),
      dots,
    };
  });

  const undefinedYears = [...new Set(data.gaps.filter((g) => g.state === 'undefined').map((g) => g.year))].sort((a, b) => a - b);

  // Every plotted value once per year (a break repeats the year in two pieces), in year order.
  const values = new Map<number, number>();
  for (const row of data.rows) {
    for (const line of data.lines) {
      const value = row[line.dataKey];
      if (typeof value === 'number' && !values.has(row.year)) values.set(row.year, value);
    }
  }
  const points = [...values.entries()].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ year, value }));
  const marks: MiniTrendMark[] = [];
  const last = points[points.length - 1];
  if (last) {
    marks.push({ x: xOf(last.year), y: yOf(last.value), value: last.value, kind: 'last' });
    const others = points.slice(0, -1);
    const min = others.reduce<(typeof points)[number] | null>((best, p) => (best === null || p.value < best.value ? p : best), null);
    const max = others.reduce<(typeof points)[number] | null>((best, p) => (best === null || p.value > best.value ? p : best), null);
    // Only where they say something the last value does not: a lower minimum, a higher maximum.
    if (max && max.value > last.value) marks.push({ x: xOf(max.year), y: yOf(max.value), value: max.value, kind: 'max' });
    if (min && min.value < last.value && min.year !== max?.year) marks.push({ x: xOf(min.year), y: yOf(min.value), value: min.value, kind: 'min' });
  }

  // No axis without a value to read against it (an empty panel shows no invented scale).
  const ticks = points.length > 0 ? computeMiniTicks(low, high).map((value) => ({ value, y: yOf(value) })) : [];

  return { pieces, breaks: data.breakYears.map((year) => xOf(year - 0.5)), undefinedYears: undefinedYears.map(xOf), marks, ticks };
}
