import { type RankingEntry } from '../../core/types/api';
import { transformRankingToRows } from './transformRankingToRows';

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
    expect(rows[2].valueText).toBe('未发布');
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
