import { translate, type Lang } from '../../core/i18n/useI18n';
import { type Ranking } from '../../core/types/api';
import { formatChange, formatValue, stateLabel } from '../../core/utils/formatValue';
import { changeColumnCells, changeColumnHeaders, changeColumnNumeric } from '../../export/utils/changeColumns';
import { type DataTable } from '../../export/utils/toCsv';

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

/** The ranking as exported: numbers stay numbers (value, last year's value, change, % change, places moved), states in words. */
export function transformRankingToTable(ranking: Ranking, rows: readonly RankingRow[], metricKey: string, lang: Lang): DataTable {
  const entries = new Map(ranking.entries.map((e) => [e.region.code, e]));
  const changeHeaders = changeColumnHeaders(metricKey, lang);

  return {
    columns: [
      translate(lang, 'rank'),
      translate(lang, 'county'),
      translate(lang, 'code'),
      translate(lang, 'value'),
      translate(lang, 'state'),
      translate(lang, 'previousValue'),
      ...changeHeaders,
      translate(lang, 'rankChange'),
    ],
    rows: rows.map((r) => {
      const entry = entries.get(r.code);

      return [
        r.rank,
        r.name,
        r.code,
        r.value,
        entry ? stateLabel(entry.state, lang) : null,
        entry?.previousValue ?? null,
        ...(entry ? changeColumnCells(entry, metricKey, lang) : changeHeaders.map(() => null)),
        r.rankChange,
      ];
    }),
    numeric: [true, false, false, true, false, true, ...changeColumnNumeric(metricKey), true],
  };
}
