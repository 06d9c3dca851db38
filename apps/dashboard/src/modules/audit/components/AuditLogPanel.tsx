import { useEffect, useState } from 'react';

import { graphqlRequest } from '../../core/graphql/graphqlRequest';
import { useI18n } from '../../core/i18n/useI18n';
import { downloadBlob } from '../../export/utils/download';
import { type AuditLogEntry, GET_AUDIT_LOG } from '../graphql/queries/getAuditLog';
import { auditActionLabel, auditTargetLabel } from '../utils/auditActionLabel';

export type AuditLogPanelProps = { token: string };

/** Admin only: the latest writes of the audit trail, and the whole trail as CSV. Renders nothing for others. */
export function AuditLogPanel({ token }: AuditLogPanelProps) {
  const { t, lang } = useI18n();
  const [rows, setRows] = useState<AuditLogEntry[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setRows(null);
    setError(null);
    if (!token.trim()) return;
    graphqlRequest(GET_AUDIT_LOG, { first: 25 }, { token })
      .then((data) => {
        if (!live) return;
        setRows(data.auditLog.edges.map((e) => e.node));
        setTotal(data.auditLog.totalCount);
      })
      // Not an admin (FORBIDDEN) or no valid token: the panel is not for this person.
      .catch(() => live && setRows(null));

    return () => {
      live = false;
    };
  }, [token]);

  if (rows === null) return null;

  const handleDownload = async () => {
    setError(null);
    try {
      const res = await fetch('/api/audit-log.csv', { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      downloadBlob(await res.blob(), 'audit-log.csv');
    } catch (e) {
      setError(t('auditDownloadFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <section className="card admin-panel" data-testid="audit-log-panel">
      <h3>{t('auditTitle')}</h3>
      <p className="muted">{t('auditHint', { shown: rows.length, total })}</p>
      <button type="button" className="button" onClick={() => void handleDownload()} data-testid="audit-download">
        {t('auditDownload')}
      </button>
      {error && (
        <p className="state state-error" role="alert">
          {error}
        </p>
      )}
      <table className="data-table" data-testid="audit-log-table">
        <thead>
          <tr>
            <th>{t('auditTime')}</th>
            <th>{t('auditAction')}</th>
            <th>{t('auditActor')}</th>
            <th>{t('auditFrom')}</th>
            <th>{t('auditTarget')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-action={row.action}>
              <td>{row.occurredAt.replace('T', ' ').slice(0, 19)}</td>
              <td>{auditActionLabel(row.action, lang)}</td>
              <td>
                {row.actor}
                {row.actorRole ? `（${row.actorRole}）` : ''}
              </td>
              <td>{row.clientAddress ?? '—'}</td>
              <td>
                {auditTargetLabel(row.targetType, lang)}
                {row.regionCode ? ` · ${row.regionCode}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
