import { useId, useState } from 'react';

import { useI18n } from '../i18n/useI18n';

export type SelectOption = { value: string; label: string; group?: string };

export type SelectFieldProps = {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  testId?: string;
  /**
   * A filter box before the list, for long lists (333 prefectures, ~300 metrics): typing keeps the options whose
   * label, code or group contains the text; Enter picks the first match. The chosen option always stays listed.
   */
  searchable?: boolean;
};

/**
 * The options whose label, value or group contains `text` (case-insensitive) — `matching` — and what the list
 * shows: those, with the selected option kept in its place so the select never shows another value than its own.
 */
export function filterOptions(options: readonly SelectOption[], text: string, selected: string): { matching: SelectOption[]; shown: SelectOption[] } {
  const needle = text.trim().toLowerCase();
  if (!needle) return { matching: [...options], shown: [...options] };
  const hit = (o: SelectOption) => `${o.label}\u0000${o.value}\u0000${o.group ?? ''}`.toLowerCase().includes(needle);

  return { matching: options.filter((o) => o.value !== '' && hit(o)), shown: options.filter((o) => o.value === selected || hit(o)) };
}

/** A labelled native select (keyboard and screen-reader friendly), with optgroups when options carry a group. */
export function SelectField({ label, value, options, onChange, testId, searchable = false }: SelectFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const { matching, shown } = searchable ? filterOptions(options, text, value) : { matching: options, shown: options };
  const groups: Array<{ group: string | undefined; options: SelectOption[] }> = [];
  for (const option of shown) {
    const last = groups[groups.length - 1];
    if (last && (last.group || undefined) === (option.group || undefined)) last.options.push(option);
    else groups.push({ group: option.group, options: [option] });
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {searchable && (
        <input
          type="search"
          className="select-filter"
          value={text}
          placeholder={t('filterPlaceholder')}
          aria-label={t('filterLabel', { label })}
          aria-controls={id}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            const first = matching[0];
            if (event.key === 'Enter' && first) {
              event.preventDefault();
              onChange(first.value);
              setText('');
            }
          }}
          data-testid={testId ? `${testId}-filter` : undefined}
        />
      )}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        {groups.map((g, i) =>
          g.group ? (
            <optgroup key={`${g.group}-${i}`} label={g.group}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : (
            g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          ),
        )}
      </select>
      {searchable && text.trim() && (
        <span className="muted select-filter-count" role="status">
          {t('filterMatches', { n: matching.length })}
        </span>
      )}
    </div>
  );
}
