import { T2_LAYOUT, T3_COLUMNS, T3_GROUP_LABELS, T3_LABEL_ONLY, T3_ROWS, T4_GROUPS, T4_OUTCOMES, t3Key, t4Key, type TemplateVersion } from '@gongkai/domain';

import { type Finding, type ReportValue } from '../../core/types/api';

export type TableCell = { key: string; value: ReportValue | null; findings: Finding[] };
export type LabelRow = { kind: 'label'; label: string; indent: number };
export type DataRow = { kind: 'data'; label: string; indent: number; cells: TableCell[] };
export type TableRow = LabelRow | DataRow;

export type Table2Block = { caption: string; columns: string[]; rows: DataRow[] };
export type ReportTables = {
  table2: Table2Block[];
  table3: { columns: string[]; rows: TableRow[] };
  table4: { groups: Array<{ label: string; parent: string | null }>; outcomes: string[]; cells: TableCell[] };
  /** Findings whose cells are not in the printed tables (cross-year, narrative, metadata). */
  otherFindings: Finding[];
};

/**
 * The three tables laid out as the template prints them (labels from @gongkai/domain), each cell
 * with its stored value (raw text and state) and the findings that involve it.
 */
/** A value the report prints (a number, a blank cell or "/"), as opposed to one we derived or do not hold. */
function isReported(value: ReportValue | undefined): boolean {
  return value !== undefined && value.state !== 'derived';
}

export function buildReportTables(template: TemplateVersion, values: readonly ReportValue[], findings: readonly Finding[]): ReportTables {
  const byKey = new Map(values.map((v) => [v.key, v]));
  const placed = new Set<string>();
  const cell = (key: string): TableCell => {
    placed.add(key);

    return { key, value: byKey.get(key) ?? null, findings: findings.filter((f) => f.cells.includes(key)) };
  };

  const table2 = T2_LAYOUT[template].map((block) => ({
    caption: block.caption,
    columns: block.columns.map((c) => c.label),
    rows: block.rows.map((row) => ({ kind: 'data' as const, label: row.label, indent: 0, cells: block.columns.map((c) => cell(`t2_${row.id}_${c.id}`)) })),
  }));

  const t3Rows: TableRow[] = [];
  const seenGroups = new Set<string>();
  // A GB2021 report that prints （六）其他处理 as one row (the 2019 layout) is shown as printed: that row with its
  // numbers, not three empty sub-rows under a label. The parser stores such a row as reported other_total.
  const otherPrintedAsOneRow = template === 'gb2021' && T3_COLUMNS.some((c) => isReported(byKey.get(t3Key('other_total', c.id))));
  const showsRow = (row: (typeof T3_ROWS)[number]) => {
    if (otherPrintedAsOneRow && row.group === 'other') return row.id === 'other_total';

    // Otherwise GB2021 keeps （六）其他处理 as a label over its three sub-items.
    return row.versions.includes(template);
  };
  for (const row of T3_ROWS) {
    if (!showsRow(row)) continue;
    if (row.id === 'granted') t3Rows.push({ kind: 'label', label: T3_LABEL_ONLY.results, indent: 0 });
    if (row.group !== 'top' && row.group !== 'result' && !seenGroups.has(row.group) && row.id !== 'other_total') {
      seenGroups.add(row.group);
      t3Rows.push({ kind: 'label', label: T3_GROUP_LABELS[row.group].label, indent: 1 });
    }
    const indent = row.group === 'top' ? 0 : row.group === 'result' || row.id === 'other_total' ? 1 : 2;
    t3Rows.push({ kind: 'data', label: row.label, indent, cells: T3_COLUMNS.map((c) => cell(t3Key(row.id, c.id))) });
  }

  const table4 = {
    groups: T4_GROUPS.map((g) => ({ label: g.label, parent: g.id === 'review' ? null : '行政诉讼' })),
    outcomes: T4_OUTCOMES.map((o) => o.label),
    cells: T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => cell(t4Key(g.id, o.id)))),
  };

  return {
    table2,
    table3: { columns: T3_COLUMNS.map((c) => c.label), rows: t3Rows },
    table4,
    otherFindings: findings.filter((f) => f.cells.length === 0 || f.cells.every((k) => !placed.has(k))),
  };
}
