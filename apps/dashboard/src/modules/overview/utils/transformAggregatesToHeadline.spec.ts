import { type AggregateRow } from '../../core/types/api';
import { transformAggregatesToHeadline } from './transformAggregatesToHeadline';

const row = (year: number, template: AggregateRow['template'], value: number | null, count = 2): AggregateRow => ({ year, template, value, count });

describe('transformAggregatesToHeadline', () => {
  it('sums the year and compares with the previous year of the same template', () => {
    const h = transformAggregatesToHeadline([row(2021, 'gb2021', 100), row(2022, 'gb2021', 120, 3)], 't3_new_received_tot', 2022);
    expect(h).toMatchObject({ value: 120, previous: 100, change: 20, changePct: 20, comparability: 'same', reportCount: 3, reported: true });
  });

  it('shows no change across the 2020→2021 break of a discontinued series', () => {
    const h = transformAggregatesToHeadline([row(2020, 'gb2019', 5), row(2021, 'gb2021', 7)], 't2_nd_public_total', 2021);
    expect(h.comparability).toBe('break');
    expect(h.change).toBeNull();
  });

  it('keeps the change of a continuous series across templates', () => {
    const h = transformAggregatesToHeadline([row(2020, 'gb2019', 50), row(2021, 'gb2021', 40)], 't2_license_decisions', 2021);
    expect(h.comparability).toBe('same');
    expect(h.change).toBe(-10);
  });

  it('is not reported in a year without values (procurement after 2020) and when empty', () => {
    expect(transformAggregatesToHeadline([row(2020, 'gb2019', 1000)], 't2_procure_amount_yuan', 2021).reported).toBe(false);
    expect(transformAggregatesToHeadline([], 't3_new_received_tot', 2021)).toMatchObject({ value: null, change: null, comparability: null, reported: false });
  });

  it('scales ratios to percent and gives the change in points, not percent', () => {
    const h = transformAggregatesToHeadline([row(2021, 'gb2021', 0.5), row(2022, 'gb2021', 0.6)], 'rate_disclosed', 2022);
    expect(h.value).toBeCloseTo(60);
    expect(h.change).toBeCloseTo(10);
    expect(h.changePct).toBeNull();
  });
});
