import { type CoverageEntry } from '../../core/types/api';
import { transformCoverageToGrid } from './transformCoverageToGrid';

const entry = (code: string, year: number, status: CoverageEntry['status']): CoverageEntry => ({
  region: { code, name: `县${code}` },
  year,
  status,
  late: status === 'late',
  failing: status === 'failing',
  report: status === 'missing' ? null : { id: `${code}-${year}` },
  publishedOn: null,
  deadline: `${year + 1}-03-31`,
  daysLate: null,
  failedRules: status === 'failing' ? ['T3_BALANCE'] : [],
});

describe('transformCoverageToGrid', () => {
  it('is empty for no entries but keeps the years', () => {
    expect(transformCoverageToGrid([], 2021, 2022)).toEqual({ years: [2021, 2022], rows: [], totals: { filed: 0, late: 0, failing: 0, missing: 0 } });
  });

  it('lays out counties by code and years in order with holes as null', () => {
    const grid = transformCoverageToGrid([entry('2', 2022, 'late'), entry('1', 2021, 'filed'), entry('1', 2022, 'missing'), entry('2', 2019, 'failing')], 2021, 2022);
    expect(grid.rows.map((r) => r.region.code)).toEqual(['1', '2']);
    expect(grid.rows[0].cells.map((c) => c?.status ?? null)).toEqual(['filed', 'missing']);
    expect(grid.rows[1].cells.map((c) => c?.status ?? null)).toEqual([null, 'late']);
    expect(grid.totals).toEqual({ filed: 1, late: 1, failing: 0, missing: 1 });
  });
});
