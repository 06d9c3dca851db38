import { RULE_MODES, RULES_BY_ID, type RuleId, T2_LAYOUT, type T2Row, T3_COLUMNS, type TemplateId, type TemplateVersion, t3Key } from '@gongkai/domain';

import { type Finding } from '../model/parsed-report';
import { type RuleValues, getterOf, operand, show, sum } from './read-value';

/** One year of one issuer, as stored: a ParsedReport or the values read back from the database. */
export type YearReport = { year: number | null; template: TemplateId; values: RuleValues };

/** These read no blank as 0, so a lenient reading fails them alike: both modes. */
function finding(rule: RuleId, cells: string[], expected: string, actual: string, messageZh: string, messageEn: string): Finding {
  return { rule, severity: RULES_BY_ID.get(rule)?.severity ?? 'WARN', modes: [...RULE_MODES], cells, expected, actual, messageZh, messageEn };
}

/** Table 2 rows of a template by id, with the labels messages name them by (never the internal id). */
function t2Rows(template: TemplateVersion, ids: readonly string[]): T2Row[] {
  const rows = T2_LAYOUT[template].flatMap((block) => block.rows);

  return ids.flatMap((id) => rows.filter((row) => row.id === id).slice(0, 1));
}

const T2_2021_STOCK_ROWS = t2Rows('gb2021', ['reg', 'nd']);
const T2_2019_ITEM_ROWS = t2Rows('gb2019', ['license', 'othersvc', 'penalty', 'coercion', 'fee']);

/**
 * Every metric key validateCrossYear reads, of either year: a store loads only these of a stored neighbour
 * (about 30 of its 265 values).
 */
export const CROSS_YEAR_OPERAND_KEYS: readonly string[] = [
  ...T3_COLUMNS.flatMap((column) => [t3Key('carried_out', column.id), t3Key('carried_in', column.id)]),
  ...T2_2021_STOCK_ROWS.flatMap(({ id: row }) => [`t2_${row}_in_force`, `t2_${row}_issued`, `t2_${row}_repealed`]),
  ...T2_2019_ITEM_ROWS.flatMap(({ id: row }) => [`t2_${row}_items_prev`, `t2_${row}_items_delta`]),
];

/**
 * Cross-year rules of spec §6 between consecutive reports of the same issuer (the caller makes sure it is
 * the same issuer): XY_T3_CARRY (also across the 2020→2021 template change), XY_T2_2021_STOCK (both
 * GB2021) and XY_T2_2019_ITEMS (both GB2019). Unknown operands skip the check. Cell keys name the
 * current year's cells; `prev:` marks the previous year's.
 */
export function validateCrossYear(previous: YearReport, current: YearReport): Finding[] {
  const out: Finding[] = [];
  if (previous.year === null || current.year === null || current.year !== previous.year + 1) return out;
  if (previous.template === 'nonstandard' || current.template === 'nonstandard') return out;
  const before = getterOf(previous.values);
  const after = getterOf(current.values);
  const prev = (key: string) => operand(before, key, 'strict', false);
  const cur = (key: string) => operand(after, key, 'strict', false);

  for (const column of T3_COLUMNS) {
    const before = prev(t3Key('carried_out', column.id));
    const now = cur(t3Key('carried_in', column.id));
    if (before === null || now === null || before === now) continue;
    out.push(
      finding('XY_T3_CARRY', [t3Key('carried_in', column.id), `prev:${t3Key('carried_out', column.id)}`], show(before), show(now),
        `表三“${column.label}”列：${current.year}年上年结转 ${show(now)} ≠ ${previous.year}年结转下年度 ${show(before)}`,
        `Table 3, column "${column.en}": ${current.year} carried in ${show(now)} ≠ ${previous.year} carried out ${show(before)}`),
    );
  }

  if (previous.template === 'gb2021' && current.template === 'gb2021') {
    for (const { id: row, label: zh, en } of T2_2021_STOCK_ROWS) {
      const stock = prev(`t2_${row}_in_force`);
      const issued = cur(`t2_${row}_issued`);
      const repealed = cur(`t2_${row}_repealed`);
      const inForce = cur(`t2_${row}_in_force`);
      const expected = stock === null || issued === null || repealed === null ? null : stock + issued - repealed;
      if (expected === null || inForce === null || expected === inForce) continue;
      out.push(
        finding('XY_T2_2021_STOCK', [`t2_${row}_in_force`, `t2_${row}_issued`, `t2_${row}_repealed`, `prev:t2_${row}_in_force`], show(expected), show(inForce),
          `表二“${zh}”：${current.year}年现行有效 ${show(inForce)} ≠ 上年现行有效 ${show(stock)} + 本年制发 ${show(issued)} − 本年废止 ${show(repealed)}`,
          `Table 2 ${en}: in force ${show(inForce)} ≠ last year's ${show(stock)} + issued ${show(issued)} − repealed ${show(repealed)}`),
      );
    }
  }

  if (previous.template === 'gb2019' && current.template === 'gb2019') {
    for (const { id: row, label: zh, en } of T2_2019_ITEM_ROWS) {
      const expected = sum([prev(`t2_${row}_items_prev`), prev(`t2_${row}_items_delta`)]);
      const now = cur(`t2_${row}_items_prev`);
      if (expected === null || now === null || expected === now) continue;
      out.push(
        finding('XY_T2_2019_ITEMS', [`t2_${row}_items_prev`, `prev:t2_${row}_items_prev`, `prev:t2_${row}_items_delta`], show(expected), show(now),
          `表二“${zh}”：${current.year}年上一年项目数量 ${show(now)} ≠ ${previous.year}年上一年项目数量 + 本年增/减 = ${show(expected)}`,
          `Table 2 ${en}: ${current.year} items last year ${show(now)} ≠ ${previous.year} items + delta = ${show(expected)}`),
      );
    }
  }

  return out;
}
