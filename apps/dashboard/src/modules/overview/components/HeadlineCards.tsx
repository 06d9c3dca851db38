import { useI18n } from '../../core/i18n/useI18n';
import { type HeadlineCardData } from '../hooks/useHeadlineData';
import { describeHeadline } from '../utils/describeHeadline';

export type HeadlineCardsProps = { cards: readonly HeadlineCardData[] };

export function HeadlineCards({ cards }: HeadlineCardsProps) {
  const { t, lang, metricLabel } = useI18n();

  return (
    <ul className="headline-grid" aria-label={t('headline')} data-testid="headline-cards">
      {cards.map((card) => {
        const text = describeHeadline(card, lang);

        return (
          <li key={card.metricKey} className="headline-card" data-testid={`headline-${card.metricKey}`}>
            <div className="headline-label">{metricLabel(card.metricKey)}</div>
            <div className={`headline-value${card.value === null ? ' headline-value-state' : ''}`} data-value={card.value ?? ''} data-state={card.undefinedRate ? 'undefined' : undefined}>
              {text.valueText}
            </div>
            <div className={`headline-change ${text.direction}`}>
              {text.direction === 'up' ? '▲ ' : text.direction === 'down' ? '▼ ' : ''}
              {text.changeText} <span className="muted">{t('change')}</span>
            </div>
            <div className="headline-note muted" data-testid="headline-basis">
              {text.basis}
              {text.note && ` · ${text.note}`}
            </div>
            {text.excluded && (
              <div className="headline-note muted" title={text.excludedHint} data-testid="headline-excluded">
                {text.excluded}
              </div>
            )}
            {text.warning && (
              <div className="headline-note state-warning" data-testid="headline-warning">
                {text.warning}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
