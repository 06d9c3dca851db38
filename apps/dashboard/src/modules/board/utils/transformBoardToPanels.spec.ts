import { BOARD_FAMILIES } from '@gongkai/domain';

import { type Board, type BoardMetric, type BoardTotal } from '../types/Board';
import { transformBoardToPanels } from './transformBoardToPanels';

const county = { code: '540402', name: '巴宜区' };
const total = (year: number, value: string | null, extra: Partial<BoardTotal> = {}): BoardTotal => ({
  year,
  value,
  state: value === null ? 'missing' : 'number',
  regionCount: 1,
  regionTotal: 1,
  median: value,
  change: null,
  changePct: null,
  changePp: null,
  comparability: null,
  sampleData: false,
  likeForLike: null,
  ...extra,
});
const metric = (key: string, totals: BoardTotal[]): BoardMetric => ({
  metric: { key },
  yearsFrom: totals[0]?.year ?? null,
  yearsTo: totals[totals.length - 1]?.year ?? null,
  rankYear: totals[totals.length - 1]?.year ?? null,
  totals,
  counties: [
    {
      region: county,
      points: totals.map((t) => ({ year: t.year, reportId: 'r', template: 'gb2019', value: t.value, state: t.state, change: null, changePct: null, changePp: null, comparability: t.comparability, sampleData: t.sampleData, rank: 1, previousRank: null, rankChange: null, memberCount: null, memberTotal: null })),
    },
  ],
  ranking: [{ region: county, rank: 1, previousRank: 1, rankChange: 0, value: totals[totals.length - 1]?.value ?? null, state: 'number', comparability: 'same', sampleData: false }],
});

function board(): Board {
  return {
    parent: { code: '540400', name: '林芝市' },
    yearFrom: 2020,
    yearTo: 2021,
    level: 'county',
    countyCount: 1,
    regions: [county],
    families: BOARD_FAMILIES.map((f) => ({
      id: f.id,
      labelZh: f.labelZh,
      labelEn: f.labelEn,
      templateNoteZh: f.templateNote?.zh ?? null,
      templateNoteEn: f.templateNote?.en ?? null,
      metrics: f.metrics.map((key) => metric(key, [total(2020, '10', { sampleData: true }), total(2021, '12', { comparability: 'break' })])),
      compositions: f.compositions.map((c) => ({
        id: c.id,
        labelZh: c.labelZh,
        labelEn: c.labelEn,
        parts: c.parts.map((key) => ({ key })),
        years: [
          { year: 2020, regionCount: 1, regionTotal: 1, total: '3', sampleData: false, shares: c.parts.map((key, i) => ({ metricKey: key, value: i < 3 ? '1' : '0', share: i < 3 ? 0.333333 : 0 })) },
          { year: 2021, regionCount: 0, regionTotal: 1, total: null, sampleData: false, shares: c.parts.map((key) => ({ metricKey: key, value: null, share: null })) },
        ],
      })),
    })),
  };
}

describe('transformBoardToPanels', () => {
  const panels = transformBoardToPanels(board(), 'zh');

  it('makes one panel per family, in order, with the template note where procurement ends', () => {
    expect(panels.map((p) => p.label)).toEqual(['行政许可', '行政处罚和行政强制', '政府集中采购', '政府信息公开申请']);
    expect(panels[2].note).toContain('止于2020年');
    expect(panels[0].note).toBeNull();
  });

  it('leads each metric with its latest total, marks break years and sample data, and keeps the counties as small multiples', () => {
    const headline = panels[0].metrics[0];
    expect(headline.latest?.year).toBe(2021);
    expect(headline.breakYears).toEqual([2021]);
    expect(headline.multiples.panels.map((p) => p.name)).toEqual(['巴宜区']);
    expect(panels[0].sample).toBe(true);
  });

  it('labels the outcome bars 100 % per year and leaves a year without data empty, not 0 %', () => {
    const outcomes = panels[3].compositions.find((c) => c.id === 'outcomes');
    const [first, second] = outcomes?.bars ?? [];
    expect(first.segments.map((s) => s.percent).slice(0, 4)).toEqual(['33.4%', '33.3%', '33.3%', '0.0%']);
    expect(second.empty).toBe(true);
    expect(second.segments.every((s) => s.percent === null)).toBe(true);
    expect(outcomes?.legend[0].label).toBe('（一）予以公开');
    expect(outcomes?.legend[2].label).toBe('（三）不予公开1.属于国家秘密');
    expect(outcomes?.legend.find((l) => l.key === 't3_unavail_total_tot')?.label).toBe('（四）无法提供');
    expect(outcomes?.legend.find((l) => l.key === 't3_other_total_tot')?.label).toBe('（六）其他处理');
    expect(outcomes?.legend[1].label).toBe('（二）部分公开');
  });

  it('names the reasons of 不予公开 apart in English too', () => {
    const outcomes = transformBoardToPanels(board(), 'en')[3].compositions.find((c) => c.id === 'outcomes');
    expect(outcomes?.legend.slice(0, 3).map((l) => l.label)).toEqual(['Disclosed', 'Partly disclosed', 'Withheld: State secret']);
  });

  it('names the applicants by their column', () => {
    const applicants = panels[3].compositions.find((c) => c.id === 'applicants');
    expect(applicants?.legend.map((l) => l.label)).toEqual(['自然人', '法人或其他组织']);
  });

  it('exports every total with its state and no change across a break', () => {
    const rows = panels[0].table.rows.filter((r) => r[0] === '行政许可·处理决定数量');
    expect(rows.map((r) => [r[1], r[2], r[8]])).toEqual([
      [2020, '10', null],
      [2021, '12', '不可比（模板变更）'],
    ]);
  });

  it('has no panels for an empty board', () => {
    expect(transformBoardToPanels({ ...board(), families: [] }, 'zh')).toEqual([]);
  });
});
