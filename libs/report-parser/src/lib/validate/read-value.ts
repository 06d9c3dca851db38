import Decimal from 'decimal.js';

import { type RuleMode } from '@gongkai/domain';

/** The least a value needs for the rules: its exact decimal (or null) and its state. */
export type RuleValue = { value: string | null; state?: string; flags?: readonly string[] };
export type RuleValues = Readonly<Record<string, RuleValue | undefined>>;

/**
 * A value as a rule operand (spec §6, end). strict: blank is unknown. lenient: a blank cell that is not a
 * total counts as 0 (Table 3 applicant columns, Table 4 outcomes); a blank total stays unknown.
 * Not-applicable ('/', '-') is never 0.
 */
export function operand(values: RuleValues, key: string, mode: RuleMode, zeroWhenBlank: boolean): Decimal | null {
  const v = values[key];
  if (!v) return null;
  if (v.value !== null && v.value !== undefined) {
    try {
      return new Decimal(v.value);
    } catch {
      return null;
    }
  }
  if (mode === 'lenient' && zeroWhenBlank && v.state === 'blank' && !(v.flags ?? []).includes('missing')) return new Decimal(0);

  return null;
}

export function sum(parts: readonly (Decimal | null)[]): Decimal | null {
  let total = new Decimal(0);
  for (const part of parts) {
    if (part === null) return null;
    total = total.plus(part);
  }

  return total;
}

export function show(value: Decimal | null): string {
  return value === null ? '?' : value.toFixed();
}
