import { type BodyAssessment } from '../types';

/** A column of the ranking table: 'rank', 'name', 'score', 'change', or an indicator id. */
export type BodySortKey = string;
export type SortDirection = 'asc' | 'desc';

function valueOf(body: BodyAssessment, key: BodySortKey): number | string | null {
  if (key === 'name') return body.issuerName;
  if (key === 'rank') return body.rank;
  if (key === 'score') return body.score;
  if (key === 'change') return body.change;

  return body.indicators.find((i) => i.id === key)?.score ?? null;
}

/**
 * The bodies ordered by a column; a body without the value (no report, not scored) always goes last, whatever
 * the direction, so an unscored body is never read as the worst or the best.
 */
export function sortBodies(bodies: readonly BodyAssessment[], key: BodySortKey, direction: SortDirection): BodyAssessment[] {
  const sign = direction === 'asc' ? 1 : -1;

  return [...bodies].sort((a, b) => {
    const x = valueOf(a, key);
    const y = valueOf(b, key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y), 'zh-CN') : x - y;

    // Ties keep the api's order (the sort is stable): the same order as the ranking and the 通报.
    return order * sign;
  });
}
