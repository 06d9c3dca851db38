import { computeQuartiles } from './compute-quartiles.util';

describe('computeQuartiles', () => {
  it('summarises the known values and leaves gaps out (a gap is not a zero)', () => {
    expect(computeQuartiles(['30', null, '15', '15', '8', null])).toEqual({ count: 4, min: 8, q1: 13.25, median: 15, q3: 18.75, max: 30 });
  });

  it('gives nulls and a zero count for an empty or all-gap set', () => {
    const empty = { count: 0, min: null, q1: null, median: null, q3: null, max: null };

    expect(computeQuartiles([])).toEqual(empty);
    expect(computeQuartiles([null, null])).toEqual(empty);
  });
});
