import { Link } from '../../core/components/Link';
import { useI18n } from '../../core/i18n/useI18n';
import { publicationLabel, qualityLabel } from '../utils/coverageLabels';
import { type CoverageGrid } from '../utils/transformCoverageToGrid';

export type CoverageGridTableProps = { grid: CoverageGrid };

/** Counties × years: publication status and quality of each, a held report's cell linking to it. */
export function CoverageGridTable({ grid }: CoverageGridTableProps) {
  const { t } = useI18n();

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
                <td
                  key={grid.years[i]}
                  className={`cov${cell ? ` cov-pub-${cell.publication}` : ''}`}
                  data-publication={cell?.publication ?? ''}
                  data-quality={cell?.quality ?? ''}
                  title={cell?.failedRules.join(' ') || undefined}
                >
                  {cell === null ? (
                    ''
                  ) : (
                    <>
                      {cell.report ? <Link to={{ name: 'report', id: cell.report.id, params: {} }}>{publicationLabel(t, cell)}</Link> : publicationLabel(t, cell)}
                      {cell.quality !== 'none' && <span className={`cov-quality cov-quality-${cell.quality}`}>{qualityLabel(t, cell.quality)}</span>}
                    </>
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
