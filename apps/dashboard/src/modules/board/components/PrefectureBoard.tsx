import { AsyncState } from '../../core/components/AsyncState';
import { useI18n } from '../../core/i18n/useI18n';
import { useBoardData } from '../hooks/useBoardData';
import { BoardFamilyPanel } from './BoardFamilyPanel';
import { BoardSummary } from './BoardSummary';

export type PrefectureBoardProps = { prefecture: string; yearFrom: number; yearTo: number; dataDate: string };

/** The overview's lead: the four families of the prefecture's counties, one request for all of them. */
export function PrefectureBoard({ prefecture, yearFrom, yearTo, dataDate }: PrefectureBoardProps) {
  const { t, lang } = useI18n();
  const board = useBoardData(prefecture, yearFrom, yearTo, lang);
  const years: number[] = [];
  for (let y = yearFrom; y <= yearTo; y++) years.push(y);

  return (
    <div className="board" data-testid="board">
      <p className="board-title muted">{t('boardHeading', { from: yearFrom, to: yearTo })}</p>
      <AsyncState loading={board.loading} error={board.error} onRetry={board.reload} empty={board.data?.panels.length === 0}>
        {board.data && <BoardSummary panels={board.data.panels} />}
        {board.data?.panels.map((panel, i) => (
          <BoardFamilyPanel
            key={panel.id}
            panel={panel}
            unitLevel={board.data?.board.level === 'prefecture' ? 'prefecture' : 'county'}
            metrics={board.data?.board.families[i]?.metrics ?? []}
            prefectureName={board.data?.board.parent.name ?? ''}
            years={years}
            dataDate={t('dataDate', { date: dataDate })}
          />
        ))}
      </AsyncState>
    </div>
  );
}
