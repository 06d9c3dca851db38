import { percentileCont } from './percentile-cont.util';

describe('percentileCont', () => {
  it('interpolates linearly like PostgreSQL percentile_cont', () => {
    const values = ['30', '15', '15', '8'];

    expect(percentileCont(values, 0.25)).toBe(13.25);
    expect(percentileCont(values, 0.5)).toBe(15);
    expect(percentileCont(values, 0.75)).toBe(18.75);
    expect(percentileCont(values, 0)).toBe(8);
    expect(percentileCont(values, 1)).toBe(30);
  });

  it('takes the middle value of an odd set and the mean of the two middle values of an even set', () => {
    expect(percentileCont([3, 1, 2], 0.5)).toBe(2);
    expect(percentileCont([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('is null for an empty set and the value itself for a single value', () => {
    expect(percentileCont([], 0.5)).toBeNull();
    expect(percentileCont(['7.5'], 0.25)).toBe(7.5);
  });

  it('rejects fractions outside [0, 1]', () => {
    expect(() => percentileCont([1], 1.5)).toThrow(RangeError);
  });
});
