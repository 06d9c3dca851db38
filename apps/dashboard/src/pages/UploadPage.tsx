import { useEffect, useRef, useState } from 'react';

import { TEMPLATE_LABELS, type TemplateId } from '@gongkai/domain';

import { AuditLogPanel } from '../modules/audit/components/AuditLogPanel';
import { Link } from '../modules/core/components/Link';
import { graphqlRequest } from '../modules/core/graphql/graphqlRequest';
import { clearQueryCache } from '../modules/core/hooks/useQuery';
import { useStoredToken } from '../modules/core/hooks/useStoredToken';
import { useI18n } from '../modules/core/i18n/useI18n';
import { GET_UPLOAD_VIEWER, REMOVE_SAMPLE_DATA } from '../modules/upload/graphql/sampleData';
import { parseUploadResponse, type UploadOutcome, type UploadReplaced, type UploadSummary } from '../modules/upload/utils/parseUploadResponse';
import { uploadFile } from '../modules/upload/utils/uploadFile';

// .doc, .wps, .rtf and .odt are converted to .docx by the api's LibreOffice (Debian package libreoffice-writer).
// Scans: page images (one page each, or a zip of a report's pages) are read by OCR on the server.
const ACCEPT = '.txt,.html,.htm,.mht,.mhtml,.docx,.doc,.wps,.rtf,.odt,.pdf,.zip,.jpg,.jpeg,.png,.tif,.tiff';

type Item = { id: number; file: File; progress: number; phase: 'waiting' | 'uploading' | 'done'; outcome?: UploadOutcome; region: string };

function templateText(template: string, lang: 'zh' | 'en'): string {
  return template in TEMPLATE_LABELS ? TEMPLATE_LABELS[template as TemplateId][lang] : template;
}

/** What the api found in the stored document and what it replaced, in the uploader's words. */
function UploadSummaryView({ summary, replaced, reportId }: { summary: UploadSummary | null; replaced: UploadReplaced | null; reportId: string | null }) {
  const { t, lang } = useI18n();
  const date = (iso: string) => (iso ? iso.slice(0, 10) : '—');

  return (
    <ul className="upload-summary" data-testid="upload-summary">
      {summary && (
        <>
          <li data-testid="upload-issuer">
            {t('uploadIssuer')}：{summary.issuerName}
          </li>
          <li data-testid="upload-region">
            {t('uploadRegion')}：{summary.regionPath || summary.regionName}（{summary.regionCode}）
          </li>
          <li data-testid="upload-year">
            {t('uploadYear')}：{summary.year ?? '—'}
          </li>
          <li data-testid="upload-template">
            {t('uploadTemplate')}：{templateText(summary.template, lang)}
          </li>
          <li data-testid="upload-findings">
            {reportId ? (
              <Link to={{ name: 'report', id: reportId, params: {} }}>{t('uploadFindings', { n: summary.findingCount ?? '—' })}</Link>
            ) : (
              t('uploadFindings', { n: summary.findingCount ?? '—' })
            )}
          </li>
          {summary.sampleData && (
            <li>
              <span className="badge sample">{t('uploadIsSample')}</span>
            </li>
          )}
        </>
      )}
      {replaced && (
        <li className={replaced.sampleData ? 'upload-replaced-sample' : ''} data-testid="upload-replaced" data-sample={replaced.sampleData}>
          {t(replaced.sampleData ? 'uploadReplacedSample' : 'uploadReplaced', { file: replaced.fileName, date: date(replaced.ingestedAt) })}
        </li>
      )}
    </ul>
  );
}

/** Admin only: removes the whole demo set after a confirmation (GraphQL removeSampleData). */
function RemoveSamplePanel({ token }: { token: string }) {
  const { t } = useI18n();
  const [role, setRole] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    setRole(null);
    if (!token.trim()) return;
    graphqlRequest(GET_UPLOAD_VIEWER, {}, { token })
      .then((data) => live && setRole(data.viewer.role))
      .catch(() => live && setRole(null));

    return () => {
      live = false;
    };
  }, [token]);

  if (role !== 'admin') return null;

  const remove = async () => {
    if (!window.confirm(t('removeSampleConfirm'))) return;
    setBusy(true);
    setMessage(null);
    try {
      const data = await graphqlRequest(REMOVE_SAMPLE_DATA, {}, { token });
      clearQueryCache();
      setMessage({ ok: true, text: t('removeSampleDone', { n: data.removeSampleData }) });
    } catch (error) {
      setMessage({ ok: false, text: t('removeSampleFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card admin-panel" data-testid="remove-sample-panel">
      <h3>{t('removeSampleTitle')}</h3>
      <p className="muted">{t('removeSampleHint')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void remove()} data-testid="remove-sample">
        {t('removeSampleButton')}
      </button>
      {message && (
        <p className={message.ok ? 'state' : 'state state-error'} role={message.ok ? 'status' : 'alert'} data-testid="remove-sample-result">
          {message.text}
        </p>
      )}
    </section>
  );
}

export function UploadPage() {
  const { t, lang } = useI18n();
  const [token, handleToken] = useStoredToken();
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const nextId = useRef(1);

  const update = (id: number, patch: Partial<Item>) => setItems((list) => list.map((it) => (it.id === id ? { ...it, ...patch } : it)));

  const send = async (item: Item, region: string | null) => {
    update(item.id, { phase: 'uploading', progress: 0, outcome: undefined });
    try {
      const { status, body } = await uploadFile(item.file, token, region, (progress) => update(item.id, { progress }));
      const outcome = parseUploadResponse(status, body);
      update(item.id, { phase: 'done', progress: 1, outcome });
      if (outcome.kind === 'done') clearQueryCache();
    } catch {
      update(item.id, { phase: 'done', outcome: { kind: 'http', status: 0, messageZh: t('errorNetwork'), messageEn: t('errorNetwork') } });
    }
  };

  const handleFiles = async (files: FileList | File[]) => {
    if (!token.trim()) {
      setNotice(t('uploadNeedsToken'));

      return;
    }
    setNotice(null);
    const added = [...files].map((file) => ({ id: nextId.current++, file, progress: 0, phase: 'waiting' as const, region: '' }));
    setItems((list) => [...added, ...list]);
    // One request per file, one after another, so progress and results are per file.
    for (const item of added) await send(item, null);
  };

  return (
    <div className="page" data-testid="page-upload">
      <h1>{t('uploadTitle')}</h1>
      <div className="filters">
        <label className="field">
          <span className="field-label">{t('token')}</span>
          <input type="password" value={token} onChange={(e) => handleToken(e.target.value)} autoComplete="off" data-testid="token-input" size={40} />
          <span className="muted">{t('tokenHint')}</span>
        </label>
      </div>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        role="button"
        tabIndex={0}
        aria-label={t('uploadHint')}
        onClick={() => inputRef.current?.click()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            inputRef.current?.click();
          }
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void handleFiles(e.dataTransfer.files);
        }}
        data-testid="dropzone"
      >
        {t('uploadHint')}
        <input
          ref={inputRef}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          onChange={(e) => {
            if (e.target.files) void handleFiles(e.target.files);
            e.target.value = '';
          }}
          data-testid="file-input"
        />
      </div>
      {notice && (
        <p className="state state-error" role="alert">
          {notice}
        </p>
      )}
      <ul className="upload-list" aria-live="polite" data-testid="upload-list">
        {items.map((item) => {
          const outcome = item.outcome;
          let statusText = item.phase === 'waiting' ? t('waiting') : t('uploading');
          let statusClass = '';
          if (outcome?.kind === 'done') {
            statusText = t(outcome.status);
            statusClass = `upload-status-${outcome.status}`;
          } else if (outcome) {
            statusText = t('rejected');
            statusClass = 'upload-status-rejected';
          }

          return (
            <li key={item.id} data-testid="upload-item" data-status={outcome?.kind === 'done' ? outcome.status : outcome ? 'rejected' : item.phase}>
              <strong>{item.file.name}</strong>
              <progress className="progress" max={1} value={item.progress} aria-label={item.file.name} />
              <span className={statusClass}>{statusText}</span>
              {outcome?.kind === 'done' && outcome.reportId && <Link to={{ name: 'report', id: outcome.reportId, params: {} }}>{t('openReport')}</Link>}
              {outcome?.kind === 'done' && <UploadSummaryView summary={outcome.summary} replaced={outcome.replaced} reportId={outcome.reportId} />}
              {outcome?.kind === 'rejected' && <span>{lang === 'en' ? outcome.messageEn : outcome.messageZh}</span>}
              {outcome?.kind === 'http' && (
                <span>{outcome.status === 401 || outcome.status === 403 ? t('uploadUnauthorized', { status: outcome.status }) : lang === 'en' ? outcome.messageEn : outcome.messageZh}</span>
              )}
              {outcome?.kind === 'rejected' && outcome.candidates.length > 0 && (
                <span className="field">
                  <label>
                    {t('regionAmbiguous')}{' '}
                    <select value={item.region} onChange={(e) => update(item.id, { region: e.target.value })} data-testid="region-candidates">
                      <option value="">—</option>
                      {outcome.candidates.map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.path}（{c.code}）
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="button" className="button small" disabled={!item.region} onClick={() => void send(item, item.region)}>
                    {t('confirmRegion')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <RemoveSamplePanel token={token} />
      <AuditLogPanel token={token} />
    </div>
  );
}
