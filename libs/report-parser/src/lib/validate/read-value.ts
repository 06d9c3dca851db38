import { type RuleMode } from '@gongkai/domain';

/** The least a value needs for the rules: its exact decimal (or null) and its state. */
export type RuleValue = { value: string | null; state?: string; flags?: readonly string[] };
export type RuleValues = Readonly<Record<string, RuleValue | undefined>> | ReadonlyMap<string, RuleValue>;

export type ValueGetter = (key: string) => RuleValue | undefined;

/** A getter over either a plain record (the public shape) or a Map (the parser's own, faster). */
export function getterOf(values: RuleValues): ValueGetter {
  if (values instanceof Map) return (key) => values.get(key);
  const record = values as Readonly<Record<string, RuleValue | undefined>>;

  return (key) => record[key];
}

/**
 * Rule arithmetic is on counts (Tables 2–4 items, decisions, applications, cases): integers. Integers
 * below 10^15 are exact JS numbers and so are their sums here, so no decimal objects are needed on this
 * hot path. A non-integer operand makes the check unknown; T*_INT_NONNEG reports such cells.
 */
const SAFE_INTEGER = /^-?\d{1,15}$/;

/**
 * A value as a rule operand (spec §6, end). strict: blank is unknown. lenient: a blank cell that is not a
 * total counts as 0 (Table 3 applicant columns, Table 4 outcomes); a blank total stays unknown.
 * Not-applicable ('/', '-') is never 0.
 */
export function operand(values: ValueGetter, key: string, mode: RuleMode, zeroWhenBlank: boolean): number | null {
  const v = values(key);
  if (!v) return null;
  if (v.value !== null && v.value !== undefined) return SAFE_INTEGER.test(v.value) ? Number(v.value) : null;
  if (mode === 'lenient' && zeroWhenBlank && v.state === 'blank' && !(v.flags ?? []).includes('missing')) return 0;

  return null;
}

export function sum(parts: readonly (number | null)[]): number | null {
  let total = 0;
  for (const part of parts) {
    if (part === null) return null;
    total += part;
  }

  return total;
}

export function show(value: number | null): string {
  return value === null ? '?' : String(value);
}
