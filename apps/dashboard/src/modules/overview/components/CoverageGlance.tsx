import { Link } from '../../core/components/Link';
import { useI18n } from '../../core/i18n/useI18n';
import { type CoverageGrid } from '../../quality/utils/transformCoverageToGrid';

export type CoverageGlanceProps = { grid: CoverageGrid; findingsTotal: number | null; prefecture: string; year: number };

export function CoverageGlance({ grid, findingsTotal, prefecture, year }: CoverageGlanceProps) {
  const { t } = useI18n();
  const items = [
    { key: 'filed', label: t('coverageFiled'), value: grid.totals.filed },
    { key: 'late', label: t('coverageLate'), value: grid.totals.late },
    { key: 'failing', label: t('coverageFailing'), value: grid.totals.failing },
    { key: 'missing', label: t('coverageMissing'), value: grid.totals.missing },
  ] as const;

  return (
    <div className="coverage-glance" data-testid="coverage-glance">
      <ul className="status-counts">
        {items.map((item) => (
          <li key={item.key} className={`status-${item.key}`}>
            <span className="status-value">{item.value}</span>
            <span className="status-label">{item.label}</span>
          </li>
        ))}
        <li className="status-findings">
          <span className="status-value">{findingsTotal ?? '—'}</span>
          <span className="status-label">{t('failedChecks')}</span>
        </li>
      </ul>
      <Link to={{ name: 'quality', params: { pref: prefecture, from: String(year), to: String(year) } }} className="button small">
        {t('viewAll')}
      </Link>
    </div>
  );
}
