import { type Board, type BoardPoint } from '../types/Board';
import { transformBoardToCountyProfile } from './transformBoardToCountyProfile';

const point = (year: number, value: string | null, rank: number | null, extra: Partial<BoardPoint> = {}): BoardPoint => ({
  year,
  reportId: value === null ? null : 'r',
  template: 'gb2021',
  value,
  state: value === null ? 'missing' : 'number',
  change: null,
  changePct: null,
  changePp: null,
  comparability: null,
  sampleData: false,
  rank,
  previousRank: null,
  rankChange: null,
  memberCount: null,
  memberTotal: null,
  ...extra,
});
const a = { code: '540402', name: '巴宜区' };
const b = { code: '540421', name: '工布江达县' };
const board: Board = {
  parent: { code: '540400', name: '林芝市' },
  yearFrom: 2024,
  yearTo: 2025,
  level: 'county',
  countyCount: 2,
  regions: [a, b],
  families: [
    {
      id: 'license',
      labelZh: '行政许可',
      labelEn: 'Administrative permits',
      templateNoteZh: null,
      templateNoteEn: null,
      compositions: [],
      metrics: [
        {
          metric: { key: 't2_license_decisions' },
          yearsFrom: 2024,
          yearsTo: 2025,
          rankYear: 2025,
          totals: [
            { year: 2024, value: '30', state: 'number', regionCount: 2, regionTotal: 2, median: '15', change: null, changePct: null, changePp: null, comparability: null, sampleData: false, likeForLike: null },
            { year: 2025, value: '12', state: 'number', regionCount: 1, regionTotal: 2, median: '12', change: null, changePct: null, changePp: null, comparability: 'same', sampleData: false, likeForLike: null },
          ],
          counties: [
            { region: a, points: [point(2024, '20', 1), point(2025, '12', 1, { previousRank: 1, rankChange: 0 })] },
            { region: b, points: [point(2024, '10', 2), point(2025, null, null)] },
          ],
          ranking: [],
        },
      ],
    },
  ],
};

describe('transformBoardToCountyProfile', () => {
  it("sets the county's value beside the prefecture median and its rank among the ranked counties", () => {
    const [family] = transformBoardToCountyProfile(board, a.code, 'zh');
    expect(family.label).toBe('行政许可');
    expect(family.metrics[0].cells.map((c) => [c.year, c.value, c.median, c.rank, c.rankedCount, c.rankChange])).toEqual([
      [2024, '20', '15', 1, 2, null],
      [2025, '12', '12', 1, 1, 0],
    ]);
  });

  it('keeps a missing report a gap with no rank', () => {
    const cells = transformBoardToCountyProfile(board, b.code, 'zh')[0].metrics[0].cells;
    expect(cells[1]).toMatchObject({ value: null, state: 'missing', rank: null, median: '12' });
  });

  it('has nothing for a county outside the board', () => {
    expect(transformBoardToCountyProfile(board, '110101', 'zh')).toEqual([]);
  });
});
