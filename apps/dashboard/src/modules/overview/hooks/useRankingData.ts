import { useMemo } from 'react';

import { useQuery } from '../../core/hooks/useQuery';
import { translate, type Lang } from '../../core/i18n/useI18n';
import { type Ranking } from '../../core/types/api';
import { type DataTable } from '../../export/utils/toCsv';
import { GET_RANKING } from '../graphql/queries/getRanking';
import { transformRankingToRows, type RankingRow } from '../utils/transformRankingToRows';

export function useRankingData(
  prefecture: string | null,
  metricKey: string,
  year: number,
  lang: Lang,
): { data: { rows: RankingRow[]; ranking: Ranking; table: DataTable } | undefined; loading: boolean; error: Error | undefined; reload: () => void } {
  const result = useQuery<{ ranking: Ranking }>(GET_RANKING, { metric: metricKey, year, parentCode: prefecture }, { skip: !prefecture });
  const data = useMemo(() => {
    if (!result.data) return undefined;
    const rows = transformRankingToRows(result.data.ranking, metricKey, lang);
    const table: DataTable = {
      columns: [translate(lang, 'rank'), translate(lang, 'county'), lang === 'en' ? 'Code' : '代码', translate(lang, 'value'), translate(lang, 'change'), translate(lang, 'rankChange')],
      // No value → the state in words (空白, 未发布, 无法计算（分母为 0）…): the table has no state column, and an empty cell says nothing.
      rows: rows.map((r) => [r.rank, r.name, r.code, r.value ?? r.valueText, r.changeText, r.rankChange]),
      numeric: [false, false, false, true, false, false],
    };

    return { rows, ranking: result.data.ranking, table };
  }, [result.data, metricKey, lang]);

  return { data, loading: result.loading, error: result.error, reload: result.reload };
}
