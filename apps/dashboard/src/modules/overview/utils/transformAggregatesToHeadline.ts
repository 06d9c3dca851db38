import { getMetric, stepComparability, type Comparability, type TemplateVersion } from '@gongkai/domain';

import { type AggregateRow, type AggregateTemplateRow, type Comparison, type RegionRef } from '../../core/types/api';

export type HeadlineFigure = {
  metricKey: string;
  year: number;
  comparison: Comparison;
  /** Display number (percent for ratios, as the aggregate returns a float). Like-for-like: over the compared regions only. */
  value: number | null;
  previous: number | null;
  change: number | null;
  changePct: number | null;
  comparability: Comparability | null;
  /** Known values in the year's figure. */
  reportCount: number;
  /** Regions in the year's figure and in the previous year's. */
  regionCount: number;
  previousRegionCount: number;
  /** Like-for-like: the regions compared (known in both years) and those left out; null when comparing all reports. */
  likeForLike: { regionCount: number; excludedRegions: RegionRef[] } | null;
  /** No value because every report of the year has a 0 denominator (a rate that cannot be computed), not because none was published. */
  undefinedRate: boolean;
  /** False when no report of that year carries the metric (e.g. procurement after 2020): the card is hidden. */
  reported: boolean;
};

function templateOf(rows: readonly AggregateTemplateRow[], year: number): TemplateVersion | 'mixed' | null {
  const templates = new Set(rows.filter((r) => r.year === year && r.count > 0 && r.template !== null && r.template !== 'nonstandard').map((r) => r.template as TemplateVersion));
  if (templates.size === 0) return null;

  return templates.size === 1 ? [...templates][0] : 'mixed';
}

/**
 * A headline card from two aggregates: `rows` grouped by year (the sum or median of the year), `templateRows`
 * grouped by year and template (counts; only to see a template break). With like-for-like rows both years are
 * over the same regions (the api's step yearFrom → yearTo), so the change is a change, not a change of the set.
 */
export function transformAggregatesToHeadline(
  rows: readonly AggregateRow[],
  templateRows: readonly AggregateTemplateRow[],
  metricKey: string,
  year: number,
  comparison: Comparison = 'LIKE_FOR_LIKE',
): HeadlineFigure {
  const metric = getMetric(metricKey);
  const ratio = metric?.unit === 'ratio';
  const current = rows.find((r) => r.year === year);
  const before = rows.find((r) => r.year === year - 1);
  const from = templateOf(templateRows, year - 1);
  const to = templateOf(templateRows, year);
  let comparability: Comparability | null = null;
  if (metric && from && to) {
    comparability = from === 'mixed' || to === 'mixed' ? (from === to ? 'approximate' : 'break') : stepComparability(metric, from, to);
  }
  const scale = ratio ? 100 : 1;
  const value = current?.value == null ? null : current.value * scale;
  const prev = before?.value == null ? null : before.value * scale;
  const comparable = comparability !== null && comparability !== 'break' && value !== null && prev !== null;
  const step = current?.likeForLike ?? null;
  const undefinedRate = value === null && (current?.undefinedCount ?? 0) > 0;

  return {
    metricKey,
    year,
    comparison,
    value,
    previous: prev,
    change: comparable ? (value as number) - (prev as number) : null,
    changePct: comparable && !ratio && prev !== 0 ? (((value as number) - (prev as number)) / Math.abs(prev as number)) * 100 : null,
    comparability,
    reportCount: current?.count ?? 0,
    regionCount: current?.regionCount ?? 0,
    previousRegionCount: before?.regionCount ?? 0,
    likeForLike: comparison === 'LIKE_FOR_LIKE' && step ? { regionCount: step.regionCount, excludedRegions: step.excludedRegions } : null,
    undefinedRate,
    // Shown when reports of the year carry the metric (a row exists) and it says something: a value, an undefined
    // rate, or a like-for-like step with no county in both years (which the card says, instead of hiding it).
    reported: current !== undefined && (value !== null || undefinedRate || (step !== null && step.regionCount === 0 && step.excludedRegions.length > 0)),
  };
}
