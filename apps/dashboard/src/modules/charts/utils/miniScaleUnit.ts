import { getMetric } from '@gongkai/domain';

/** The unit the small multiples' y-axes are in: ratios are plotted in percent, counts and money in their own unit. */
export function miniScaleUnit(metricKey: string, unitLabel: (key: string) => string): string {
  return getMetric(metricKey)?.unit === 'ratio' ? '%' : unitLabel(metricKey);
}
