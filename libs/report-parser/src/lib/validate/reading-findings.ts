import { RULE_MODES, RULES_BY_ID, type RuleId } from '@gongkai/domain';

import { type AmbiguousRow, type ExtraRow, type Finding } from '../model/parsed-report';

const TABLE_ZH = { t2: '表二', t3: '表三', t4: '表四' } as const;

/** How a table was read does not depend on how a rule reads blanks: these hold in both modes. */
function finding(rule: RuleId, table: 't2' | 't3' | 't4', cells: string[], expected: string, actual: string, messageZh: string, messageEn: string): Finding {
  return { rule, table, severity: RULES_BY_ID.get(rule)?.severity ?? 'ERROR', modes: [...RULE_MODES], cells, expected, actual, messageZh, messageEn };
}

const shown = (cells: readonly string[]) => cells.map((c) => (c === '' ? '␣' : c)).join(' | ');

/**
 * Findings about how the tables were read rather than what they say: rows carrying numbers under a label
 * the template does not have (UNMATCHED_ROW), rows whose cells could not be placed in their columns
 * (ROW_CELLS_AMBIGUOUS). Both are evidence that values may be missing or misplaced.
 */
export function readingFindings(extraRows: readonly ExtraRow[], ambiguous: readonly AmbiguousRow[]): Finding[] {
  const out: Finding[] = [];
  for (const row of extraRows) {
    out.push(
      finding(
        'UNMATCHED_ROW',
        row.table,
        [],
        // Neither side in words: expected and actual are shown beside the Chinese and the English message alike.
        '—',
        `${row.label}: ${shown(row.cells)}`,
        `${TABLE_ZH[row.table]}中“${row.label}”一行带有数值（${shown(row.cells)}），但不是模板中的行`,
        `Table ${row.table.slice(1)}: row '${row.label}' carries values (${shown(row.cells)}) but matches no template row`,
      ),
    );
  }
  for (const row of ambiguous) {
    out.push(
      finding(
        'ROW_CELLS_AMBIGUOUS',
        row.table,
        row.keys,
        String(row.keys.length),
        `${row.cells.length}: ${shown(row.cells)}`,
        `${TABLE_ZH[row.table]}“${row.label}”一行有 ${row.cells.length} 个数值单元格（${shown(row.cells)}），应为 ${row.keys.length} 个，无法确定各自所属的列，未读取`,
        `Table ${row.table.slice(1)}, row '${row.label}': ${row.cells.length} value cells (${shown(row.cells)}) for ${row.keys.length} columns; which is which cannot be told, not read`,
      ),
    );
  }

  return out;
}

/** Rules whose findings mean the parser itself could not read everything: the report needs a person's look. */
const REVIEW_RULES: ReadonlySet<RuleId> = new Set(['TEMPLATE_CELLS_MISSING', 'ROW_CELLS_AMBIGUOUS', 'UNMATCHED_ROW']);

/** Whether a report needs review, and why (one line per reading finding, English as the notes are). */
export function reviewOf(findings: readonly Finding[]): { needsReview: boolean; reviewReasons: string[] } {
  const reasons = [...new Set(findings.filter((f) => REVIEW_RULES.has(f.rule)).map((f) => `${f.rule}: ${f.messageEn}`))];

  return { needsReview: reasons.length > 0, reviewReasons: reasons };
}
