import { getMetric, type Metric } from '@gongkai/domain';

import { computeYearOverYear } from './compute-year-over-year.util';

const metric = (key: string): Metric => {
  const found = getMetric(key);
  if (!found) throw new Error(`no metric ${key}`);

  return found;
};
const counts = metric('t3_new_received_tot');
const rate = metric('rate_disclosed');

describe('computeYearOverYear', () => {
  it('computes the exact change and the % change of counts', () => {
    expect(computeYearOverYear({ metric: counts, value: '12', previousValue: '10', comparability: 'same' })).toEqual({ change: '2', changePct: 20, changePp: null });
    expect(computeYearOverYear({ metric: counts, value: '4', previousValue: '7', comparability: 'approximate' })).toEqual({
      change: '-3',
      changePct: -42.857143,
      changePp: null,
    });
  });

  it('keeps money exact (no float rounding in the change)', () => {
    const money = metric('t2_fee_amount_yuan');

    expect(computeYearOverYear({ metric: money, value: '0.3', previousValue: '0.1', comparability: 'same' }).change).toBe('0.2');
    expect(computeYearOverYear({ metric: money, value: '75394432.52', previousValue: '75394432.51', comparability: 'same' }).change).toBe('0.01');
  });

  it('gives percentage points for ratio metrics (values are fractions)', () => {
    expect(computeYearOverYear({ metric: rate, value: '0.6', previousValue: '0.5', comparability: 'same' })).toEqual({ change: '0.1', changePct: 20, changePp: 10 });
  });

  it('gives no change across a break or an unknown step', () => {
    const none = { change: null, changePct: null, changePp: null };

    expect(computeYearOverYear({ metric: counts, value: '12', previousValue: '10', comparability: 'break' })).toEqual(none);
    expect(computeYearOverYear({ metric: counts, value: '12', previousValue: '10', comparability: null })).toEqual(none);
  });

  it('gives no change when either side is a gap, and no % change from zero', () => {
    expect(computeYearOverYear({ metric: counts, value: null, previousValue: '10', comparability: 'same' }).change).toBeNull();
    expect(computeYearOverYear({ metric: counts, value: '3', previousValue: null, comparability: 'same' }).change).toBeNull();
    expect(computeYearOverYear({ metric: counts, value: '3', previousValue: '0', comparability: 'same' })).toEqual({ change: '3', changePct: null, changePp: null });
  });

  it('measures % change against the size of a negative previous value (signed items_delta)', () => {
    const delta = metric('t2_license_items_delta');

    expect(computeYearOverYear({ metric: delta, value: '-5', previousValue: '-10', comparability: 'same' })).toEqual({ change: '5', changePct: 50, changePp: null });
  });
});
