import { METRICS, type MetricCategory } from '@gongkai/domain';

import { useI18n } from '../i18n/useI18n';
import { SelectField } from './SelectField';

export type MetricSelectProps = { value: string; onChange: (key: string) => void; label?: string; testId?: string; placeholder?: string };

const CATEGORY_ORDER: readonly MetricCategory[] = ['requests', 'documents', 'license', 'other_services', 'penalty', 'coercion', 'fee', 'procurement', 'review_litigation'];

/** Every metric of the catalogue, grouped by table (CATEGORY_LABELS). */
export function MetricSelect({ value, onChange, label, testId = 'metric-select', placeholder }: MetricSelectProps) {
  const { t, lang, categoryLabel } = useI18n();
  const options = CATEGORY_ORDER.flatMap((category) =>
    METRICS.filter((m) => m.category === category).map((m) => ({ value: m.key, label: lang === 'en' ? m.labelEn : m.labelZh, group: categoryLabel(category) })),
  );

  if (placeholder !== undefined) options.unshift({ value: '', label: placeholder, group: '' });

  return <SelectField label={label ?? t('metric')} value={value} options={options} onChange={(key) => key && onChange(key)} testId={testId} searchable />;
}
