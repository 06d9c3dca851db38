import { T3_COLUMNS, T4_GROUPS, T4_OUTCOMES, t3Key, t4Key } from '@gongkai/domain';

import { type ParsedReport, type ParsedValue } from '../lib/model/parsed-report';

/** corpus/real/<id>/expected.json (see ../shared/corpus/README.md). */
export type Expected = {
  id: string;
  title: string;
  issuer: string;
  year: number;
  template: string;
  published_on: string | null;
  t2: Record<string, number | string | null>;
  t2_extra?: Record<string, (number | string | null)[]>;
  t3: Record<string, (number | string | null)[]>;
  t4: { values: (number | string | null)[] };
  failing_rules: string[];
};

/** Corpus key → catalogue key: money keys in expected.json name the printed unit, the catalogue stores 元. */
export const MONEY_KEYS: Record<string, string> = { t2_procure_amount: 't2_procure_amount_yuan', t2_fee_amount_wan: 't2_fee_amount_yuan' };

/** A parsed value in expected.json's vocabulary: number, null (blank), "NA" (not applicable), or the printed money string. */
export function asExpected(value: ParsedValue | undefined, money: boolean): number | string | null | undefined {
  if (!value) return undefined;
  if (money) return value.flags.includes('missing') ? undefined : value.raw;
  if (value.state === 'blank') return value.flags.includes('missing') ? undefined : null;
  if (value.state === 'na') return 'NA';

  return value.value === null ? undefined : Number(value.value);
}

/** Every value of expected.json as read from the report, keyed `t2.<key>`, `t3.<row>.<col>`, `t4.<i>`. */
export function readAsExpected(report: ParsedReport, expected: Expected): { got: Record<string, unknown>; want: Record<string, unknown> } {
  const got: Record<string, unknown> = {};
  const want: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(expected.t2)) {
    const catalogueKey = MONEY_KEYS[key] ?? key;
    got[`t2.${key}`] = asExpected(report.values[catalogueKey], key in MONEY_KEYS);
    want[`t2.${key}`] = value;
  }
  for (const [row, cells] of Object.entries(expected.t3)) {
    T3_COLUMNS.forEach((c, i) => {
      got[`t3.${row}.${c.id}`] = asExpected(report.values[t3Key(row, c.id)], false);
      want[`t3.${row}.${c.id}`] = cells[i];
    });
  }
  T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => t4Key(g.id, o.id))).forEach((key, i) => {
    got[`t4.${i}`] = asExpected(report.values[key], false);
    want[`t4.${i}`] = expected.t4.values[i];
  });

  return { got, want };
}

/** Share of expected values read exactly, and the keys read otherwise. */
export function accuracy(report: ParsedReport, expected: Expected): { right: number; total: number; wrong: string[] } {
  const { got, want } = readAsExpected(report, expected);
  const wrong = Object.keys(want).filter((k) => got[k] !== want[k]);

  return { right: Object.keys(want).length - wrong.length, total: Object.keys(want).length, wrong };
}
