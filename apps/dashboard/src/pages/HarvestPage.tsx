import { useState } from 'react';

import { AsyncState } from '../modules/core/components/AsyncState';
import { Link } from '../modules/core/components/Link';
import { PrefectureSelect } from '../modules/core/components/PrefectureSelect';
import { YearSelect } from '../modules/core/components/YearSelect';
import { GraphqlRequestError, graphqlRequest } from '../modules/core/graphql/graphqlRequest';
import { usePageFilters } from '../modules/core/hooks/usePageFilters';
import { clearQueryCache } from '../modules/core/hooks/useQuery';
import { useStoredToken } from '../modules/core/hooks/useStoredToken';
import { useI18n } from '../modules/core/i18n/useI18n';
import { readInt } from '../modules/core/router/urlState';
import { IMPORT_HARVEST_SITES, REMOVE_HARVEST_SITE, START_HARVEST } from '../modules/harvest/graphql/queries';
import { useHarvestData } from '../modules/harvest/hooks/useHarvestData';
import { type HarvestSite } from '../modules/harvest/types';
import { formatCheckedAt, siteCheckResultLabel } from '../modules/quality/utils/coverageLabels';

/** The first data year with annual reports (the 条例 took effect in 2008). */
const FIRST_YEAR = 2008;

type Message = { ok: boolean; text: string };

/** The api's words for people where it gave them, else its message. */
function errorText(error: unknown): string {
  if (error instanceof GraphqlRequestError) return error.messageZh ?? error.message;

  return error instanceof Error ? error.message : String(error);
}

/**
 * 网站采集: the prefecture's registered annual-report columns, what the last look at each found for the year and
 * when the schedule looks next; start a harvest now, import a site list, remove a site (token of an admin or
 * an editor in scope). A run's progress fills the table in as the sites are checked.
 */
export function HarvestPage() {
  const { t, lang } = useI18n();
  const { ready, prefecture, params, setParams } = usePageFilters();
  const latest = new Date().getUTCFullYear() - 1;
  const year = Math.min(readInt(params, 'hyear', latest), latest);
  const years = Array.from({ length: latest - FIRST_YEAR + 1 }, (_, i) => latest - i);
  const { data, error, reload } = useHarvestData(prefecture, year);
  const [token, setToken] = useStoredToken();
  const [csv, setCsv] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  if (!ready) return <AsyncState loading />;

  const write = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ ok: true, text: await work() });
      // Checks are coverage evidence: every page's cached answers may be out of date.
      clearQueryCache();
      reload();
    } catch (e) {
      setMessage({ ok: false, text: t('harvestFailed', { message: errorText(e) }) });
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    write(async () => {
      const answer = await graphqlRequest(START_HARVEST, { parentCode: prefecture ?? '', year }, { token });

      return t('harvestStarted', { n: answer.startHarvest.siteCount, year });
    });
  const importSites = () =>
    write(async () => {
      const answer = await graphqlRequest(IMPORT_HARVEST_SITES, { csv }, { token });
      setCsv('');

      return t('harvestImported', { n: answer.importHarvestSites.saved });
    });
  const remove = (site: HarvestSite) => {
    if (!window.confirm(t('harvestRemoveConfirm', { url: site.url }))) return;
    void write(async () => {
      await graphqlRequest(REMOVE_HARVEST_SITE, { id: site.id }, { token });

      return t('harvestRemoved', { url: site.url });
    });
  };
  const when = (iso: string | null) => (iso ? formatCheckedAt(iso) : '—');
  const sites = data?.harvestSites ?? [];
  const runs = data?.harvestRuns ?? [];

  return (
    <div className="page" data-testid="page-harvest">
      <h1>{t('harvestTitle')}</h1>
      <p className="muted">{t('harvestIntro')}</p>
      <div className="filters">
        <PrefectureSelect value={prefecture} onChange={(code) => setParams({ pref: code })} />
        <YearSelect label={t('harvestYear')} value={year} years={years} onChange={(y) => setParams({ hyear: y })} testId="harvest-year" />
        <label className="field">
          <span className="field-label">{t('token')}</span>
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" data-testid="token-input" size={32} />
        </label>
        <button type="button" className="button" disabled={busy || !token.trim() || sites.length === 0} onClick={() => void start()} data-testid="harvest-start">
          {t('harvestStart')}
        </button>
      </div>
      {message && (
        <p className={message.ok ? 'state' : 'state state-error'} role={message.ok ? 'status' : 'alert'} data-testid="harvest-message">
          {message.text}
        </p>
      )}
      {error && !data ? (
        <AsyncState loading={false} error={error} onRetry={reload} />
      ) : !data ? (
        <AsyncState loading />
      ) : (
        <>
          <section className="card" aria-labelledby="harvest-sites-title">
            <h2 id="harvest-sites-title">{t('harvestSites', { n: sites.length, year })}</h2>
            {sites.length === 0 ? (
              <p className="state" data-testid="harvest-no-sites">
                {t('harvestNoSites')}
              </p>
            ) : (
              <div className="table-scroll">
                <table className="data-table" data-testid="harvest-sites">
                  <thead>
                    <tr>
                      <th scope="col">{t('region')}</th>
                      <th scope="col">{t('harvestColumn')}</th>
                      <th scope="col">{t('harvestLastCheck')}</th>
                      <th scope="col">{t('harvestResult')}</th>
                      <th scope="col">{t('harvestNote')}</th>
                      <th scope="col">{t('harvestNextCheck')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('harvestActions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {sites.map((site) => (
                      <tr key={site.id} data-testid="harvest-site" data-region={site.regionCode} data-result={site.lastResult ?? ''}>
                        <td>
                          {site.regionName ?? site.regionCode}
                          {site.issuer ? `（${site.issuer}）` : ''}
                        </td>
                        <td className="break">
                          <a href={site.url} rel="noreferrer noopener" target="_blank">
                            {site.url}
                          </a>
                        </td>
                        <td>{when(site.lastCheckedAt)}</td>
                        <td className={site.lastResult === 'found' ? '' : site.lastResult ? 'warn' : 'muted'}>
                          {site.lastResult ? siteCheckResultLabel(t, site.lastResult) : t('harvestNeverChecked')}
                          {site.lastReportId && (
                            <>
                              {' '}
                              <Link to={{ name: 'report', id: site.lastReportId, params: lang === 'en' ? { lang } : {} }}>{t('harvestOpenReport')}</Link>
                            </>
                          )}
                        </td>
                        <td className="muted">{site.lastNote ?? ''}</td>
                        <td className={site.scheduled ? '' : 'muted'}>{!site.scheduled ? t('harvestNotScheduled') : site.nextCheckAt ? when(site.nextCheckAt) : t('harvestDueNow')}</td>
                        <td>
                          <button type="button" className="button small" disabled={busy || !token.trim()} onClick={() => remove(site)} data-testid="harvest-remove">
                            {t('harvestRemove')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="harvest-runs-title">
            <h2 id="harvest-runs-title">{t('harvestRuns')}</h2>
            {runs.length === 0 ? (
              <p className="muted">{t('harvestNoRuns')}</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table" data-testid="harvest-runs">
                  <thead>
                    <tr>
                      <th scope="col">{t('harvestStartedAt')}</th>
                      <th scope="col">{t('year')}</th>
                      <th scope="col">{t('harvestRequestedBy')}</th>
                      <th scope="col">{t('state')}</th>
                      <th scope="col" className="num">
                        {t('harvestSiteCount')}
                      </th>
                      <th scope="col" className="num">
                        {siteCheckResultLabel(t, 'found')}
                      </th>
                      <th scope="col" className="num">
                        {siteCheckResultLabel(t, 'not_found')}
                      </th>
                      <th scope="col" className="num">
                        {siteCheckResultLabel(t, 'unreachable')}
                      </th>
                      <th scope="col" className="num">
                        {t('harvestPending')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {runs.map((run) => (
                      <tr key={run.id} data-testid="harvest-run" data-status={run.status}>
                        <td>{when(run.startedAt)}</td>
                        <td>{run.year}</td>
                        <td>{run.requestedBy === 'schedule' ? t('harvestBySchedule') : run.requestedBy}</td>
                        <td>{run.status === 'running' ? t('harvestRunning') : t('harvestDone', { when: when(run.finishedAt) })}</td>
                        <td className="num">{run.siteCount}</td>
                        <td className="num">{run.found}</td>
                        <td className="num">{run.notFound}</td>
                        <td className="num">{run.unreachable}</td>
                        <td className="num">{run.pending}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="harvest-import-title">
            <h2 id="harvest-import-title">{t('harvestImportTitle')}</h2>
            <p className="muted">{t('harvestImportHint')}</p>
            <label className="field block">
              <span className="field-label">{t('harvestImportLabel')}</span>
              <textarea value={csv} onChange={(e) => setCsv(e.target.value)} rows={5} cols={80} spellCheck={false} data-testid="harvest-csv" placeholder="region_code,url,issuer" />
            </label>
            <button type="button" className="button" disabled={busy || !token.trim() || !csv.trim()} onClick={() => void importSites()} data-testid="harvest-import">
              {t('harvestImportButton')}
            </button>
          </section>
        </>
      )}
    </div>
  );
}
