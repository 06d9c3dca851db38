import { lazy, Suspense, useEffect } from 'react';

import { AsyncState } from './modules/core/components/AsyncState';
import { Link } from './modules/core/components/Link';
import { SampleBanner } from './modules/core/components/SampleBanner';
import { useDatasetInfo } from './modules/core/hooks/useDatasetInfo';
import { useI18n } from './modules/core/i18n/useI18n';
import { useRoute } from './modules/core/router/useRoute';
import { type RouteName } from './modules/core/router/urlState';
import { OverviewPage } from './pages/OverviewPage';

// The overview is in the first bundle; other pages load when visited.
const TrendsPage = lazy(() => import('./pages/TrendsPage').then((m) => ({ default: m.TrendsPage })));
const ComparePage = lazy(() => import('./pages/ComparePage').then((m) => ({ default: m.ComparePage })));
const CountyPage = lazy(() => import('./pages/CountyPage').then((m) => ({ default: m.CountyPage })));
const ReportPage = lazy(() => import('./pages/ReportPage').then((m) => ({ default: m.ReportPage })));
const QualityPage = lazy(() => import('./pages/QualityPage').then((m) => ({ default: m.QualityPage })));
const UploadPage = lazy(() => import('./pages/UploadPage').then((m) => ({ default: m.UploadPage })));
const HarvestPage = lazy(() => import('./pages/HarvestPage').then((m) => ({ default: m.HarvestPage })));
const AdminPage = lazy(() => import('./pages/AdminPage').then((m) => ({ default: m.AdminPage })));

const NAV: ReadonlyArray<{ name: RouteName; key: 'navOverview' | 'navTrends' | 'navCompare' | 'navQuality' | 'navUpload' | 'navHarvest' | 'navAdmin' }> = [
  { name: 'overview', key: 'navOverview' },
  { name: 'trends', key: 'navTrends' },
  { name: 'compare', key: 'navCompare' },
  { name: 'quality', key: 'navQuality' },
  { name: 'upload', key: 'navUpload' },
  { name: 'harvest', key: 'navHarvest' },
  { name: 'admin', key: 'navAdmin' },
];

/** Filters shared by the pages (prefecture, year span) travel from page to page through the nav links. */
const SHARED_PARAMS = ['pref', 'year', 'from', 'to', 'metric'];

export function App() {
  const { route, setParams } = useRoute();
  const { t, lang } = useI18n();
  const dataset = useDatasetInfo();

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('appTitle');
  }, [lang, t]);

  const shared: Record<string, string> = {};
  for (const key of SHARED_PARAMS) if (route.params[key]) shared[key] = route.params[key];

  let page;
  switch (route.name) {
    case 'trends':
      page = <TrendsPage />;
      break;
    case 'compare':
      page = <ComparePage />;
      break;
    case 'county':
      page = <CountyPage />;
      break;
    case 'report':
      page = <ReportPage />;
      break;
    case 'quality':
      page = <QualityPage />;
      break;
    case 'upload':
      page = <UploadPage />;
      break;
    case 'harvest':
      page = <HarvestPage />;
      break;
    case 'admin':
      page = <AdminPage />;
      break;
    default:
      page = <OverviewPage />;
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-title">{t('appTitle')}</div>
        <nav aria-label={t('appTitle')}>
          <ul className="nav">
            {NAV.map((item) => (
              <li key={item.name}>
                <Link to={{ name: item.name, params: shared }} current={route.name === item.name} className="nav-link" testId={`nav-${item.name}`}>
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="button lang-switch" onClick={() => setParams({ lang: lang === 'en' ? undefined : 'en' })} data-testid="lang-switch" aria-label={t('language')}>
          {t('switchLanguage')}
        </button>
      </header>
      {dataset.data && <SampleBanner sampleCount={dataset.data.sampleReportCount} />}
      <main id="main" tabIndex={-1}>
        {dataset.error ? (
          <AsyncState loading={false} error={dataset.error} onRetry={dataset.reload} />
        ) : (
          <Suspense fallback={<AsyncState loading />}>{page}</Suspense>
        )}
      </main>
    </>
  );
}
