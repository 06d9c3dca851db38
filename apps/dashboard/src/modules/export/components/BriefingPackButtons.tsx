import { useState } from 'react';

import { useI18n } from '../../core/i18n/useI18n';
import { downloadBlob } from '../utils/download';

export type BriefingPackButtonsProps = { prefecture: string; year: number; metric: string };

type Format = 'pptx' | 'pdf';

/** The api's answer's file name (RFC 5987 filename*), else a plain one. */
function fileNameOf(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];

  return encoded ? decodeURIComponent(encoded) : fallback;
}

/**
 * The prefecture-year briefing pack, downloaded from GET /api/briefing: the same file a script gets, so the
 * button and the api can never disagree. Errors show the api's Chinese message (e.g. a server without CJK font).
 */
export function BriefingPackButtons({ prefecture, year, metric }: BriefingPackButtonsProps) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const handleClick = async (format: Format) => {
    setBusy(format);
    setFailure(null);
    try {
      const query = new URLSearchParams({ prefecture, year: String(year), format, metric });
      const res = await fetch(`/api/briefing?${query.toString()}`);
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as {
          error?: { message?: string; messageZh?: string };
        } | null;
        throw new Error(
          (lang === 'zh' ? body?.error?.messageZh : undefined) ??
            body?.error?.message ??
            `HTTP ${res.status}`,
        );
      }
      downloadBlob(await res.blob(), fileNameOf(res, `briefing_${prefecture}_${year}.${format}`));
    } catch (error) {
      setFailure(t('briefingFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="toolbar" role="group" aria-label={t('exportBriefingPptx')}>
      {(['pptx', 'pdf'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void handleClick(format)}
          data-testid={`export-briefing-${format}`}
        >
          {busy === format
            ? t('exporting')
            : t(format === 'pptx' ? 'exportBriefingPptx' : 'exportBriefingPdf')}
        </button>
      ))}
      {failure && (
        <span className="state-error" role="alert">
          {failure}
        </span>
      )}
    </div>
  );
}
