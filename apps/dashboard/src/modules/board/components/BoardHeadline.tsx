import { getMetric } from '@gongkai/domain';

import { useI18n } from '../../core/i18n/useI18n';
import { formatChange } from '../../core/utils/formatValue';
import { type BoardTotal } from '../types/Board';
import { formatBoardValue } from '../utils/formatBoardValue';

export type BoardHeadlineProps = { metricKey: string; total: BoardTotal | null; prefectureName: string };

/** The prefecture's latest total of a metric: value, how many counties it is over, and the like-for-like change. */
export function BoardHeadline({ metricKey, total, prefectureName }: BoardHeadlineProps) {
  const { t, lang, metricLabel } = useI18n();
  if (!total) return <p className="muted">{t('boardNoYears')}</p>;
  const ratio = getMetric(metricKey)?.unit === 'ratio';
  const change = formatChange(total, metricKey, lang);
  const step = total.likeForLike;
  const excluded = step?.excludedRegions.map((r) => r.name) ?? [];

  return (
    <div className="board-headline" data-testid={`board-headline-${metricKey}`} data-year={total.year}>
      <div className="board-headline-label">
        {t(ratio ? 'boardTotalRate' : 'boardTotal', { name: prefectureName })} · {metricLabel(metricKey)} · {total.year}
      </div>
      <div className="board-headline-value" data-testid="board-total" data-value={total.value ?? ''} data-state={total.state}>
        {formatBoardValue(total.value, total.state, metricKey, lang)}
        {total.sampleData && <span className="badge sample">{t('sampleReport')}</span>}
      </div>
      <div className="muted" data-testid="board-coverage">
        {t('boardCoverage', { n: total.regionCount, m: total.regionTotal })}
      </div>
      {step ? (
        <div data-testid="board-yoy" data-change={total.comparability === 'break' ? '' : (total.change ?? '')} data-comparability={total.comparability ?? ''}>
          {t('boardYoy', { n: step.regionCount })}
          {t('labelColon')}
          <span className={change.direction === 'up' ? 'up' : change.direction === 'down' ? 'down' : ''}>{change.text}</span>
          {change.note && <span className="muted"> · {change.note}</span>}
        </div>
      ) : (
        <div className="muted" data-testid="board-yoy">
          {t('boardYoyNone')}
        </div>
      )}
      {excluded.length > 0 && (
        <div className="muted" data-testid="board-excluded">
          {t('boardExcluded', { names: excluded.join('、') })}
        </div>
      )}
    </div>
  );
}
