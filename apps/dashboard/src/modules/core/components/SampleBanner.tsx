import { useI18n } from '../i18n/useI18n';

export type SampleBannerProps = { sampleCount: number };

/** Persistent: shown on every page as long as the data include generated sample reports. */
export function SampleBanner({ sampleCount }: SampleBannerProps) {
  const { t } = useI18n();
  if (sampleCount <= 0) return null;

  return (
    <div className="sample-banner" role="note" data-testid="sample-banner">
      {t('sampleBanner', { n: sampleCount })}
    </div>
  );
}
