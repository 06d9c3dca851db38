import { getMetric, stepComparability, type Comparability, type TemplateVersion } from '@gongkai/domain';

import { type AggregateRow } from '../../core/types/api';

export type HeadlineFigure = {
  metricKey: string;
  year: number;
  /** Display number (percent for ratios, as the aggregate returns a float). */
  value: number | null;
  previous: number | null;
  change: number | null;
  changePct: number | null;
  comparability: Comparability | null;
  reportCount: number;
  /** False when no report of that year carries the metric (e.g. procurement after 2020): the card is hidden. */
  reported: boolean;
};

function templateOf(rows: readonly AggregateRow[], year: number): TemplateVersion | 'mixed' | null {
  const templates = new Set(rows.filter((r) => r.year === year && r.template !== null && r.template !== 'nonstandard').map((r) => r.template as TemplateVersion));
  if (templates.size === 0) return null;

  return templates.size === 1 ? [...templates][0] : 'mixed';
}

function sumYear(rows: readonly AggregateRow[], year: number): { value: number | null; count: number } {
  const ofYear = rows.filter((r) => r.year === year && r.value !== null);
  if (ofYear.length === 0) return { value: null, count: 0 };

  return { value: ofYear.reduce((acc, r) => acc + (r.value ?? 0), 0), count: ofYear.reduce((acc, r) => acc + r.count, 0) };
}

/**
 * A headline card from aggregate rows grouped by year and template (sum for counts; for ratios the
 * api's median, one row per year and template). The change is left out across a template break.
 */
export function transformAggregatesToHeadline(rows: readonly AggregateRow[], metricKey: string, year: number): HeadlineFigure {
  const metric = getMetric(metricKey);
  const ratio = metric?.unit === 'ratio';
  const current = sumYear(rows, year);
  const previous = sumYear(rows, year - 1);
  const from = templateOf(rows, year - 1);
  const to = templateOf(rows, year);
  let comparability: Comparability | null = null;
  if (metric && from && to) {
    comparability = from === 'mixed' || to === 'mixed' ? (from === to ? 'approximate' : 'break') : stepComparability(metric, from, to);
  }
  const scale = ratio ? 100 : 1;
  const value = current.value === null ? null : current.value * scale;
  const prev = previous.value === null ? null : previous.value * scale;
  const comparable = comparability !== null && comparability !== 'break' && value !== null && prev !== null;

  return {
    metricKey,
    year,
    value,
    previous: prev,
    change: comparable ? (value as number) - (prev as number) : null,
    changePct: comparable && !ratio && prev !== 0 ? (((value as number) - (prev as number)) / Math.abs(prev as number)) * 100 : null,
    comparability,
    reportCount: current.count,
    reported: current.value !== null,
  };
}
