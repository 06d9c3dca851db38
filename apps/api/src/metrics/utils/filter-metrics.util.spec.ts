import { METRICS } from '@gongkai/domain';

import { filterMetrics } from './filter-metrics.util';

describe('filterMetrics', () => {
  it('returns the whole catalogue without a filter', () => {
    expect(filterMetrics(METRICS, {})).toHaveLength(METRICS.length);
  });

  it('filters by category', () => {
    const fees = filterMetrics(METRICS, { category: 'fee' }).map((m) => m.key);

    expect(fees).toContain('t2_fee_amount_yuan');
    expect(fees).toContain('t2_fee_items_prev');
    expect(fees.every((key) => key.startsWith('t2_fee_'))).toBe(true);
  });

  it('filters by template: reported or derived there; nonstandard has none', () => {
    const gb2021 = filterMetrics(METRICS, { template: 'gb2021' }).map((m) => m.key);

    expect(gb2021).toContain('t2_fee_amount_yuan');
    expect(gb2021).toContain('h_nd_made');
    expect(gb2021).not.toContain('t2_procure_amount_yuan');
    expect(filterMetrics(METRICS, { template: 'nonstandard' })).toEqual([]);
  });
});
