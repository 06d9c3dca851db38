import { computePercentLabels } from './computePercentLabels';

describe('computePercentLabels', () => {
  const sum = (labels: (string | null)[]) => Math.round(labels.reduce((s, l) => s + (l === null ? 0 : Number(l.replace('%', ''))), 0) * 10) / 10;

  it('adds up to exactly 100.0 % where plain rounding would give 100.1 %', () => {
    const labels = computePercentLabels([1 / 3, 1 / 3, 1 / 3]);
    expect(labels).toEqual(['33.4%', '33.3%', '33.3%']);
    expect(sum(computePercentLabels([0.1235, 0.2235, 0.653]))).toBe(100);
  });

  it('keeps exact shares as they are and a zero part at 0.0 %', () => {
    expect(computePercentLabels([0.25, 0.75, 0])).toEqual(['25.0%', '75.0%', '0.0%']);
  });

  it('has no labels when nothing can be divided', () => {
    expect(computePercentLabels([null, null])).toEqual([null, null]);
    expect(computePercentLabels([])).toEqual([]);
  });
});
