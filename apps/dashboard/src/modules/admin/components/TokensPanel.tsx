import { useState } from 'react';

import { graphqlRequest } from '../../core/graphql/graphqlRequest';
import { useI18n } from '../../core/i18n/useI18n';
import { type StringKey } from '../../core/i18n/constants/ZH_STRINGS';
import { CREATE_API_TOKEN } from '../graphql/mutations/createApiToken';
import { REVOKE_API_TOKEN } from '../graphql/mutations/revokeApiToken';
import { GET_API_TOKENS } from '../graphql/queries/getApiTokens';
import { useTokenQuery } from '../hooks/useTokenQuery';
import { errorText } from '../utils/errorText';
import { validateTokenForm, type TokenRole } from '../utils/validateTokenForm';

type ApiToken = { id: string; name: string; role: TokenRole; regionCode: string | null; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

const ROLE_KEYS: Record<TokenRole, StringKey> = { admin: 'roleAdmin', editor: 'roleEditor', viewer: 'roleViewer' };

export type TokensPanelProps = { token: string };

/** Admin only: the API tokens (create with role and region scope, list, revoke), through the running api. */
export function TokensPanel({ token }: TokensPanelProps) {
  const { t, lang } = useI18n();
  const list = useTokenQuery(GET_API_TOKENS, {}, token);
  const [role, setRole] = useState<TokenRole>('editor');
  const [regionCode, setRegionCode] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);
  const date = (iso: string | null) => (iso ? iso.replace('T', ' ').slice(0, 16) : '—');

  const handleCreate = async () => {
    const problem = validateTokenForm({ role, regionCode });
    if (problem) {
      setMessage({ ok: false, text: t(problem) });

      return;
    }
    setBusy(true);
    setMessage(null);
    setCreated(null);
    try {
      const data = await graphqlRequest(
        CREATE_API_TOKEN,
        { role, regionCode: regionCode.trim() || null, name: name.trim() || null },
        { token },
      );
      setCreated({ secret: data.createApiToken.secret, name: data.createApiToken.token.name });
      setName('');
      list.reload();
    } catch (error) {
      setMessage({ ok: false, text: t('tokenCreateFailed', { message: errorText(error, lang) }) });
    } finally {
      setBusy(false);
    }
  };

  const handleRevoke = async (target: ApiToken) => {
    if (!window.confirm(t('tokenRevokeConfirm', { name: target.name || target.id }))) return;
    setMessage(null);
    try {
      await graphqlRequest(REVOKE_API_TOKEN, { id: target.id }, { token });
      setMessage({ ok: true, text: t('tokenRevoked', { name: target.name || target.id }) });
      list.reload();
    } catch (error) {
      setMessage({ ok: false, text: t('tokenRevokeFailed', { message: errorText(error, lang) }) });
    }
  };

  return (
    <section className="card" data-testid="tokens-panel">
      <h2>{t('tokensTitle')}</h2>
      <p className="muted">{t('tokensHint')}</p>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          void handleCreate();
        }}
      >
        <label className="field">
          <span className="field-label">{t('tokenRole')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as TokenRole)} data-testid="token-role">
            {(Object.keys(ROLE_KEYS) as TokenRole[]).map((r) => (
              <option key={r} value={r}>
                {t(ROLE_KEYS[r])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('tokenRegion')}</span>
          <input value={regionCode} onChange={(e) => setRegionCode(e.target.value)} placeholder="540400" inputMode="numeric" size={8} data-testid="token-region" />
        </label>
        <label className="field">
          <span className="field-label">{t('tokenName')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} size={20} data-testid="token-name" />
        </label>
        <button type="submit" className="button" disabled={busy} data-testid="token-create">
          {t('tokenCreate')}
        </button>
      </form>
      {created && (
        <div className="state" role="status" data-testid="token-secret-box">
          <p>{t('tokenSecretOnce', { name: created.name })}</p>
          <code className="token-secret" data-testid="token-secret">
            {created.secret}
          </code>
        </div>
      )}
      {message && (
        <p className={message.ok ? 'state' : 'state state-error'} role={message.ok ? 'status' : 'alert'} data-testid="tokens-message">
          {message.text}
        </p>
      )}
      {list.error ? (
        <p className="state state-error" role="alert">
          {errorText(list.error, lang)}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="tokens-table">
            <thead>
              <tr>
                <th>{t('tokenName')}</th>
                <th>{t('tokenRole')}</th>
                <th>{t('tokenRegion')}</th>
                <th>{t('tokenCreatedAt')}</th>
                <th>{t('tokenLastUsed')}</th>
                <th>{t('tokenStatus')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {(list.data?.apiTokens ?? []).map((x) => (
                <tr key={x.id} data-testid="token-row" data-token-id={x.id} data-revoked={x.revokedAt !== null}>
                  <td>{x.name || '—'}</td>
                  <td>{t(ROLE_KEYS[x.role])}</td>
                  <td>{x.regionCode ?? t('tokenAllRegions')}</td>
                  <td>{date(x.createdAt)}</td>
                  <td>{date(x.lastUsedAt)}</td>
                  <td>{x.revokedAt ? t('tokenRevokedAt', { date: date(x.revokedAt) }) : t('tokenActive')}</td>
                  <td>
                    {!x.revokedAt && (
                      <button type="button" className="button" onClick={() => void handleRevoke(x)} data-testid="token-revoke">
                        {t('tokenRevoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
