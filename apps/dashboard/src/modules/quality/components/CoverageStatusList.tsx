import { Link } from '../../core/components/Link';
import { useI18n } from '../../core/i18n/useI18n';
import { type CoverageEntry } from '../../core/types/api';
import { publicationLabel, qualityLabel, siteCheckLabel } from '../utils/coverageLabels';

export type CoverageStatusListProps = { entries: readonly CoverageEntry[] };

/** One row per region-year: publication status, quality, deadline, the stated contact and the evidence of site checks. */
export function CoverageStatusList({ entries }: CoverageStatusListProps) {
  const { t } = useI18n();

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('statusList')}>
      <table className="data-table" data-testid="coverage-status-list">
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            <th scope="col">{t('county')}</th>
            <th scope="col">{t('publication')}</th>
            <th scope="col">{t('quality')}</th>
            <th scope="col">{t('deadline')}</th>
            <th scope="col">{t('contact')}</th>
            <th scope="col">{t('evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={`${entry.region.code}:${entry.year}`} data-publication={entry.publication} data-quality={entry.quality}>
              <td>{entry.year}</td>
              <th scope="row">
                <Link to={{ name: 'county', id: entry.region.code, params: {} }}>{entry.region.name}</Link>
              </th>
              <td className={`cov-pub-${entry.publication}`}>
                {entry.report ? <Link to={{ name: 'report', id: entry.report.id, params: {} }}>{publicationLabel(t, entry)}</Link> : publicationLabel(t, entry)}
              </td>
              <td>{qualityLabel(t, entry.quality)}</td>
              <td>{entry.deadline}</td>
              <td>
                {entry.contact && (entry.contact.address || entry.contact.phones.length > 0) ? (
                  <>
                    {[entry.contact.address, entry.contact.phones.join('、')].filter((part) => part).join(' ')}
                    <span className="cov-quality">{t('contactFromYear', { year: entry.contact.year })}</span>
                  </>
                ) : (
                  <span className="cell-missing">{t('contactNotStated')}</span>
                )}
              </td>
              <td data-testid="evidence">
                {entry.evidence.length > 0 ? (
                  <ul className="evidence-list">
                    {entry.evidence.map((check) => (
                      <li key={`${check.source}:${check.checkedAt}:${check.url}`}>{siteCheckLabel(t, check)}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="cell-missing">{t('noEvidence')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
