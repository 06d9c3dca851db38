import { useState } from 'react';

import { useI18n } from '../../core/i18n/useI18n';
import { registeredCharts } from '../utils/chartRegistry';

export type BriefingButtonProps = { title: string; coverLines: readonly string[]; fileName: string };

/** Exports every chart of the current page into one PDF (cover + one page per chart). */
export function BriefingButton({ title, coverLines, fileName }: BriefingButtonProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const handleClick = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { buildBriefingPdf } = await import('../utils/buildBriefingPdf');
      await buildBriefingPdf(registeredCharts(), title, coverLines, fileName);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void handleClick()} data-testid="export-briefing">
        {busy ? t('exporting') : t('exportBriefing')}
      </button>
      {failure && (
        <span className="state-error" role="alert">
          {failure}
        </span>
      )}
    </>
  );
}
