import { type Decimal } from 'decimal.js';

import { percentileCont } from './percentile-cont.util';

export type Quartiles = { count: number; min: number | null; q1: number | null; median: number | null; q3: number | null; max: number | null };

/** Five-number summary of the known values (nulls are gaps, not zeros, and are left out). */
export function computeQuartiles(values: readonly (Decimal.Value | null)[]): Quartiles {
  const known = values.filter((value): value is Decimal.Value => value !== null);

  return {
    count: known.length,
    min: percentileCont(known, 0),
    q1: percentileCont(known, 0.25),
    median: percentileCont(known, 0.5),
    q3: percentileCont(known, 0.75),
    max: percentileCont(known, 1),
  };
}
