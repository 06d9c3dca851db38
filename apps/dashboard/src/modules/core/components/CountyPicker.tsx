import { useI18n } from '../i18n/useI18n';
import { type RegionRef } from '../types/api';

export type CountyPickerProps = { counties: readonly RegionRef[]; selected: readonly string[]; onChange: (codes: string[]) => void; max?: number; label?: string };

/** Checkboxes for counties (keyboard: Tab to move, Space to toggle). */
export function CountyPicker({ counties, selected, onChange, max = 10, label }: CountyPickerProps) {
  const { t } = useI18n();
  const handleToggle = (code: string) => {
    if (selected.includes(code)) onChange(selected.filter((c) => c !== code));
    else if (selected.length < max) onChange([...selected, code]);
  };

  return (
    <fieldset className="field" data-testid="county-picker">
      <legend className="field-label">{label ?? t('selectCounties')}</legend>
      <div className="picker-actions">
        <button type="button" className="button small" onClick={() => onChange(counties.slice(0, max).map((c) => c.code))} disabled={counties.length === 0} data-testid="county-select-all">
          {counties.length > max ? t('selectAllMax', { n: max }) : t('selectAll')}
        </button>
        <button type="button" className="button small" onClick={() => onChange([])} disabled={selected.length === 0} data-testid="county-select-none">
          {t('selectNone')}
        </button>
      </div>
      <div className="checkbox-list">
        {counties.map((county) => (
          <label key={county.code} className="checkbox">
            <input
              type="checkbox"
              checked={selected.includes(county.code)}
              disabled={!selected.includes(county.code) && selected.length >= max}
              onChange={() => handleToggle(county.code)}
              value={county.code}
            />
            {county.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
