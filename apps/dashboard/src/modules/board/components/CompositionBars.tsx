import { useI18n } from '../../core/i18n/useI18n';
import { type BoardCompositionPanel } from '../utils/transformBoardToPanels';

export type CompositionBarsProps = { composition: BoardCompositionPanel };

/** One 100 % stacked bar per year (HTML, so it scales and reads without a chart library); a year without data says so. */
export function CompositionBars({ composition }: CompositionBarsProps) {
  const { t } = useI18n();

  return (
    <div className="composition" data-testid={`composition-${composition.id}`}>
      <ul className="composition-bars">
        {composition.bars.map((bar) => (
          <li key={bar.year} className="composition-row" data-year={bar.year} data-testid="composition-bar">
            <span className="composition-year">{bar.year}</span>
            {bar.empty ? (
              <span className="composition-empty muted">{t('boardNoParts')}</span>
            ) : (
              <span className="composition-track" role="img" aria-label={`${bar.year}${t('labelColon')}${bar.segments.filter((s) => s.percent !== null && s.share).map((s) => `${s.label} ${s.percent}`).join('，')}`}>
                {bar.segments
                  .filter((s) => (s.share ?? 0) > 0)
                  .map((s) => (
                    <span
                      key={s.key}
                      className="composition-segment"
                      data-key={s.key}
                      data-percent={s.percent ?? ''}
                      title={`${s.label}${t('labelColon')}${s.value ?? '—'} (${s.percent ?? '—'})`}
                      style={{ width: `${(s.share ?? 0) * 100}%`, background: s.color, opacity: s.opacity }}
                    >
                      {(s.share ?? 0) >= 0.08 ? s.percent : ''}
                    </span>
                  ))}
              </span>
            )}
            <span className="composition-count muted">
              {bar.regionCount}/{bar.regionTotal}
              {bar.sampleData && (
                <span className="sample-mark" title={t('sampleReport')} aria-label={t('sampleReport')}>
                  ◌
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
      <ul className="legend composition-legend">
        {composition.legend.map((item) => (
          <li key={item.key}>
            <span className="legend-dot" style={{ background: item.color, opacity: item.opacity }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
        {composition.bars.some((b) => b.sampleData) && <li>◌ {t('sampleReport')}</li>}
      </ul>
    </div>
  );
}
