import { Decimal } from 'decimal.js';

/**
 * Continuous percentile with linear interpolation, the same definition as PostgreSQL's
 * `percentile_cont(fraction) WITHIN GROUP (ORDER BY x)`. Null for an empty set.
 */
export function percentileCont(values: readonly Decimal.Value[], fraction: number): number | null {
  if (fraction < 0 || fraction > 1) throw new RangeError(`fraction must be within [0, 1], got ${fraction}`);
  if (values.length === 0) return null;
  const sorted = values.map((value) => new Decimal(value)).sort((a, b) => a.comparedTo(b));
  const position = new Decimal(sorted.length - 1).times(fraction);
  const lower = position.floor().toNumber();
  const upper = position.ceil().toNumber();
  const weight = position.minus(lower);

  return sorted[lower].plus(sorted[upper].minus(sorted[lower]).times(weight)).toNumber();
}
