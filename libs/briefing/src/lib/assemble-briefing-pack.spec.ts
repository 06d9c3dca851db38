import { briefingInputFixture } from '../testing/briefing-input.fixture';
import { assembleBriefingPack, formatMetricValue, headlineFigure } from './assemble-briefing-pack';
import { getMetric } from '@gongkai/domain';

describe('assembleBriefingPack', () => {
  const pack = assembleBriefingPack(briefingInputFixture());

  it('words the like-for-like headline with its basis, change and the counties left out', () => {
    const [requests, disclosed] = pack.headline.figures;
    expect(requests).toMatchObject({
      value: '1,387',
      previous: '1,200',
      unit: '件',
      change: '+187 件（+15.6%）',
      basis: '同口径：2 个区县合计',
      excluded: ['朗县'],
    });
    // A rate changes in percentage points, not percent.
    expect(disclosed).toMatchObject({
      value: '49.9',
      unit: '%',
      change: '+4.8 个百分点',
      basis: '同口径：2 个区县中位数',
    });
  });

  it('leaves out a headline metric that no report of the year carries', () => {
    const input = briefingInputFixture();
    const procurement = {
      metricKey: 't2_procure_amount_yuan',
      fn: 'sum' as const,
      rows: [input.headline[0].rows[0]],
      templateRows: [],
    };
    const pack = assembleBriefingPack({ ...input, headline: [...input.headline, procurement] });
    expect(pack.headline.figures.map((f) => f.metricKey)).toEqual(['t3_new_received_tot', 'rate_disclosed']);
  });

  it('shows no change across a template break', () => {
    const input = briefingInputFixture().headline[0];
    const figure = headlineFigure(
      {
        ...input,
        metricKey: 't2_procure_amount_yuan',
        templateRows: [
          { ...input.templateRows[0], template: 'gb2019' },
          { ...input.templateRows[1], template: 'gb2021' },
        ],
      },
      2024,
    );
    expect(figure.comparability).toBe('break');
    expect(figure.change).toBeNull();
  });

  it('keeps a missing ranking value as its state, and the chase list names who is late, failing or missing', () => {
    expect(pack.ranking.rows[2]).toMatchObject({
      region: '墨脱县',
      value: null,
      stateNote: '无报告',
      rankChange: null,
    });
    expect(pack.ranking.rows[0].rankChange).toBe('↑1');
    expect(pack.ranking.chart.labels).toEqual(['巴宜区', '工布江达县']);
    expect(pack.coverage.counts).toEqual([
      { label: '按时发布', count: 1 },
      { label: '逾期发布', count: 0 },
      { label: '校验未通过', count: 1 },
      { label: '未发布', count: 1 },
    ]);
    expect(pack.coverage.chase.map((r) => r.region)).toEqual(['工布江达县', '墨脱县']);
    expect(pack.coverage.chase[0].detail).toContain('逾期发布（12 天）');
    expect(pack.coverage.chase[0].contact).toContain('0894-5412345');
    expect(pack.coverage.chase[1].contact).toBe('未载明');
    expect(pack.findings.rows).toEqual([
      { region: '工布江达县', year: 2024, rule: expect.stringContaining('T3_BALANCE'), severity: '错误' },
    ]);
  });

  it('plots a missing year as a gap and marks sample data', () => {
    expect(pack.trends[0].series[1].values).toEqual([77, null, null]);
    expect(pack.sampleNote).toContain('示例数据');
    expect(assembleBriefingPack(briefingInputFixture({ sample: false })).sampleNote).toBeNull();
  });

  it('formats money exactly with separators and rates as percent', () => {
    expect(formatMetricValue('12345678.905', getMetric('t2_procure_amount_yuan')!)).toBe('12,345,678.91');
    expect(formatMetricValue(0.12345, getMetric('rate_disclosed')!)).toBe('12.3');
    expect(formatMetricValue(null, getMetric('rate_disclosed')!)).toBeNull();
  });
});
