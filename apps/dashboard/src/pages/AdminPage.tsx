import { ReportsBrowser } from '../modules/admin/components/ReportsBrowser';
import { TokensPanel } from '../modules/admin/components/TokensPanel';
import { GET_VIEWER } from '../modules/admin/graphql/queries/getViewer';
import { useTokenQuery } from '../modules/admin/hooks/useTokenQuery';
import { errorText } from '../modules/admin/utils/errorText';
import { useStoredToken } from '../modules/core/hooks/useStoredToken';
import { useI18n } from '../modules/core/i18n/useI18n';


/** Administration without a terminal: tokens (admins) and the stored reports (everyone reads; admins and editors fix). */
export function AdminPage() {
  const { t, lang } = useI18n();
  const [token, setToken] = useStoredToken();
  const viewer = useTokenQuery(GET_VIEWER, {}, token);
  const role = viewer.data?.viewer.role ?? null;

  return (
    <div className="page" data-testid="page-admin">
      <h1>{t('adminTitle')}</h1>
      <div className="filters">
        <label className="field">
          <span className="field-label">{t('token')}</span>
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" data-testid="token-input" size={40} />
          <span className="muted">{t('tokenHint')}</span>
        </label>
      </div>
      <p className={viewer.error ? 'state state-error' : 'muted'} role={viewer.error ? 'alert' : undefined} data-testid="admin-viewer">
        {viewer.error
          ? errorText(viewer.error, lang)
          : role
            ? t('adminSignedInAs', { role: t(role === 'admin' ? 'roleAdmin' : role === 'editor' ? 'roleEditor' : 'roleViewer'), scope: viewer.data?.viewer.regionCode ?? t('tokenAllRegions') })
            : t('adminNeedsToken')}
      </p>
      {role === 'admin' && <TokensPanel token={token} />}
      <ReportsBrowser token={token} canWrite={role === 'admin' || role === 'editor'} />
    </div>
  );
}
