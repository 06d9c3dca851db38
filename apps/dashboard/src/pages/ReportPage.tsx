import { useEffect } from 'react';

import { getRule, ISSUER_KIND_LABELS, SEVERITY_LABELS, TEMPLATE_LABELS, type IssuerKind, type RuleId } from '@gongkai/domain';

import { ReportAssessmentCard } from '../modules/assessment/components/ReportAssessmentCard';
import { AsyncState } from '../modules/core/components/AsyncState';
import { Link } from '../modules/core/components/Link';
import { useI18n } from '../modules/core/i18n/useI18n';
import { useRoute } from '../modules/core/router/useRoute';
import { formatFindingSide, formatModes } from '../modules/core/utils/formatModes';
import { OcrReviewSection } from '../modules/report/components/OcrReviewSection';
import { ReportNarrativeSection } from '../modules/report/components/ReportNarrativeSection';
import { ReportTables } from '../modules/report/components/ReportTables';
import { useReportData } from '../modules/report/hooks/useReportData';
import { formatCheckedAt } from '../modules/quality/utils/coverageLabels';
import { buildReportTables } from '../modules/report/utils/buildReportTables';

function ruleZh(rule: string, lang: 'zh' | 'en'): string {
  try {
    const def = getRule(rule as RuleId);

    return lang === 'en' ? def.en : def.zh;
  } catch {
    return '';
  }
}

export function ReportPage() {
  const { route, setParams } = useRoute();
  const { t, lang, metricLabel } = useI18n();
  const id = route.id ?? '';
  const { data: report, loading, error, reload } = useReportData(id);
  const selected = route.params.finding ?? null;
  // The assessment's evidence links here with the paragraph (its start offset) and the cells to highlight.
  const paragraphStart = route.params.para !== undefined && /^\d+$/.test(route.params.para) ? Number(route.params.para) : null;
  const highlightCells = new Set((route.params.cells ?? '').split(',').filter(Boolean));

  // A finding's link (?finding=) brings its cells into view, not only highlights them somewhere below.
  useEffect(() => {
    if (!selected || !report) return;
    const cell = document.querySelector<HTMLElement>('.cell-selected');
    cell?.scrollIntoView({ block: 'center' });
    cell?.focus({ preventScroll: true });
  }, [selected, report]);

  if (loading || error) return <AsyncState loading={loading} error={error} onRetry={reload} />;
  if (!report) return <p className="state">{t('notFound')}</p>;
  const template = report.template === 'nonstandard' ? null : report.template;
  const tables = template ? buildReportTables(template, report.values, report.findings) : null;

  return (
    <div className="page" data-testid="page-report">
      <div className="page-head">
        <h1>{report.title ?? `${report.issuer.name} ${report.year}`}</h1>
        <a className="button" href={report.source.downloadUrl || `/api/reports/${report.id}/source`} data-testid="source-link">
          {t('download')}（{report.source.fileName}）
        </a>
      </div>
      {report.sampleData && (
        <p className="sample-banner" role="note">
          {t('sampleReport')}
        </p>
      )}
      <OcrReviewSection report={report} />
      <section className="card">
        <dl className="meta-list">
          <dt>{t('region')}</dt>
          <dd>
            <Link to={{ name: 'county', id: report.region.code, params: {} }}>{report.region.name}</Link>
          </dd>
          <dt>{t('issuer')}</dt>
          <dd>
            {report.issuer.name}（{ISSUER_KIND_LABELS[report.issuer.kind as IssuerKind]?.[lang] ?? report.issuer.kind}）
          </dd>
          <dt>{t('year')}</dt>
          <dd>{report.year}</dd>
          <dt>{t('template')}</dt>
          <dd>{TEMPLATE_LABELS[report.template][lang]}</dd>
          <dt>{t('publishedOn')}</dt>
          <dd>
            {report.publishedOn ?? '—'}（{t('deadline')} {report.deadline}
            {report.late === null ? '' : ` · ${report.late ? t('late') : t('onTime')}`}）
          </dd>
          <dt>{t('status')}</dt>
          <dd>
            {report.status === 'current' ? t('statusCurrent') : t('statusSuperseded')}
            {report.correctsReportId && (
              <>
                {' · '}
                <Link to={{ name: 'report', id: report.correctsReportId, params: {} }}>{t('correctsVersion')}</Link>
              </>
            )}
          </dd>
          <dt>{t('originalDocument')}</dt>
          <dd>
            {report.source.fileName} · {report.source.format} · {report.source.byteSize.toLocaleString()} B
            {report.source.convertedBy ? ` · ${t('convertedBy', { by: report.source.convertedBy })}` : ''}
          </dd>
          <dt>{t('parserVersion')}</dt>
          <dd>{report.parserVersion}</dd>
          {report.regionChanges && report.regionChanges.length > 0 && (
            <>
              <dt>{t('regionChanges')}</dt>
              <dd data-testid="region-changes">
                {report.regionChanges.map((c) => (
                  <div key={c.id}>
                    {t('regionChange', { from: `${c.fromRegion.name}（${c.fromRegion.code}）`, to: `${c.toRegion.name}（${c.toRegion.code}）`, who: c.changedBy, when: c.changedAt.slice(0, 16).replace('T', ' '), reason: c.reason })}
                  </div>
                ))}
              </dd>
            </>
          )}
        </dl>
      </section>

      <ReportAssessmentCard reportId={report.id} />

      <section className="card" data-testid="findings">
        <h2>{t('findings')}</h2>
        {report.findings.length === 0 ? (
          <p className="muted">{t('noFindings')}</p>
        ) : (
          <ul className="finding-list">
            {report.findings.map((f) => (
              <li key={f.id} className={`sev-${f.severity}`} data-rule={f.rule}>
                <button type="button" onClick={() => setParams({ finding: selected === f.id ? undefined : f.id })} aria-pressed={selected === f.id}>
                  <span className={`badge ${f.severity}`}>{SEVERITY_LABELS[f.severity][lang]}</span>
                  <strong>{f.rule}</strong> {lang === 'en' ? f.messageEn : f.messageZh}
                </button>
                <div className="muted">
                  {ruleZh(f.rule, lang)} · {t('expected')} {formatFindingSide(f.expected, lang)} · {t('actual')} {formatFindingSide(f.actual, lang)} · <span data-testid="finding-modes">{formatModes(f.modes, lang)}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
        {tables && tables.otherFindings.length > 0 && <p className="muted">{tables.otherFindings.map((f) => f.rule).join('、')}</p>}
      </section>

      {report.republication && (
        <section className="card republication" data-testid="republication" aria-labelledby="republication-title">
          <h2 id="republication-title">{t('republicationTitle')}</h2>
          <p>
            {t('republicationText', { when: formatCheckedAt(report.republication.detectedAt), n: report.republication.changes.length })}{' '}
            <a href={report.republication.url} rel="noreferrer noopener" target="_blank">
              {report.republication.url}
            </a>{' '}
            <Link to={{ name: 'report', id: report.republication.previousReportId, params: {} }}>{t('republicationPrevious')}</Link>
          </p>
          {report.republication.changes.length > 0 && (
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('metric')}</th>
                    <th scope="col" className="num">
                      {t('republicationBefore')}
                    </th>
                    <th scope="col" className="num">
                      {t('republicationAfter')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.republication.changes.map((c) => (
                    <tr key={c.metricKey}>
                      <th scope="row">{metricLabel(c.metricKey)}</th>
                      <td className="num">{c.before ?? t('republicationNoCell')}</td>
                      <td className="num">{c.after ?? t('republicationNoCell')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      {template ? <ReportTables template={template} values={report.values} findings={report.findings} selectedFinding={selected} highlightCells={highlightCells} ocrThreshold={report.ocr?.threshold ?? null} pageImages={report.pageImages} /> : <p className="state">{TEMPLATE_LABELS.nonstandard[lang]}</p>}

      <ReportNarrativeSection narrative={report.narrative ?? null} highlightStart={paragraphStart} />

      <section className="card" data-testid="versions">
        <h2>{t('versions')}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('ingestedAt')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('originalDocument')}</th>
              <th scope="col">{t('parserVersion')}</th>
            </tr>
          </thead>
          <tbody>
            {report.versions.map((v) => (
              <tr key={v.id}>
                <td>{v.id === report.id ? v.ingestedAt : <Link to={{ name: 'report', id: v.id, params: {} }}>{v.ingestedAt}</Link>}</td>
                <td>
                  {v.status === 'current' ? t('statusCurrent') : t('statusSuperseded')}
                  {v.correctsReportId ? ` · ${t('versionCorrected')}` : ''}
                </td>
                <td>
                  <a href={`/api/reports/${v.id}/source`}>{v.source.fileName}</a>
                </td>
                <td>{v.parserVersion}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
