import { Link } from '../../core/components/Link';
import { useI18n } from '../../core/i18n/useI18n';
import { type CoverageGrid } from '../utils/transformCoverageToGrid';

export type CoverageGridTableProps = { grid: CoverageGrid };

/** Counties × years: filed / late / failing / missing, each cell linking to its report. */
export function CoverageGridTable({ grid }: CoverageGridTableProps) {
  const { t } = useI18n();
  const labels = { filed: t('coverageFiled'), late: t('coverageLate'), failing: t('coverageFailing'), missing: t('coverageMissing') };

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('coverage')}>
      <table className="data-table coverage-grid" data-testid="coverage-grid">
        <thead>
          <tr>
            <th scope="col">{t('county')}</th>
            {grid.years.map((y) => (
              <th key={y} scope="col">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.region.code}>
              <th scope="row">
                <Link to={{ name: 'county', id: row.region.code, params: {} }}>{row.region.name}</Link>
              </th>
              {row.cells.map((cell, i) => (
                <td key={grid.years[i]} className={`cov${cell ? ` cov-${cell.status}` : ''}`} data-status={cell?.status ?? ''} title={cell?.failedRules.join(' ') || undefined}>
                  {cell === null ? (
                    ''
                  ) : cell.report ? (
                    <Link to={{ name: 'report', id: cell.report.id, params: {} }}>
                      {labels[cell.status]}
                      {cell.daysLate ? `（${t('daysLate', { n: cell.daysLate })}）` : ''}
                    </Link>
                  ) : (
                    labels[cell.status]
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
