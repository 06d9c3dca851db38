import { useState } from 'react';

import { ISSUER_KIND_LABELS, REPORT_QUALITY_LABELS, TEMPLATE_LABELS, type IssuerKind, type TemplateId } from '@gongkai/domain';

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
import { nextReportOrder, PAGE_SIZES, readPageSize, readReportFilter, readReportOrder, STORED_REPORT_ORDERS, STORED_REPORT_QUALITIES, type StoredReportSortKey } from '../utils/readReportFilter';

type StoredReport = {
  id: string;
  year: number;
  template: TemplateId;
  status: 'current' | 'superseded';
  sampleData: boolean;
  ingestedAt: string;
  failedRules: string[];
  findingCount: number;
  quality: 'passing' | 'failing' | 'needs_review' | 'none';
  issuer: { name: string; kind: IssuerKind };
  region: { code: string; name: string; path: string };
  source: { fileName: string; downloadUrl: string };
};



export type ReportsBrowserProps = { token: string; canWrite: boolean };

/**
 * The stored reports: search by region, years, issuer, status, template, checks and quality, sort by a column in
 * either direction (filters and order in the URL), page with the match count; open, download, delete, move.
 */
export function ReportsBrowser({ token, canWrite }: ReportsBrowserProps) {
  const { t, lang } = useI18n();
  const { route, setParams } = useRoute();
  const filter = readReportFilter(route.params);
  const orderBy = readReportOrder(route.params);
  const pageSize = readPageSize(route.params);
  // Cursors of the pages before this one (the api pages forward only); reset when the filter changes.
  const [cursors, setCursors] = useState<{ key: string; stack: (string | null)[] }>({ key: '', stack: [null] });
  const filterKey = JSON.stringify([filter, orderBy, pageSize]);
  const stack = cursors.key === filterKey ? cursors.stack : [null];
  const after = stack[stack.length - 1] ?? null;
  const page = useTokenQuery(GET_STORED_REPORTS, { first: pageSize, after, where: filter, orderBy }, token);
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

  const [sortedKey, sortedDirection] = orderBy.split('_') as [StoredReportSortKey, 'asc' | 'desc'];
  // A column header sorts by its column; a second click turns the direction (shown by the arrow and aria-sort).
  const sortHeader = (key: StoredReportSortKey, text: string, className?: string) => {
    const active = sortedKey === key;
    const next = nextReportOrder(orderBy, key);

    return (
      <th scope="col" className={className} aria-sort={active ? (sortedDirection === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="link-button" onClick={() => setParams({ sort: next === 'year_desc' ? undefined : next })} title={t('sortByColumn', { column: text })} data-testid={`reports-sort-${key}`}>
          {text}
          {active ? (sortedDirection === 'asc' ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
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
          <span className="field-label">{t('filterQuality')}</span>
          <select value={filter.quality ?? ''} onChange={(e) => setParams({ quality: e.target.value || undefined })} data-testid="reports-quality">
            <option value="">{t('qualityAll')}</option>
            {STORED_REPORT_QUALITIES.map((q) => (
              <option key={q} value={q}>
                {REPORT_QUALITY_LABELS[q][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('sortBy')}</span>
          <select value={orderBy} onChange={(e) => setParams({ sort: e.target.value === 'year_desc' ? undefined : e.target.value })} data-testid="reports-sort">
            {STORED_REPORT_ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`sort_${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('pageSize')}</span>
          <select value={pageSize} onChange={(e) => setParams({ size: Number(e.target.value) === PAGE_SIZES[0] ? undefined : e.target.value })} data-testid="reports-page-size">
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {t('pageSizeOption', { n })}
              </option>
            ))}
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
            {reports ? t('storedReportsCount', { n: reports.totalCount, from: (stack.length - 1) * pageSize + (reports.edges.length ? 1 : 0), to: (stack.length - 1) * pageSize + reports.edges.length }) : t('loading')}
          </p>
          <div className="table-scroll">
            <table className="data-table" data-testid="reports-table">
              <thead>
                <tr>
                  {sortHeader('year', t('year'))}
                  <th scope="col">{t('regionColumn')}</th>
                  {sortHeader('issuer', t('issuerColumn'))}
                  <th scope="col">{t('filterTemplate')}</th>
                  <th scope="col">{t('filterStatus')}</th>
                  {sortHeader('quality', t('qualityColumn'))}
                  {sortHeader('findings', t('findingsColumn'), 'num')}
                  <th scope="col" className="num">
                    {t('failedRulesColumn')}
                  </th>
                  {sortHeader('ingested', t('ingestedAtColumn'))}
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
                    <td data-testid="report-quality" data-quality={r.quality}>
                      <span className={`badge quality-${r.quality}`}>{REPORT_QUALITY_LABELS[r.quality][lang]}</span>
                    </td>
                    <td className="num" data-testid="report-findings">
                      {r.findingCount}
                    </td>
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
