import { useState } from 'react';

import { useI18n } from '../../core/i18n/useI18n';
import { registeredCharts } from '../utils/chartRegistry';

export type BriefingButtonProps = { title: string; fileName: string };

/** Exports every chart of the current page as one .pptx, a native (editable) chart per slide. */
export function BriefingButton({ title, fileName }: BriefingButtonProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const handleClick = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { buildPageSlides } = await import('../utils/buildPageSlides');
      await buildPageSlides(registeredCharts(), title, fileName);
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
