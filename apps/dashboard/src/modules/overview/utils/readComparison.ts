import { type Comparison } from '../../core/types/api';

/** The headline's comparison from the URL: `cmp=all` compares every report, anything else like for like (the default). */
export function readComparison(params: Readonly<Record<string, string>>): Comparison {
  return params.cmp === 'all' ? 'ALL_REPORTS' : 'LIKE_FOR_LIKE';
}
