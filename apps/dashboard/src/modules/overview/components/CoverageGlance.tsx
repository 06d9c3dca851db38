import { Link } from '../../core/components/Link';
import { useI18n } from '../../core/i18n/useI18n';
import { type CoverageGrid } from '../../quality/utils/transformCoverageToGrid';
import { PUBLICATION_STATUSES, REPORT_QUALITIES, publicationStatusLabel, qualityLabel } from '../../quality/utils/coverageLabels';

export type CoverageGlanceProps = { grid: CoverageGrid; findingsTotal: number | null; prefecture: string; year: number };

/** Counts by publication status and by quality; each tile opens the quality page's list filtered by it. */
export function CoverageGlance({ grid, findingsTotal, prefecture, year }: CoverageGlanceProps) {
  const { t } = useI18n();
  const params = { pref: prefecture, from: String(year), to: String(year) };

  return (
    <div className="coverage-glance" data-testid="coverage-glance">
      <h4 className="status-heading">{t('publication')}</h4>
      <ul className="status-counts" aria-label={t('publication')}>
        {PUBLICATION_STATUSES.map((status) => (
          <li key={status} className={`pub-${status}`}>
            <Link to={{ name: 'quality', params: { ...params, pub: status } }} className="status-tile" testId={`tile-pub-${status}`}>
              <span className="status-value">{grid.publicationTotals[status]}</span>
              <span className="status-label">{publicationStatusLabel(t, status)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h4 className="status-heading">{t('quality')}</h4>
      <ul className="status-counts" aria-label={t('quality')}>
        {REPORT_QUALITIES.map((quality) => (
          <li key={quality} className={`quality-${quality}`}>
            <Link to={{ name: 'quality', params: { ...params, q: quality } }} className="status-tile" testId={`tile-quality-${quality}`}>
              <span className="status-value">{grid.qualityTotals[quality]}</span>
              <span className="status-label">{qualityLabel(t, quality)}</span>
            </Link>
          </li>
        ))}
        <li className="status-findings">
          <span className="status-value">{findingsTotal ?? '—'}</span>
          <span className="status-label">{t('failedChecks')}</span>
        </li>
      </ul>
      <Link to={{ name: 'quality', params }} className="button small">
        {t('viewAll')}
      </Link>
    </div>
  );
}
