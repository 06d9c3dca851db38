import { type RuleMode } from '@gongkai/domain';

/** The least a value needs for the rules: its exact decimal (or null) and its state. */
export type RuleValue = { value: string | null; state?: string; flags?: readonly string[] };
export type RuleValues = Readonly<Record<string, RuleValue | undefined>> | ReadonlyMap<string, RuleValue>;

export type ValueGetter = ((key: string) => RuleValue | undefined) & { operands?: Map<string, Operand> };

/** A value read once for the rules: its integer (or null) and whether a lenient reading may take it as 0. */
type Operand = { n: number | null; blankable: boolean };

/**
 * A getter over either a plain record (the public shape) or a Map (the parser's own, faster). It carries
 * a per-validation memo of operands: the rules read the same cells many times, in two modes.
 */
export function getterOf(values: RuleValues): ValueGetter {
  const record = values as Readonly<Record<string, RuleValue | undefined>>;
  const get: ValueGetter = values instanceof Map ? (key: string) => values.get(key) : (key: string) => record[key];
  get.operands = new Map();

  return get;
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
  let read = values.operands?.get(key);
  if (!read) {
    const v = values(key);
    read =
      v && v.value !== null && v.value !== undefined
        ? { n: SAFE_INTEGER.test(v.value) ? Number(v.value) : null, blankable: false }
        : { n: null, blankable: v?.state === 'blank' && !(v.flags ?? []).includes('missing') };
    values.operands?.set(key, read);
  }
  if (read.n !== null) return read.n;

  return mode === 'lenient' && zeroWhenBlank && read.blankable ? 0 : null;
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
