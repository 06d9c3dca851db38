import { measureSync, median, percentile, summarise } from './stats';

describe('percentile and median', () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);

  it('uses the nearest rank', () => {
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3], 95)).toBe(3);
  });

  it('takes the middle, or the mean of the two middles', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 4, 9])).toBe(3);
    expect(() => median([])).toThrow('no samples');
  });

  it('summarises unsorted samples', () => {
    expect(summarise([5, 1, 3, 2, 4], [9, 8, 7, 1, 2])).toEqual({ runs: 5, median: 3, p95: 5, min: 1, mean: 3, cpuMedian: 7 });
  });
});

describe('measureSync', () => {
  it('runs the warm-up untimed, then times exactly `runs` calls in order', () => {
    const calls: number[] = [];
    const timing = measureSync((i) => calls.push(i), { warmup: 2, runs: 5 });
    expect(calls).toEqual([0, 1, 0, 1, 2, 3, 4]);
    expect(timing.runs).toBe(5);
    expect(timing.min).toBeGreaterThanOrEqual(0);
    expect(timing.p95).toBeGreaterThanOrEqual(timing.median);
  });
});
