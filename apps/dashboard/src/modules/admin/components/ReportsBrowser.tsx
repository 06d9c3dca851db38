import { useState } from 'react';

import { ISSUER_KIND_LABELS, TEMPLATE_LABELS, type IssuerKind, type TemplateId } from '@gongkai/domain';

import { Link } from '../../core/components/Link';
import { graphqlRequest } from '../../core/graphql/graphqlRequest';
import { clearQueryCache } from '../../core/hooks/useQuery';
import { useI18n } from '../../core/i18n/useI18n';
import { useRoute } from '../../core/router/useRoute';
import { DELETE_REPORT } from '../graphql/mutations/deleteReport';
import { REASSIGN_REPORT_REGION } from '../graphql/mutations/reassignReportRegion';
import { GET_STORED_REPORTS } from '../graphql/queries/getStoredReports';
import { useTokenQuery } from '../hooks/useTokenQuery';
import { errorText } from '../utils/errorText';
import { readReportFilter, readReportOrder } from '../utils/readReportFilter';

type StoredReport = {
  id: string;
  year: number;
  template: TemplateId;
  status: 'current' | 'superseded';
  sampleData: boolean;
  ingestedAt: string;
  failedRules: string[];
  issuer: { name: string; kind: IssuerKind };
  region: { code: string; name: string; path: string };
  source: { fileName: string; downloadUrl: string };
};


const PAGE_SIZE = 50;

export type ReportsBrowserProps = { token: string; canWrite: boolean };

/** The stored reports: search by region, years, issuer, status and template (filters in the URL); open, download, delete, move. */
export function ReportsBrowser({ token, canWrite }: ReportsBrowserProps) {
  const { t, lang } = useI18n();
  const { route, setParams } = useRoute();
  const filter = readReportFilter(route.params);
  const orderBy = readReportOrder(route.params);
  // Cursors of the pages before this one (the api pages forward only); reset when the filter changes.
  const [cursors, setCursors] = useState<{ key: string; stack: (string | null)[] }>({ key: '', stack: [null] });
  const filterKey = JSON.stringify([filter, orderBy]);
  const stack = cursors.key === filterKey ? cursors.stack : [null];
  const after = stack[stack.length - 1] ?? null;
  const page = useTokenQuery(GET_STORED_REPORTS, { first: PAGE_SIZE, after, where: filter, orderBy }, token);
  const [moving, setMoving] = useState<{ id: string; regionCode: string; reason: string } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const reports = page.data?.reports;

  const changed = () => {
    // Every page of the dashboard reads the changed data afresh.
    clearQueryCache();
    page.reload();
  };

  const handleDelete = async (report: StoredReport) => {
    if (!window.confirm(t('reportDeleteConfirm', { issuer: report.issuer.name, year: report.year }))) return;
    setMessage(null);
    try {
      await graphqlRequest(DELETE_REPORT, { id: report.id }, { token });
      setMessage({ ok: true, text: t('reportDeleted', { issuer: report.issuer.name, year: report.year }) });
      changed();
    } catch (error) {
      setMessage({ ok: false, text: t('reportActionFailed', { message: errorText(error, lang) }) });
    }
  };

  const handleMove = async () => {
    if (!moving) return;
    setMessage(null);
    try {
      const data = await graphqlRequest(
        REASSIGN_REPORT_REGION,
        { reportId: moving.id, regionCode: moving.regionCode.trim(), reason: moving.reason.trim() },
        { token },
      );
      const to = data.reassignReportRegion.toRegion;
      setMessage({ ok: true, text: t('reportMoved', { region: `${to.name}（${to.code}）` }) });
      setMoving(null);
      changed();
    } catch (error) {
      setMessage({ ok: false, text: t('reportActionFailed', { message: errorText(error, lang) }) });
    }
  };

  return (
    <section className="card" data-testid="reports-browser">
      <h2>{t('storedReportsTitle')}</h2>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          // The typed filters go to the URL together on 搜索 (or Enter); the selects apply at once.
          const form = new FormData(e.currentTarget);
          const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
          setParams({ region: value('region'), from: value('from'), to: value('to'), issuer: value('issuer') });
        }}
      >
        <label className="field">
          <span className="field-label">{t('filterRegionCode')}</span>
          <input name="region" defaultValue={route.params.region ?? ''} placeholder="540400" size={8} inputMode="numeric" data-testid="reports-region" />
        </label>
        <label className="field">
          <span className="field-label">{t('filterYearFrom')}</span>
          <input name="from" defaultValue={route.params.from ?? ''} size={5} inputMode="numeric" data-testid="reports-from" />
        </label>
        <label className="field">
          <span className="field-label">{t('filterYearTo')}</span>
          <input name="to" defaultValue={route.params.to ?? ''} size={5} inputMode="numeric" data-testid="reports-to" />
        </label>
        <label className="field">
          <span className="field-label">{t('filterStatus')}</span>
          <select value={filter.status ?? 'current'} onChange={(e) => setParams({ status: e.target.value === 'current' ? undefined : e.target.value })} data-testid="reports-status">
            <option value="current">{t('statusCurrent')}</option>
            <option value="superseded">{t('statusSuperseded')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('filterTemplate')}</span>
          <select value={filter.template ?? ''} onChange={(e) => setParams({ template: e.target.value || undefined })} data-testid="reports-template">
            <option value="">{t('allTemplates')}</option>
            {(Object.keys(TEMPLATE_LABELS) as TemplateId[]).map((id) => (
              <option key={id} value={id}>
                {TEMPLATE_LABELS[id][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('filterChecks')}</span>
          <select
            value={filter.hasFailedRules === undefined ? '' : String(filter.hasFailedRules)}
            onChange={(e) => setParams({ failing: e.target.value || undefined })}
            data-testid="reports-failing"
          >
            <option value="">{t('checksAll')}</option>
            <option value="true">{t('checksFailing')}</option>
            <option value="false">{t('checksPassing')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('sortBy')}</span>
          <select value={orderBy} onChange={(e) => setParams({ sort: e.target.value === 'ingested_desc' ? 'ingested' : undefined })} data-testid="reports-sort">
            <option value="year_desc">{t('sortYear')}</option>
            <option value="ingested_desc">{t('sortIngested')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('filterIssuer')}</span>
          <input name="issuer" defaultValue={route.params.issuer ?? ''} maxLength={100} size={16} data-testid="reports-issuer" />
        </label>
        <button type="submit" className="button" data-testid="reports-search">
          {t('search')}
        </button>
      </form>
      {message && (
        <p className={message.ok ? 'state' : 'state state-error'} role={message.ok ? 'status' : 'alert'} data-testid="reports-message">
          {message.text}
        </p>
      )}
      {page.error ? (
        <p className="state state-error" role="alert">
          {errorText(page.error, lang)}
        </p>
      ) : (
        <>
          <p className="muted" data-testid="reports-count">
            {reports ? t('storedReportsCount', { n: reports.totalCount, from: (stack.length - 1) * PAGE_SIZE + (reports.edges.length ? 1 : 0), to: (stack.length - 1) * PAGE_SIZE + reports.edges.length }) : t('loading')}
          </p>
          <div className="table-scroll">
            <table className="data-table" data-testid="reports-table">
              <thead>
                <tr>
                  <th>{t('year')}</th>
                  <th>{t('regionColumn')}</th>
                  <th>{t('issuerColumn')}</th>
                  <th>{t('filterTemplate')}</th>
                  <th>{t('filterStatus')}</th>
                  <th className="num">{t('failedRulesColumn')}</th>
                  <th>{t('ingestedAtColumn')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {(reports?.edges ?? []).map(({ node: r }) => (
                  <tr key={r.id} data-testid="stored-report-row" data-report-id={r.id}>
                    <td>{r.year}</td>
                    <td title={r.region.path}>
                      {r.region.name}（{r.region.code}）
                    </td>
                    <td>
                      {r.issuer.name} <span className="muted">{ISSUER_KIND_LABELS[r.issuer.kind][lang]}</span>
                      {r.sampleData && <span className="badge sample">{t('sampleReport')}</span>}
                    </td>
                    <td>{TEMPLATE_LABELS[r.template][lang]}</td>
                    <td>{r.status === 'current' ? t('statusCurrent') : t('statusSuperseded')}</td>
                    <td className="num">{r.failedRules.length}</td>
                    <td>{r.ingestedAt.replace('T', ' ').slice(0, 16)}</td>
                    <td className="row-actions">
                      <Link to={{ name: 'report', id: r.id, params: {} }} testId="report-open">
                        {t('open')}
                      </Link>{' '}
                      <a href={r.source.downloadUrl} download={r.source.fileName} data-testid="report-download">
                        {t('downloadOriginal')}
                      </a>
                      {canWrite && (
                        <>
                          {' '}
                          <button type="button" className="button" onClick={() => setMoving({ id: r.id, regionCode: '', reason: '' })} data-testid="report-move">
                            {t('reportMove')}
                          </button>{' '}
                          <button type="button" className="button" onClick={() => void handleDelete(r)} data-testid="report-delete">
                            {t('reportDelete')}
                          </button>
                        </>
                      )}
                      {moving?.id === r.id && (
                        <form
                          className="move-form"
                          onSubmit={(e) => {
                            e.preventDefault();
                            void handleMove();
                          }}
                          data-testid="move-form"
                        >
                          <label className="field">
                            <span className="field-label">{t('moveToRegion')}</span>
                            <input value={moving.regionCode} onChange={(e) => setMoving({ ...moving, regionCode: e.target.value })} size={8} inputMode="numeric" required data-testid="move-region" />
                          </label>
                          <label className="field">
                            <span className="field-label">{t('moveReason')}</span>
                            <input value={moving.reason} onChange={(e) => setMoving({ ...moving, reason: e.target.value })} size={20} required data-testid="move-reason" />
                          </label>
                          <button type="submit" className="button" data-testid="move-submit">
                            {t('confirm')}
                          </button>{' '}
                          <button type="button" className="button" onClick={() => setMoving(null)}>
                            {t('cancel')}
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="pager">
            <button type="button" className="button" disabled={stack.length <= 1} onClick={() => setCursors({ key: filterKey, stack: stack.slice(0, -1) })} data-testid="reports-prev">
              {t('previousPage')}
            </button>{' '}
            <button
              type="button"
              className="button"
              disabled={!reports?.pageInfo.hasNextPage}
              onClick={() => reports?.pageInfo.endCursor && setCursors({ key: filterKey, stack: [...stack, reports.pageInfo.endCursor] })}
              data-testid="reports-next"
            >
              {t('nextPage')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
