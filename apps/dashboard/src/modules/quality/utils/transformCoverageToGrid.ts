import { type CoverageEntry, type CoverageStatus, type RegionRef } from '../../core/types/api';

export type CoverageGridRow = { region: RegionRef; cells: Array<CoverageEntry | null> };
export type CoverageGrid = { years: number[]; rows: CoverageGridRow[]; totals: Record<CoverageStatus, number> };

export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['filed', 'late', 'failing', 'missing'];

/** Counties × years, one cell per pair (null where the api sent nothing), plus totals per status. */
export function transformCoverageToGrid(entries: readonly CoverageEntry[], yearFrom: number, yearTo: number): CoverageGrid {
  const years: number[] = [];
  for (let y = yearFrom; y <= yearTo; y += 1) years.push(y);
  const regions = new Map<string, RegionRef>();
  const byKey = new Map<string, CoverageEntry>();
  const totals: Record<CoverageStatus, number> = { filed: 0, late: 0, failing: 0, missing: 0 };
  for (const entry of entries) {
    if (entry.year < yearFrom || entry.year > yearTo) continue;
    regions.set(entry.region.code, entry.region);
    byKey.set(`${entry.region.code}:${entry.year}`, entry);
    totals[entry.status] += 1;
  }
  const rows = [...regions.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((region) => ({ region, cells: years.map((year) => byKey.get(`${region.code}:${year}`) ?? null) }));

  return { years, rows, totals };
}
