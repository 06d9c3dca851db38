import { useId } from 'react';

export type SelectOption = { value: string; label: string; group?: string };

export type SelectFieldProps = {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  testId?: string;
};

/** A labelled native select (keyboard and screen-reader friendly), with optgroups when options carry a group. */
export function SelectField({ label, value, options, onChange, testId }: SelectFieldProps) {
  const id = useId();
  const groups: Array<{ group: string | undefined; options: SelectOption[] }> = [];
  for (const option of options) {
    const last = groups[groups.length - 1];
    if (last && (last.group || undefined) === (option.group || undefined)) last.options.push(option);
    else groups.push({ group: option.group, options: [option] });
  }

  return (
    <label className="field" htmlFor={id}>
      <span className="field-label">{label}</span>
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
    </label>
  );
}
