import { AsyncState } from '../../core/components/AsyncState';
import { Link } from '../../core/components/Link';
import { useQuery } from '../../core/hooks/useQuery';
import { useI18n } from '../../core/i18n/useI18n';
import { publicationLabel, qualityLabel } from '../../quality/utils/coverageLabels';
import { GET_COUNTY_QUALITY } from '../graphql/queries/getCountyQuality';


export type QualityTimelineProps = { code: string; prefectureCode: string | null; yearFrom: number; yearTo: number };

/** Each year of the county: published on time or not, its checks, how many versions, and a link to the report. */
export function QualityTimeline({ code, prefectureCode, yearFrom, yearTo }: QualityTimelineProps) {
  const { t } = useI18n();
  // coverage answers for a prefecture's counties; this county's years are picked out here.
  const result = useQuery(GET_COUNTY_QUALITY, { parentCode: prefectureCode ?? '', yearFrom, yearTo }, { skip: !prefectureCode });
  const entries = (result.data?.coverage ?? []).filter((entry) => entry.region.code === code);

  return (
    <section className="card" aria-labelledby="county-quality-title" data-testid="county-quality-timeline">
      <header className="card-header">
        <h2 id="county-quality-title">{t('countyQuality')}</h2>
      </header>
      <AsyncState loading={result.loading} error={result.error} onRetry={result.reload} empty={result.data !== undefined && entries.length === 0}>
        <ol className="quality-timeline">
          {entries.map((entry) => (
            <li key={entry.year} className={`quality-step quality-${entry.publication}`} data-year={entry.year} data-publication={entry.publication} data-quality={entry.quality} data-testid="quality-step">
              <span className="quality-year">{entry.year}</span>
              <span>{entry.report ? <Link to={{ name: 'report', id: entry.report.id, params: {} }}>{publicationLabel(t, entry)}</Link> : publicationLabel(t, entry)}</span>
              {entry.quality !== 'none' && <span className={`cov-quality cov-quality-${entry.quality}`}>{qualityLabel(t, entry.quality)}</span>}
              {entry.failedRules.length > 0 && <span className="small muted">{t('qualityFailedCount', { n: entry.failedRules.length })}</span>}
              {entry.report && entry.report.versions.length > 1 && <span className="small muted">{t('qualityVersions', { n: entry.report.versions.length })}</span>}
              {entry.report?.sampleData && <span className="badge sample">{t('sampleReport')}</span>}
            </li>
          ))}
        </ol>
      </AsyncState>
    </section>
  );
}
