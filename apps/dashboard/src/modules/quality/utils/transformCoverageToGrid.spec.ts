import { type CoverageEntry } from '../../core/types/api';
import { transformCoverageToGrid } from './transformCoverageToGrid';

const entry = (code: string, year: number, status: CoverageEntry['status']): CoverageEntry => ({
  region: { code, name: `县${code}` },
  year,
  publication: status === 'missing' ? 'not_collected' : status === 'late' ? 'late' : 'on_time',
  quality: status === 'missing' ? 'none' : status === 'failing' ? 'failing' : 'passing',
  evidence: [],
  contact: null,
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
    expect(transformCoverageToGrid([], 2021, 2022)).toEqual({
      years: [2021, 2022],
      rows: [],
      totals: { filed: 0, late: 0, failing: 0, missing: 0 },
      publicationTotals: { on_time: 0, late: 0, date_unknown: 0, not_collected: 0, confirmed_missing: 0, not_required: 0 },
      qualityTotals: { passing: 0, failing: 0, needs_review: 0, none: 0 },
      entries: [],
    });
  });

  it('lays out counties by code and years in order with holes as null', () => {
    const grid = transformCoverageToGrid([entry('2', 2022, 'late'), entry('1', 2021, 'filed'), entry('1', 2022, 'missing'), entry('2', 2019, 'failing')], 2021, 2022);
    expect(grid.rows.map((r) => r.region.code)).toEqual(['1', '2']);
    expect(grid.rows[0].cells.map((c) => c?.status ?? null)).toEqual(['filed', 'missing']);
    expect(grid.rows[1].cells.map((c) => c?.status ?? null)).toEqual([null, 'late']);
    expect(grid.totals).toEqual({ filed: 1, late: 1, failing: 0, missing: 1 });
    expect(grid.publicationTotals).toEqual({ on_time: 1, late: 1, date_unknown: 0, not_collected: 1, confirmed_missing: 0, not_required: 0 });
    expect(grid.qualityTotals).toEqual({ passing: 2, failing: 0, needs_review: 0, none: 1 });
    // The status list: by year, then code; entries outside the years are left out.
    expect(grid.entries.map((e) => `${e.year}:${e.region.code}`)).toEqual(['2021:1', '2022:1', '2022:2']);
  });
});
