import { getMetric, type Metric } from '@gongkai/domain';

import { computeMetricYears } from './compute-metric-years.util';

const metric = (key: string): Metric => {
  const found = getMetric(key);
  if (!found) throw new Error(`no metric ${key}`);

  return found;
};

describe('computeMetricYears', () => {
  it('ends a GB2019-only metric in 2020 and starts a GB2021-only metric in 2021', () => {
    expect(computeMetricYears(metric('t2_procure_amount_yuan'))).toEqual({ from: 2019, to: 2020 });
    expect(computeMetricYears(metric('t2_fee_amount_yuan'))).toEqual({ from: 2021, to: null });
  });

  it('leaves metrics of both templates open-ended', () => {
    expect(computeMetricYears(metric('t3_new_received_tot'))).toEqual({ from: 2019, to: null });
    expect(computeMetricYears(metric('h_nd_made'))).toEqual({ from: 2019, to: null });
  });

  it('is null for a metric no template carries', () => {
    expect(computeMetricYears({ ...metric('t3_new_received_tot'), reportedIn: [], derivedIn: [] })).toBeNull();
  });
});
