import { type Comparability, type Metric } from '@gongkai/domain';
import { Decimal } from 'decimal.js';

export type YearOverYearInput = {
  metric: Metric;
  /** Exact decimal strings as PostgreSQL returns numeric, or null for no value. */
  value: string | null;
  previousValue: string | null;
  comparability: Comparability | null;
};

export type YearOverYear = {
  /** Exact absolute change (same unit as the metric). */
  change: string | null;
  /** Relative change in % of |previous| (previous 0 → null). */
  changePct: number | null;
  /** Percentage points, ratio metrics only (values are fractions: 0.5 → 0.6 is +10 pp). */
  changePp: number | null;
};

const NONE: YearOverYear = { change: null, changePct: null, changePp: null };
// Floats for % are for display; six places keep them free of binary noise such as 20.000000000000004.
const FLOAT_PLACES = 6;

/**
 * Year-over-year change of one step. A `break` (or an unknown step) never yields a change: the two values
 * measure different things. An `approximate` step keeps its change; the flag travels with it.
 */
export function computeYearOverYear({ metric, value, previousValue, comparability }: YearOverYearInput): YearOverYear {
  if (comparability === null || comparability === 'break' || value === null || previousValue === null) return NONE;
  const current = new Decimal(value);
  const previous = new Decimal(previousValue);
  const change = current.minus(previous);

  return {
    change: change.toFixed(),
    changePct: previous.isZero() ? null : change.div(previous.abs()).times(100).toDecimalPlaces(FLOAT_PLACES).toNumber(),
    changePp: metric.unit === 'ratio' ? change.times(100).toDecimalPlaces(FLOAT_PLACES).toNumber() : null,
  };
}
