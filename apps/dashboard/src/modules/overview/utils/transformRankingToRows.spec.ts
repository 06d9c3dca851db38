import { type RankingEntry } from '../../core/types/api';
import { transformRankingToRows, transformRankingToTable } from './transformRankingToRows';

const entry = (code: string, rank: number | null, previousRank: number | null, value: string | null, extra: Partial<RankingEntry> = {}): RankingEntry => ({
  rank,
  previousRank,
  region: { code, name: `县${code}` },
  reportId: null,
  value,
  state: value === null ? 'missing' : 'number',
  previousValue: null,
  change: null,
  changePct: null,
  changePp: null,
  comparability: 'same',
  sampleData: false,
  ...extra,
});

describe('transformRankingToRows', () => {
  it('is empty without a ranking', () => {
    expect(transformRankingToRows(undefined, 't3_new_received_tot', 'zh')).toEqual([]);
  });

  it('orders by rank, puts counties without value last and computes places gained', () => {
    const rows = transformRankingToRows(
      {
        metric: { key: 't3_new_received_tot' },
        year: 2022,
        count: 3,
        median: 5,
        q1: null,
        q3: null,
        entries: [entry('3', null, 1, null), entry('2', 2, 1, '5', { change: '-1', changePct: -16.7 }), entry('1', 1, 3, '9')],
      },
      't3_new_received_tot',
      'zh',
    );
    expect(rows.map((r) => [r.code, r.rank, r.rankChange])).toEqual([
      ['1', 1, 2],
      ['2', 2, -1],
      ['3', null, null],
    ]);
    expect(rows[2].valueText).toBe('无报告');
    expect(rows[1].changeText).toBe('-1 (-16.7%)');
  });

  it('shows no rank change across a break', () => {
    const rows = transformRankingToRows(
      { metric: { key: 'k' }, year: 2021, count: 1, median: null, q1: null, q3: null, entries: [entry('1', 1, 2, '3', { comparability: 'break', change: '1' })] },
      't2_license_decisions',
      'zh',
    );
    expect(rows[0].rankChange).toBeNull();
    expect(rows[0].changeText).toBe('—');
  });
});

describe('transformRankingToTable', () => {
  const ranking = {
    metric: { key: 't3_new_received_tot' },
    year: 2022,
    count: 2,
    median: 7,
    q1: null,
    q3: null,
    entries: [entry('1', 1, 2, '69', { previousValue: '19', change: '50', changePct: 263.157894 }), entry('2', null, 1, null)],
  };

  it('exports change and % change as separate numbers (not "+50 (+263.2%)") and states in words', () => {
    const rows = transformRankingToRows(ranking, 't3_new_received_tot', 'zh');
    const table = transformRankingToTable(ranking, rows, 't3_new_received_tot', 'zh');
    expect(table.columns).toEqual(['排名', '区县', '代码', '数值', '状态', '上年', '较上年变化', '变化率（%）', '可比性', '名次变化']);
    expect(table.rows).toEqual([
      [1, '县1', '1', '69', '数值', '19', '50', '263.2', '可比', 1],
      [null, '县2', '2', null, '无报告', null, null, null, '可比', null],
    ]);
    expect(table.numeric).toEqual([true, false, false, true, false, true, true, true, false, true]);
  });

  it('speaks English with lang=en', () => {
    const rows = transformRankingToRows(ranking, 't3_new_received_tot', 'en');
    const table = transformRankingToTable(ranking, rows, 't3_new_received_tot', 'en');
    expect(table.columns.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
