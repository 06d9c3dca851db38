import { type Lang } from '../../core/i18n/useI18n';
import { type Ranking } from '../../core/types/api';
import { formatChange, formatValue } from '../../core/utils/formatValue';

export type RankingRow = {
  code: string;
  name: string;
  rank: number | null;
  /** Places gained since last year (positive = moved up); null when either year has no rank or the step is a break. */
  rankChange: number | null;
  value: string | null;
  valueText: string;
  changeText: string;
  changeNote?: string;
  reportId: string | null;
};

/** Ranked counties first (by rank), then the ones without a value, by name. */
export function transformRankingToRows(ranking: Ranking | undefined, metricKey: string, lang: Lang): RankingRow[] {
  if (!ranking) return [];

  return [...ranking.entries]
    .sort((a, b) => {
      if (a.rank !== null && b.rank !== null) return a.rank - b.rank;
      if (a.rank !== null) return -1;
      if (b.rank !== null) return 1;

      return a.region.code.localeCompare(b.region.code);
    })
    .map((entry) => {
      const change = formatChange(entry, metricKey, lang);
      const comparable = entry.comparability !== 'break';

      return {
        code: entry.region.code,
        name: entry.region.name,
        rank: entry.rank,
        rankChange: comparable && entry.rank !== null && entry.previousRank !== null ? entry.previousRank - entry.rank : null,
        value: entry.value,
        valueText: formatValue(entry.value, entry.state, metricKey, lang),
        changeText: change.text,
        changeNote: change.note,
        reportId: entry.reportId,
      };
    });
}
