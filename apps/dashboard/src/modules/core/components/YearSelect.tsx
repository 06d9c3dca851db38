import { SelectField } from './SelectField';

export type YearSelectProps = { label: string; value: number; years: readonly number[]; onChange: (year: number) => void; testId?: string };

export function YearSelect({ label, value, years, onChange, testId }: YearSelectProps) {
  const options = (years.includes(value) ? years : [...years, value].sort()).map((y) => ({ value: String(y), label: String(y) }));

  return <SelectField label={label} value={String(value)} options={options} onChange={(v) => onChange(Number(v))} testId={testId} />;
}
