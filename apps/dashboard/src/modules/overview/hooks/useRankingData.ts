import { useMemo } from 'react';

import { useQuery } from '../../core/hooks/useQuery';
import { type Lang } from '../../core/i18n/useI18n';
import { type Ranking } from '../../core/types/api';
import { type DataTable } from '../../export/utils/toCsv';
import { GET_RANKING } from '../graphql/queries/getRanking';
import { transformRankingToRows, transformRankingToTable, type RankingRow } from '../utils/transformRankingToRows';

export function useRankingData(
  prefecture: string | null,
  metricKey: string,
  year: number,
  lang: Lang,
): { data: { rows: RankingRow[]; ranking: Ranking; table: DataTable } | undefined; loading: boolean; error: Error | undefined; reload: () => void } {
  const result = useQuery(GET_RANKING, { metric: metricKey, year, parentCode: prefecture }, { skip: !prefecture });
  const data = useMemo(() => {
    if (!result.data) return undefined;
    const rows = transformRankingToRows(result.data.ranking, metricKey, lang);
    const table = transformRankingToTable(result.data.ranking, rows, metricKey, lang);

    return { rows, ranking: result.data.ranking, table };
  }, [result.data, metricKey, lang]);

  return { data, loading: result.loading, error: result.error, reload: result.reload };
}
