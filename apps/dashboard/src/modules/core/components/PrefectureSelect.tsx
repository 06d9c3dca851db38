import { GET_PREFECTURES } from '../graphql/queries/getPrefectures';
import { useQuery } from '../hooks/useQuery';
import { useI18n } from '../i18n/useI18n';
import { type RegionRef } from '../types/api';
import { SelectField } from './SelectField';

export type PrefectureSelectProps = { value: string | null; onChange: (code: string) => void };

export function PrefectureSelect({ value, onChange }: PrefectureSelectProps) {
  const { t } = useI18n();
  const { data } = useQuery<{ regions: Array<RegionRef & { path: string }> }>(GET_PREFECTURES);
  const options = (data?.regions ?? []).map((r) => ({ value: r.code, label: r.path || r.name }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });

  return <SelectField label={t('prefecture')} value={value ?? ''} options={options} onChange={onChange} testId="prefecture-select" />;
}
