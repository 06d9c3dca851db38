import { type RuleId, type TemplateVersion } from '@gongkai/domain';

import { templateKeys } from './keys';
import { type ExpectedValue } from './model';

/**
 * The ERROR rules of spec §6 evaluated in strict mode (a blank, '/' or collapsed operand makes the rule
 * unknown, and an unknown rule is skipped). Plain integer arithmetic on the expected values: this is the
 * generator's own check, independent of the parser.
 */
export function strictFailingRules(values: Readonly<Record<string, ExpectedValue>>, template: TemplateVersion): RuleId[] {
  const num = (key: string): number | null => {
    const v = values[key];
    if (!v || v.state !== 'number' || v.value === null) return null;

    return Number(v.value);
  };
  const failing = new Set<RuleId>();
  const k = templateKeys(template);
  const rowIndex = new Map(k.t3Rows.map((r, i) => [r.id, i]));
  const key = (row: string, col: number) => (k.t3[rowIndex.get(row) as number] as readonly string[])[col] as string;
  const outcomeRows = k.outcomeRowIds;

  for (let col = 0; col < 7; col++) {
    const a = num(key('new_received', col));
    const b = num(key('carried_in', col));
    const c = num(key('result_total', col));
    const d = num(key('carried_out', col));
    if (a !== null && b !== null && c !== null && d !== null && a + b !== c + d) failing.add('T3_BALANCE');

    if (c !== null) {
      let sum = 0;
      let known = true;
      for (const r of outcomeRows) {
        const p = num(key(r, col));
        if (p === null) {
          known = false;
          break;
        }
        sum += p;
      }
      if (known && sum !== c) failing.add('T3_RESULT_SUM');
    }
  }
  for (const rowKeys of k.t3) {
    const tot = num(rowKeys[6] as string);
    let sum = 0;
    let known = tot !== null;
    for (let col = 0; col < 7; col++) {
      const v = num(rowKeys[col] as string);
      if (v !== null && (v < 0 || !Number.isInteger(v))) failing.add('T3_INT_NONNEG');
      if (col < 6) {
        if (v === null) known = false;
        else sum += v;
      }
    }
    if (known && sum !== tot) failing.add('T3_ROW_TOTAL');
  }
  for (const groupKeys of k.t4) {
    const vals = groupKeys.map(num);
    for (const v of vals) if (v !== null && (v < 0 || !Number.isInteger(v))) failing.add('T4_INT_NONNEG');
    const total = vals[4];
    const parts = vals.slice(0, 4);
    if (total !== null && total !== undefined && parts.every((p) => p !== null)) {
      const sum = parts.reduce<number>((s, p) => s + (p as number), 0);
      if (sum !== total) failing.add('T4_GROUP_TOTAL');
    }
  }
  for (const [key, v] of Object.entries(values)) {
    if (!key.startsWith('t2_') || v.state !== 'number' || v.value === null) continue;
    const n = Number(v.value);
    const signed = key.endsWith('_items_delta');
    if ((!signed && n < 0) || (!key.includes('amount') && !Number.isInteger(n))) failing.add('T2_INT_NONNEG');
  }

  // Stable order: the order of RULES in the catalogue.
  const order: RuleId[] = ['T3_BALANCE', 'T3_ROW_TOTAL', 'T3_RESULT_SUM', 'T3_INT_NONNEG', 'T4_GROUP_TOTAL', 'T4_INT_NONNEG', 'T2_INT_NONNEG'];

  return order.filter((r) => failing.has(r));
}
