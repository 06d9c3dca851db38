import { GET_PREFECTURES } from '../graphql/queries/getPrefectures';
import { useQuery } from '../hooks/useQuery';
import { useRegion } from '../hooks/useRegion';
import { useI18n } from '../i18n/useI18n';
import { SelectField } from './SelectField';

export type PrefectureSelectProps = { value: string | null; onChange: (code: string) => void };

export function PrefectureSelect({ value, onChange }: PrefectureSelectProps) {
  const { t } = useI18n();
  const { data } = useQuery(GET_PREFECTURES);
  const options = (data?.regions ?? []).map((r) => ({ value: r.code, label: r.path || r.name }));
  const missing = value !== null && !options.some((o) => o.value === value);
  // A province's board (/?pref=<province>) is not in the prefecture list: named from the region the page reads anyway.
  const region = useRegion(missing ? value : null);
  if (missing && value) options.unshift({ value, label: region.data?.path || region.data?.name || value });

  return <SelectField label={t('prefecture')} value={value ?? ''} options={options} onChange={onChange} testId="prefecture-select" searchable />;
}
