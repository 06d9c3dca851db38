import { useI18n } from '../../core/i18n/useI18n';
import { formatChange } from '../../core/utils/formatValue';
import { type BoardPanel } from '../utils/transformBoardToPanels';
import { formatBoardValue } from '../utils/formatBoardValue';

export type BoardSummaryProps = { panels: readonly BoardPanel[] };

/** The four headlines side by side, so the first screen shows every family; each jumps to its section. */
export function BoardSummary({ panels }: BoardSummaryProps) {
  const { t, lang, metricLabel } = useI18n();
  const handleJump = (id: string) => document.getElementById(`board-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });

  return (
    <ul className="board-summary" data-testid="board-summary">
      {panels.map((panel) => {
        const metric = panel.metrics[0];
        const latest = metric?.latest ?? null;
        const change = latest ? formatChange(latest, metric.key, lang) : null;

        return (
          <li key={panel.id}>
            <button type="button" className="board-summary-card" onClick={() => handleJump(panel.id)} data-testid={`board-summary-${panel.id}`}>
              <span className="board-summary-family">{panel.label}</span>
              <span className="muted small">
                {metric ? metricLabel(metric.key) : ''} · {latest?.year ?? '—'}
              </span>
              <span className="board-summary-value" data-value={latest?.value ?? ''}>
                {latest && metric ? formatBoardValue(latest.value, latest.state, metric.key, lang) : '—'}
                {latest?.sampleData && <span className="badge sample">{t('sampleReport')}</span>}
              </span>
              <span className={`small ${change?.direction === 'up' ? 'up' : change?.direction === 'down' ? 'down' : 'muted'}`}>
                {latest?.likeForLike ? `${t('boardYoy', { n: latest.likeForLike.regionCount })}${t('labelColon')}${change?.text ?? '—'}` : t('boardYoyNone')}
              </span>
              {panel.note && <span className="small template-note-inline">{t('boardTemplateEnd', { year: (metric?.yearsTo ?? 0) + 1 })}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
