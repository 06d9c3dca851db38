import { type Series } from '../../core/types/api';
import { countySeries as series, seriesPoint as point } from '../testing/seriesFixtures';
import { transformSeriesToChartData } from './transformSeriesToChartData';

function keysWithValue(data: ReturnType<typeof transformSeriesToChartData>, dataKey: string): number[] {
  return data.rows.filter((row) => typeof row[dataKey] === 'number').map((row) => row.year);
}

describe('transformSeriesToChartData', () => {
  it('returns an empty chart for no series', () => {
    const data = transformSeriesToChartData([], 't3_new_received_tot');
    expect(data.empty).toBe(true);
    expect(data.rows).toEqual([]);
    expect(data.lines).toEqual([]);
  });

  it('draws one piece for a continuous series', () => {
    const data = transformSeriesToChartData([series('1', [point(2019, '3', 'number', null), point(2020, '4'), point(2021, '6')])], 't3_new_received_tot');
    expect(data.lines).toHaveLength(1);
    expect(keysWithValue(data, data.lines[0].dataKey)).toEqual([2019, 2020, 2021]);
    expect(data.allPositive).toBe(true);
  });

  it('splits the line at a break so 2020 and 2021 are not joined', () => {
    const data = transformSeriesToChartData([series('1', [point(2019, '3', 'number', null), point(2020, '4'), point(2021, '6', 'number', 'break'), point(2022, '7')])], 't2_license_decisions');
    expect(data.lines.map((l) => keysWithValue(data, l.dataKey))).toEqual([
      [2019, 2020],
      [2021, 2022],
    ]);
    expect(data.breakYears).toEqual([2021]);
  });

  it('draws an approximate step as a separate dashed piece', () => {
    const data = transformSeriesToChartData([series('1', [point(2020, '4', 'number', null), point(2021, '6', 'number', 'approximate'), point(2022, '7')])], 'h_nd_made');
    const pieces = data.lines.map((l) => ({ dashed: l.dashed, years: keysWithValue(data, l.dataKey) }));
    expect(pieces).toEqual([
      { dashed: false, years: [2020] },
      { dashed: true, years: [2020, 2021] },
      { dashed: false, years: [2021, 2022] },
    ]);
  });

  it('leaves blank, not-applicable and missing years as gaps with their reason, never 0', () => {
    const data = transformSeriesToChartData(
      [series('1', [point(2019, '3', 'number', null), point(2020, null, 'blank', null), point(2021, null, 'na', null), point(2022, null, 'missing', null), point(2023, '0', 'number', null)])],
      't3_new_received_tot',
    );
    expect(data.gaps.map((g) => [g.year, g.state])).toEqual([
      [2020, 'blank'],
      [2021, 'na'],
      [2022, 'missing'],
    ]);
    const row2020 = data.rows.find((r) => r.year === 2020);
    expect(Object.values(row2020 ?? {}).filter((v) => v === 0)).toEqual([]);
    expect(data.lines.map((l) => keysWithValue(data, l.dataKey))).toEqual([[2019], [2023]]);
    expect(data.allPositive).toBe(false);
    expect(data.lookup[2021][0].point.state).toBe('na');
  });

  it('plots ratios as percentages and their change in percentage points', () => {
    const s: Series = {
      region: { code: '9', name: '县9' },
      metric: { key: 'rate_disclosed' },
      points: [
        { ...point(2020, '0.5', 'derived', null) },
        { ...point(2021, '0.75', 'derived', 'same'), changePp: 25 },
      ],
    };
    const values = transformSeriesToChartData([s], 'rate_disclosed', 'value');
    expect(values.rows.map((r) => r[values.lines[0].dataKey])).toEqual([50, 75]);
    const change = transformSeriesToChartData([s], 'rate_disclosed', 'change');
    expect(change.rows.find((r) => r.year === 2021)?.[change.lines[0].dataKey]).toBe(25);
  });

  it('shows no change value at a break step in change mode', () => {
    const data = transformSeriesToChartData([series('1', [point(2020, '4', 'number', null), point(2021, '6', 'number', 'break', '2')])], 't2_license_decisions', 'change');
    expect(data.empty).toBe(true);
  });

  it('keeps several regions apart with their own pieces', () => {
    const data = transformSeriesToChartData([series('1', [point(2020, '1', 'number', null)]), series('2', [point(2020, '2', 'number', null)])], 't3_new_received_tot');
    expect(data.regions.map((r) => r.code)).toEqual(['1', '2']);
    expect(data.lines.map((l) => l.regionCode)).toEqual(['1', '2']);
    expect(data.rows[0]).toEqual({ year: 2020, '1__0': 1, '2__0': 2 });
  });
});
