import { getMetric, type Metric } from '@gongkai/domain';

import { computeStepComparability } from './compute-step-comparability.util';

const metric = (key: string): Metric => {
  const found = getMetric(key);
  if (!found) throw new Error(`no metric ${key}`);

  return found;
};

describe('computeStepComparability', () => {
  it('is same within one template and across the change for continuous Table 3 metrics', () => {
    expect(computeStepComparability(metric('t3_new_received_tot'), 'gb2019', 'gb2019')).toBe('same');
    expect(computeStepComparability(metric('t3_new_received_tot'), 'gb2019', 'gb2021')).toBe('same');
  });

  it('is approximate for the harmonised h_nd_made step 2020→2021 (spec §9.6.3)', () => {
    expect(computeStepComparability(metric('h_nd_made'), 'gb2019', 'gb2021')).toBe('approximate');
    expect(computeStepComparability(metric('h_nd_made'), 'gb2021', 'gb2021')).toBe('same');
  });

  it('is a break where a metric exists on one side only', () => {
    expect(computeStepComparability(metric('t2_fee_amount_yuan'), 'gb2019', 'gb2021')).toBe('break');
    expect(computeStepComparability(metric('t2_procure_amount_yuan'), 'gb2019', 'gb2021')).toBe('break');
  });

  it('is a break next to a non-standard report and null when either year has no report', () => {
    expect(computeStepComparability(metric('t3_new_received_tot'), 'nonstandard', 'gb2019')).toBe('break');
    expect(computeStepComparability(metric('t3_new_received_tot'), 'nonstandard', 'nonstandard')).toBe('break');
    expect(computeStepComparability(metric('t3_new_received_tot'), null, 'gb2019')).toBeNull();
    expect(computeStepComparability(metric('t3_new_received_tot'), 'gb2021', null)).toBeNull();
  });
});
