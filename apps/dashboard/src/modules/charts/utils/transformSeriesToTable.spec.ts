import { type Series } from '../../core/types/api';
import { countySeries, seriesPoint } from '../testing/seriesFixtures';
import { transformSeriesToChartData } from './transformSeriesToChartData';
import { legendForChart, transformSeriesToTable } from './transformSeriesToTable';

const s: Series = {
  region: { code: '540402', name: '巴宜区' },
  metric: { key: 'h_nd_made' },
  points: [
    { year: 2021, reportId: 'b', template: 'gb2021', value: '7', state: 'number', raw: '7', change: '2', changePct: 40, changePp: null, comparability: 'approximate', sampleData: false },
    { year: 2020, reportId: 'a', template: 'gb2019', value: '5', state: 'number', raw: '5', change: null, changePct: null, changePp: null, comparability: null, sampleData: false },
    { year: 2022, reportId: null, template: null, value: null, state: 'missing', raw: null, change: null, changePct: null, changePp: null, comparability: null, sampleData: false },
  ],
};

describe('transformSeriesToTable', () => {
  it('lists every point by year with the api numbers untouched and states in words', () => {
    const table = transformSeriesToTable([s], 'zh');
    expect(table.columns[0]).toBe('地区');
    expect(table.rows).toEqual([
      ['巴宜区', '540402', 2020, '5', '数值', null, null, null],
      ['巴宜区', '540402', 2021, '7', '数值', '2', '40', '近似可比'],
      ['巴宜区', '540402', 2022, null, '无报告', null, null, null],
    ]);
  });

  it('puts change and percentage in numeric columns, a ratio change in points, and leaves a break empty', () => {
    const rate: Series = {
      region: { code: '540402', name: '巴宜区' },
      metric: { key: 'rate_review_corrected' },
      points: [
        { year: 2021, reportId: 'b', template: 'gb2021', value: '0.6650849999999999', state: 'derived', raw: null, change: '0.1', changePct: 17.7, changePp: 10.04999, comparability: 'same', sampleData: false },
        { year: 2020, reportId: 'a', template: 'gb2019', value: '0.5', state: 'derived', raw: null, change: null, changePct: null, changePp: null, comparability: 'break', sampleData: false },
      ],
    };
    const table = transformSeriesToTable([rate], 'zh', { syntheticCodes: new Set(['540402']) });
    expect(table.columns.slice(5)).toEqual(['较上年变化（百分点）', '可比性']);
    expect(table.rows).toEqual([
      ['巴宜区', null, 2020, '0.5', '计算值', null, '不可比（模板变更）'],
      ['巴宜区', null, 2021, '0.6651', '计算值', '10', '可比'],
    ]);
    expect(table.numeric).toEqual([false, false, true, true, false, true, false]);
  });

  it('has no internal word in a Chinese table', () => {
    const table = transformSeriesToTable([s], 'zh');
    const text = [...table.columns, ...table.rows.flat()].filter((c) => typeof c === 'string').join(' ');
    expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('is header-only for no series', () => {
    expect(transformSeriesToTable([], 'en').rows).toEqual([]);
  });
});

describe('legendForChart', () => {
  it('adds the approximate key when a dashed piece is drawn', () => {
    const legend = legendForChart(transformSeriesToChartData([s], 'h_nd_made'), 'zh');
    expect(legend.map((l) => l.label)).toEqual(['巴宜区', '近似可比']);
  });

  it('keys a rate that cannot be computed (denominator 0), and the table says so in words', () => {
    const rate: Series = {
      region: { code: '540402', name: '巴宜区' },
      metric: { key: 'rate_review_corrected' },
      points: [
        { year: 2024, reportId: 'a', template: 'gb2021', value: '0.25', state: 'derived', raw: '', change: null, changePct: null, changePp: null, comparability: null, sampleData: false },
        { year: 2025, reportId: 'b', template: 'gb2021', value: null, state: 'undefined', raw: '', change: null, changePct: null, changePp: null, comparability: 'same', sampleData: false },
      ],
    };
    const data = transformSeriesToChartData([rate], 'rate_review_corrected');
    expect(data.gaps).toEqual([{ regionCode: '540402', year: 2025, state: 'undefined' }]);
    expect(data.rows.find((r) => r.year === 2025)?.['540402__0']).toBeUndefined();
    expect(legendForChart(data, 'zh').map((l) => l.label)).toEqual(['巴宜区', '× 无法计算（分母为 0）']);
    expect(transformSeriesToTable([rate], 'zh').rows[1]).toEqual(['巴宜区', '540402', 2025, null, '无法计算（分母为 0）', null, '可比']);
  });
});

describe('sample data in trend tables and legends', () => {
  it('adds a 示例数据 column and legend key only when a point is sample data', () => {
    const real = countySeries('540402', [seriesPoint(2022, '5'), seriesPoint(2023, '6')]);
    const mixed = countySeries('540402', [{ ...seriesPoint(2022, '5'), sampleData: true }, { ...seriesPoint(2023, '6'), sampleData: false }]);
    expect(transformSeriesToTable([real], 'zh').columns).not.toContain('示例数据');
    const table = transformSeriesToTable([mixed], 'zh');
    expect(table.columns[table.columns.length - 1]).toBe('示例数据');
    expect(table.rows.map((r) => r[r.length - 1])).toEqual(['示例数据', '']);
    expect(table.numeric?.length).toBe(table.columns.length);
    const chart = transformSeriesToChartData([mixed], 't3_new_received_tot');
    expect(chart.samplePoints).toEqual(['540402|2022']);
    expect(legendForChart(chart, 'zh').filter((i) => i.kind === 'sample').map((i) => i.label)).toEqual(['示例数据（空心菱形）']);
    expect(legendForChart(transformSeriesToChartData([real], 't3_new_received_tot'), 'zh').some((i) => i.kind === 'sample')).toBe(false);
  });
});
