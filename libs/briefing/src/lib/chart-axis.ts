import { type BriefingChart } from './briefing-pack.type';

/** A "nice" upper bound (1, 2, 2.5, 5 × 10^n) at or above the largest value, so axes read in round steps. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= max) ?? 10;

  return step * power;
}

/**
 * The value axis of a chart: its own bounds if set, else 0 (or the negative minimum) to a nice maximum.
 * Starting at 0 keeps bar lengths and line heights honest across slides.
 */
export function chartAxis(chart: Pick<BriefingChart, 'series' | 'axis'>): { min: number; max: number } {
  if (chart.axis) return chart.axis;
  const values = chart.series
    .flatMap((s) => s.values)
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);

  return { min: min < 0 ? -niceMax(-min) : 0, max: niceMax(max) };
}
