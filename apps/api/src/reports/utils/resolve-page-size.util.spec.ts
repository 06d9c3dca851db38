import { resolvePageSize } from './resolve-page-size.util';

describe('resolvePageSize', () => {
  it('defaults to 25 and accepts 0 to 100', () => {
    expect(resolvePageSize(undefined)).toBe(25);
    expect(resolvePageSize(null)).toBe(25);
    expect(resolvePageSize(0)).toBe(0);
    expect(resolvePageSize(100)).toBe(100);
  });

  it('refuses more than 100, negatives and fractions with INVALID_PAGINATION', () => {
    for (const first of [101, -1, 2.5]) {
      expect(() => resolvePageSize(first)).toThrow(expect.objectContaining({ code: 'INVALID_PAGINATION' }));
    }
  });
});
