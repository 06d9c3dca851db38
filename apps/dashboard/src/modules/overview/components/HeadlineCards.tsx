import { getMetric } from '@gongkai/domain';

import { useI18n } from '../../core/i18n/useI18n';
import { formatValue, groupDigits, roundDecimal } from '../../core/utils/formatValue';
import { type HeadlineCardData } from '../hooks/useHeadlineData';

export type HeadlineCardsProps = { cards: readonly HeadlineCardData[] };

function formatNumber(value: number, metricKey: string, lang: 'zh' | 'en'): string {
  const unit = getMetric(metricKey)?.unit;
  if (unit === 'ratio') return `${roundDecimal(String(value), 1)}%`;
  if (unit === 'yuan') return formatValue(String(Math.round(value * 100) / 100), 'number', metricKey, lang);

  return groupDigits(String(Math.round(value * 100) / 100));
}

export function HeadlineCards({ cards }: HeadlineCardsProps) {
  const { t, lang, metricLabel } = useI18n();

  return (
    <ul className="headline-grid" aria-label={t('headline')} data-testid="headline-cards">
      {cards.map((card) => {
        const ratio = getMetric(card.metricKey)?.unit === 'ratio';
        let changeText = '—';
        let note = '';
        let direction = 'none';
        if (card.comparability === 'break') note = t('notComparable');
        else if (card.change === null) note = t('noPrevious');
        else {
          const rounded = Math.round(card.change * 10) / 10;
          direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
          changeText = ratio
            ? `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)} ${lang === 'en' ? 'pp' : '个百分点'}`
            : `${rounded > 0 ? '+' : ''}${formatNumber(card.change, card.metricKey, lang)}${card.changePct === null ? '' : ` (${card.changePct > 0 ? '+' : ''}${card.changePct.toFixed(1)}%)`}`;
          if (card.comparability === 'approximate') note = t('approximate');
        }

        return (
          <li key={card.metricKey} className="headline-card" data-testid={`headline-${card.metricKey}`}>
            <div className="headline-label">{metricLabel(card.metricKey)}</div>
            <div className="headline-value" data-value={card.value ?? ''}>
              {card.value === null ? t('stateMissing') : formatNumber(card.value, card.metricKey, lang)}
            </div>
            <div className={`headline-change ${direction}`}>
              {direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}
              {changeText} <span className="muted">{t('change')}</span>
            </div>
            <div className="headline-note muted">
              {t(card.fn === 'median' ? 'headlineMedian' : 'headlineSum', { n: card.reportCount })}
              {note && ` · ${note}`}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
