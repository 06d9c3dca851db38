import { type Ranking } from '../../core/types/api';
import { transformRankingToBars } from './transformRankingToBars';

const ranking: Ranking = {
  metric: { key: 'rate_disclosed' },
  year: 2022,
  count: 3,
  median: 0.5,
  q1: null,
  q3: null,
  entries: [
    { rank: 1, previousRank: null, region: { code: 'a', name: 'A' }, reportId: '1', value: '0.75', state: 'derived', previousValue: null, change: null, changePct: null, changePp: null, comparability: null, sampleData: false },
    { rank: null, previousRank: null, region: { code: 'b', name: 'B' }, reportId: '2', value: null, state: 'blank', previousValue: null, change: null, changePct: null, changePp: null, comparability: null, sampleData: false },
  ],
};

describe('transformRankingToBars', () => {
  it('keeps the chosen order, scales ratios to percent and labels gaps by their reason', () => {
    const result = transformRankingToBars(ranking, [{ code: 'c', name: 'C' }, { code: 'b', name: 'B' }, { code: 'a', name: 'A' }], 'rate_disclosed', 'zh');
    expect(result.bars.map((b) => [b.code, b.value, b.label])).toEqual([
      ['c', null, '无报告'],
      ['b', null, '空白'],
      ['a', 75, '75%'],
    ]);
    expect(result.median).toBe(50);
    expect(result.empty).toBe(false);
  });

  it('is empty without a ranking', () => {
    expect(transformRankingToBars(undefined, [{ code: 'a', name: 'A' }], 't3_new_received_tot', 'zh')).toMatchObject({ median: null, empty: true });
  });

  it('marks the bars whose report is sample data', () => {
    const mixed: Ranking = { ...ranking, entries: ranking.entries.map((e, i) => ({ ...e, sampleData: i === 0 })) };
    const result = transformRankingToBars(mixed, [{ code: 'a', name: 'A' }, { code: 'b', name: 'B' }], 'rate_disclosed', 'zh');
    expect(result.bars.map((b) => [b.code, b.sample])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(result.hasSample).toBe(true);
    expect(transformRankingToBars(ranking, [{ code: 'a', name: 'A' }], 'rate_disclosed', 'zh').hasSample).toBe(false);
  });
});
