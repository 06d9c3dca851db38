import { type SeriesPoint } from '../../core/types/api';
import { transformSeriesToSmallMultiples } from './transformSeriesToSmallMultiples';

const p = (year: number, value: string | null, state: SeriesPoint['state'] = 'number'): SeriesPoint => ({
  year,
  reportId: null,
  template: 'gb2021',
  value,
  state,
  raw: value,
  change: null,
  changePct: null,
  changePp: null,
  comparability: year === 2021 ? null : 'same',
  sampleData: false,
});

describe('transformSeriesToSmallMultiples', () => {
  it('is empty without series', () => {
    expect(transformSeriesToSmallMultiples([], 't3_new_received_tot')).toEqual({ panels: [], yDomain: null, years: null });
  });

  it('makes one panel per county, sorted by code, on a shared y domain', () => {
    const data = transformSeriesToSmallMultiples(
      [
        { region: { code: '540424', name: '波密县' }, metric: { key: 'k' }, points: [p(2021, '10'), p(2022, '30')] },
        { region: { code: '540402', name: '巴宜区' }, metric: { key: 'k' }, points: [p(2021, '5'), p(2022, null, 'blank')] },
      ],
      't3_new_received_tot',
    );
    expect(data.panels.map((x) => x.name)).toEqual(['巴宜区', '波密县']);
    expect(data.yDomain).toEqual([0, 30]);
    expect(data.years).toEqual([2021, 2022]);
    // The latest value skips the blank year rather than showing it as 0.
    expect(data.panels[0].latestYear).toBe(2021);
    expect(data.panels[0].latest?.value).toBe('5');
  });

  it('handles a county with only gaps', () => {
    const data = transformSeriesToSmallMultiples([{ region: { code: '1', name: 'x' }, metric: { key: 'k' }, points: [p(2021, null, 'missing')] }], 't3_new_received_tot');
    expect(data.yDomain).toBeNull();
    expect(data.panels[0].latest).toBeNull();
    expect(data.panels[0].chart.empty).toBe(true);
  });
});
