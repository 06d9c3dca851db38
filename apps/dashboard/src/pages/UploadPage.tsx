import { useRef, useState } from 'react';

import { Link } from '../modules/core/components/Link';
import { clearQueryCache } from '../modules/core/hooks/useQuery';
import { useI18n } from '../modules/core/i18n/useI18n';
import { parseUploadResponse, type UploadOutcome } from '../modules/upload/utils/parseUploadResponse';
import { uploadFile } from '../modules/upload/utils/uploadFile';

const TOKEN_KEY = 'gongkai.token';
// .doc, .wps, .rtf and .odt are converted to .docx by the api's LibreOffice (Debian package libreoffice-writer).
const ACCEPT = '.txt,.html,.htm,.docx,.doc,.wps,.rtf,.odt,.pdf,.zip';

type Item = { id: number; file: File; progress: number; phase: 'waiting' | 'uploading' | 'done'; outcome?: UploadOutcome; region: string };

function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function UploadPage() {
  const { t, lang } = useI18n();
  const [token, setToken] = useState(readToken);
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

  const handleToken = (value: string) => {
    setToken(value);
    try {
      sessionStorage.setItem(TOKEN_KEY, value);
    } catch {
      // Private mode: the token then lives only in this page.
    }
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
    </div>
  );
}
