import { type Series } from '../../core/types/api';
import { transformSeriesToChartData } from './transformSeriesToChartData';
import { legendForChart, transformSeriesToTable } from './transformSeriesToTable';

const s: Series = {
  region: { code: '540402', name: '巴宜区' },
  metric: { key: 'h_nd_made' },
  points: [
    { year: 2021, reportId: 'b', template: 'gb2021', value: '7', state: 'number', raw: '7', change: '2', changePct: 40, changePp: null, comparability: 'approximate' },
    { year: 2020, reportId: 'a', template: 'gb2019', value: '5', state: 'number', raw: '5', change: null, changePct: null, changePp: null, comparability: null },
    { year: 2022, reportId: null, template: null, value: null, state: 'missing', raw: null, change: null, changePct: null, changePp: null, comparability: null },
  ],
};

describe('transformSeriesToTable', () => {
  it('lists every point by year with the api numbers untouched and states in words', () => {
    const table = transformSeriesToTable([s], 'zh');
    expect(table.columns[0]).toBe('地区');
    expect(table.rows).toEqual([
      ['巴宜区', '540402', 2020, '5', '数值', null, null, null],
      ['巴宜区', '540402', 2021, '7', '数值', '2', '40', 'approximate'],
      ['巴宜区', '540402', 2022, null, '未发布', null, null, null],
    ]);
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
});
