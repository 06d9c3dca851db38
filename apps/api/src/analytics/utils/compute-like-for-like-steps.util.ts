/** A region's known value in a year, under its group (the group is '' when the rows are not grouped by region). */
export type KnownRegionYear = { groupCode: string; regionCode: string; year: number };

export type LikeForLikeStep = { groupCode: string; fromYear: number; toYear: number; regionCodes: string[]; excludedCodes: string[] };

/**
 * The like-for-like steps of a year range: for each step y-1 → y (yearFrom < y ≤ yearTo) and each group, the
 * regions with a known value in both years (kept) and those with one in only one of them (left out). A
 * region with nothing in either year is neither: it takes nothing away from the comparison. Codes are sorted.
 */
export function computeLikeForLikeSteps(known: readonly KnownRegionYear[], yearFrom: number, yearTo: number): LikeForLikeStep[] {
  const byGroupYear = new Map<string, Map<number, Set<string>>>();
  for (const k of known) {
    let years = byGroupYear.get(k.groupCode);
    if (!years) byGroupYear.set(k.groupCode, (years = new Map()));
    let codes = years.get(k.year);
    if (!codes) years.set(k.year, (codes = new Set()));
    codes.add(k.regionCode);
  }
  const steps: LikeForLikeStep[] = [];
  for (const [groupCode, years] of [...byGroupYear].sort(([a], [b]) => a.localeCompare(b))) {
    for (let toYear = yearFrom + 1; toYear <= yearTo; toYear++) {
      const before = years.get(toYear - 1) ?? new Set<string>();
      const after = years.get(toYear) ?? new Set<string>();
      const regionCodes = [...after].filter((c) => before.has(c)).sort();
      const excludedCodes = [...[...before].filter((c) => !after.has(c)), ...[...after].filter((c) => !before.has(c))].sort();
      steps.push({ groupCode, fromYear: toYear - 1, toYear, regionCodes, excludedCodes });
    }
  }

  return steps;
}
