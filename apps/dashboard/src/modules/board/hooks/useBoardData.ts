import { useMemo } from 'react';

import { useQuery } from '../../core/hooks/useQuery';
import { type Lang } from '../../core/i18n/useI18n';
import { GET_BOARD } from '../graphql/queries/getBoard';
import { type Board } from '../types/Board';
import { transformBoardToPanels, type BoardPanel } from '../utils/transformBoardToPanels';

export type BoardData = { board: Board; panels: BoardPanel[] };

/** The board of a prefecture in one request (the four families at once: no waterfall), shaped into panels. */
export function useBoardData(
  prefecture: string | null,
  yearFrom: number,
  yearTo: number,
  lang: Lang,
): { data: BoardData | undefined; loading: boolean; error: Error | undefined; reload: () => void } {
  const result = useQuery(GET_BOARD, { parentCode: prefecture ?? '', yearFrom, yearTo }, { skip: !prefecture || yearFrom > yearTo });
  const data = useMemo(() => (result.data ? { board: result.data.board, panels: transformBoardToPanels(result.data.board, lang) } : undefined), [result.data, lang]);

  return { data, loading: result.loading, error: result.error, reload: result.reload };
}
