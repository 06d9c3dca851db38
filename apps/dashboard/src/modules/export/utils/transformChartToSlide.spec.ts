import { transformSeriesToChartData } from '../../charts/utils/transformSeriesToChartData';
import { transformSeriesToSmallMultiples } from '../../charts/utils/transformSeriesToSmallMultiples';
import { type Series } from '../../core/types/api';
import {
  transformBarsToSlide,
  transformSmallMultiplesToSlide,
  transformTrendToSlide,
} from './transformChartToSlide';

const point = (
  year: number,
  value: string | null,
  extra: Partial<Series['points'][number]> = {},
): Series['points'][number] =>
  ({
    year,
    value,
    state: value === null ? 'missing' : 'number',
    template: 'gb2021',
    change: null,
    changePct: null,
    changePp: null,
    comparability: 'same',
    reportId: null,
    sampleData: false,
    ...extra,
  }) as Series['points'][number];

const series: Series[] = [
  { region: { code: '540402', name: '巴宜区' }, points: [point(2023, '640'), point(2024, '812')] } as Series,
  {
    region: { code: '540421', name: '工布江达县' },
    points: [point(2023, null), point(2024, '575')],
  } as Series,
];

describe('chart data → slide series', () => {
  it('keeps each county a series over the years, a missing report a gap', () => {
    const slide = transformTrendToSlide(
      transformSeriesToChartData(series, 't3_new_received_tot', 'value'),
      '件',
    );
    expect(slide).toEqual({
      kind: 'line',
      labels: ['2023', '2024'],
      series: [
        { name: '巴宜区', values: [640, 812] },
        { name: '工布江达县', values: [null, 575] },
      ],
      unit: '件',
    });
  });

  it('turns the small multiples into one series per panel', () => {
    const slide = transformSmallMultiplesToSlide(
      transformSeriesToSmallMultiples(series, 't3_new_received_tot'),
      '件',
    );
    expect(slide.series.map((s) => s.values)).toEqual([
      [640, 812],
      [null, 575],
    ]);
  });

  it('gives the empty case no series', () => {
    expect(transformSmallMultiplesToSlide(transformSeriesToSmallMultiples([], 'x'), '件').series).toEqual([]);
    expect(
      transformBarsToSlide({ bars: [], median: null, empty: true, hasSample: false }, '2024', '件').labels,
    ).toEqual([]);
  });
});
