import { type Lang } from '../../core/i18n/useI18n';
import { type Board, type BoardPoint } from '../types/Board';

export type CountyProfileCell = BoardPoint & {
  /** The prefecture median of the year (over the counties with a value). */
  median: string | null;
  /** How many counties are ranked that year (the n of "rank r of n"). */
  rankedCount: number;
};

export type CountyProfileMetric = { key: string; yearsTo: number | null; cells: CountyProfileCell[] };

export type CountyProfileFamily = { id: string; label: string; note: string | null; metrics: CountyProfileMetric[] };

/** A county's four families from its prefecture's board: its own value each year beside the median and its rank. */
export function transformBoardToCountyProfile(board: Board, countyCode: string, lang: Lang): CountyProfileFamily[] {
  if (!board.regions.some((r) => r.code === countyCode)) return [];

  return board.families.map((family) => ({
    id: family.id,
    label: lang === 'en' ? family.labelEn : family.labelZh,
    note: lang === 'en' ? family.templateNoteEn : family.templateNoteZh,
    metrics: family.metrics.map((m) => {
      const own = m.counties.find((c) => c.region.code === countyCode)?.points ?? [];

      return {
        key: m.metric.key,
        yearsTo: m.yearsTo,
        cells: own.map((point) => ({
          ...point,
          median: m.totals.find((t) => t.year === point.year)?.median ?? null,
          rankedCount: m.counties.filter((c) => c.points.some((p) => p.year === point.year && p.rank !== null)).length,
        })),
      };
    }),
  }));
}
