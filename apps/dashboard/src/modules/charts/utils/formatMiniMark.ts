import { getMetric } from '@gongkai/domain';

/** A plotted value short enough for a small multiple: 1,234 · 5.6万 · 48.3%. Ratios are plotted in percent. */
export function formatMiniMark(value: number, metricKey: string): string {
  if (getMetric(metricKey)?.unit === 'ratio') return `${Number(value.toFixed(1))}%`;
  if (Math.abs(value) >= 100_000) return `${Number((value / 10_000).toFixed(1))}万`;

  return Number(value.toFixed(value % 1 === 0 ? 0 : 1)).toLocaleString('en-US');
}
