import { useQuery } from '../../core/hooks/useQuery';
import { useI18n } from '../../core/i18n/useI18n';
import { GET_REPORT_ASSESSMENT } from '../graphql/queries/getReportAssessment';


/** The report's score under the default scheme, indicator by indicator (the evidence is on the 年报评估 page). */
export function ReportAssessmentCard({ reportId }: { reportId: string }) {
  const { t, lang } = useI18n();
  const result = useQuery(GET_REPORT_ASSESSMENT, { reportId }, { skip: !reportId });
  const a = result.data?.reportAssessment;
  if (!a) return null;

  return (
    <section className="card" data-testid="report-assessment">
      <h2>
        {t('assessmentTitle')}：<span data-testid="report-assessment-score">{a.score === null ? t('assessmentNotScored') : a.score.toFixed(1)}</span>
      </h2>
      <p className="muted">
        {a.scheme.id} {a.scheme.version}
        {a.previousYear !== null ? ` · ${t('assessmentComparedWith', { year: a.previousYear })}` : ''}
      </p>
      <ul className="inline-list">
        {a.indicators.map((i) => (
          <li key={i.id} title={(lang === 'en' ? i.flagEn : i.flagZh) ?? undefined}>
            {lang === 'en' ? i.labelEn : i.labelZh} {i.score === null ? t('assessmentNotScored') : i.score.toFixed(0)}
          </li>
        ))}
      </ul>
    </section>
  );
}
