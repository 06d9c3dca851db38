import { type CoverageEntry, type CoverageStatus, type PublicationStatus, type RegionRef, type ReportQuality } from '../../core/types/api';

export type CoverageGridRow = { region: RegionRef; cells: Array<CoverageEntry | null> };
export type CoverageGrid = {
  years: number[];
  rows: CoverageGridRow[];
  /** By the deprecated status (kept for old links). */
  totals: Record<CoverageStatus, number>;
  publicationTotals: Record<PublicationStatus, number>;
  qualityTotals: Record<ReportQuality, number>;
  /** Every entry, by year then region code (the status list). */
  entries: CoverageEntry[];
};

export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['filed', 'late', 'failing', 'missing'];

/** Counties × years, one cell per pair (null where the api sent nothing), plus totals per status. */
export function transformCoverageToGrid(entries: readonly CoverageEntry[], yearFrom: number, yearTo: number): CoverageGrid {
  const years: number[] = [];
  for (let y = yearFrom; y <= yearTo; y += 1) years.push(y);
  const regions = new Map<string, RegionRef>();
  const byKey = new Map<string, CoverageEntry>();
  const totals: Record<CoverageStatus, number> = { filed: 0, late: 0, failing: 0, missing: 0 };
  const publicationTotals: Record<PublicationStatus, number> = { on_time: 0, late: 0, date_unknown: 0, not_collected: 0, confirmed_missing: 0, not_required: 0 };
  const qualityTotals: Record<ReportQuality, number> = { passing: 0, failing: 0, needs_review: 0, none: 0 };
  for (const entry of entries) {
    if (entry.year < yearFrom || entry.year > yearTo) continue;
    regions.set(entry.region.code, entry.region);
    byKey.set(`${entry.region.code}:${entry.year}`, entry);
    totals[entry.status] += 1;
    publicationTotals[entry.publication] += 1;
    qualityTotals[entry.quality] += 1;
  }
  const rows = [...regions.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((region) => ({ region, cells: years.map((year) => byKey.get(`${region.code}:${year}`) ?? null) }));

  const sorted = [...byKey.values()].sort((a, b) => a.year - b.year || a.region.code.localeCompare(b.region.code));

  return { years, rows, totals, publicationTotals, qualityTotals, entries: sorted };
}
