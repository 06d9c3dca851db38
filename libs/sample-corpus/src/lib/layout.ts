import {
  T2_LAYOUT,
  T3_COLUMNS,
  T3_GROUP_LABELS,
  T3_LABEL_ONLY,
  T3_NOTE_LABEL,
  T3_ROWS,
  type T3Row,
  T4_GROUPS,
  T4_OUTCOMES,
  t3Key,
  t4Key,
} from '@gongkai/domain';

import { type SampleReport } from './model';
import { toTraditional } from './script';

/**
 * The printed document, independent of format: paragraphs in reading order and tables as rows of anchor
 * cells with rowspan/colspan (HTML order; slots covered by a merge are omitted). Every renderer walks
 * this one structure, so txt, HTML and docx of one sample always say the same thing.
 */
export type LayoutCell = { text: string; rowspan: number; colspan: number; value: boolean };
export type LayoutTable = { id: 't2' | 't3' | 't4'; columns: number; rows: LayoutCell[][] };
export type LayoutBlock =
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; text: string; indent: string }
  | { kind: 'paragraph'; text: string; indent: string; bookmark: boolean }
  | { kind: 'table'; table: LayoutTable }
  | { kind: 'signature'; lines: string[] };

export type SampleLayout = { title: string; blocks: LayoutBlock[] };

/** The marker the parser flags sampleData from; never converted, so detection does not depend on D13. */
export const SAMPLE_MARKER = '本文件为 Gongkai 生成的样例数据，不是真实报告。';

const cell = (text: string, rowspan = 1, colspan = 1, value = false): LayoutCell => ({ text, rowspan, colspan, value });

function spaced(label: string): string {
  return label.length <= 3 ? label.split('').join(' ') : `${label.slice(0, 2)} ${label.slice(2)}`;
}

/** In-cell line breaks as Word wraps narrow columns: '商业⏎企业', '结果⏎纠正'. */
function wrap(label: string, at: number): string {
  return label.length > at ? `${label.slice(0, at)}\n${label.slice(at)}` : label;
}

export function buildLayout(sample: SampleReport): SampleLayout {
  const { style, text, template } = sample;
  const conv = style.traditional ? toTraditional : (t: string) => t;
  const blocks: LayoutBlock[] = [];
  const value = (key: string) => cell(conv(sample.cells[key] ?? ''), 1, 1, true);

  blocks.push({ kind: 'title', lines: sample.titleLines.map(conv) });
  blocks.push({ kind: 'paragraph', text: `${conv(text.preamble.replace(SAMPLE_MARKER, ''))}${SAMPLE_MARKER}`, indent: '    ', bookmark: false });

  const heading = (i: number) => blocks.push({ kind: 'heading', text: conv(text.headings[i] as string), indent: style.headingIndent[i] ?? '' });
  const paragraphs = (list: readonly string[], indent: string, bookmarkFirst = false) =>
    list.forEach((p, i) => blocks.push({ kind: 'paragraph', text: conv(p), indent, bookmark: bookmarkFirst && i === 0 }));

  heading(0);
  paragraphs(text.overview, '', style.bookmark);
  heading(1);

  // ---------------------------------------------------------------- Table 2 (grid of 4)
  const t2: LayoutCell[][] = [];
  for (const block of T2_LAYOUT[template]) {
    t2.push([cell(conv(block.caption), 1, 4)]);
    const span = block.columns.length === 1 ? 3 : block.columns.length === 2 ? [1, 2] : [1, 1, 1];
    const colspanOf = (k: number) => (typeof span === 'number' ? span : (span[k] ?? 1));
    t2.push([
      cell(conv('信息内容')),
      ...block.columns.map((c, k) => {
        const label = style.wrapNewMade && c.label.startsWith('本年新') ? `本年新\n${c.label.slice(3)}` : c.label;
        return cell(conv(label), 1, colspanOf(k));
      }),
    ]);
    for (const row of block.rows) {
      t2.push([cell(conv(row.label)), ...block.columns.map((c, k) => ({ ...value(`t2_${row.id}_${c.id}`), colspan: colspanOf(k) }))]);
    }
  }
  blocks.push({ kind: 'table', table: { id: 't2', columns: 4, rows: t2 } });

  // ---------------------------------------------------------------- Table 3 (grid of 10)
  heading(2);
  const colLabel = (label: string) => {
    if (style.spacedLabels) return spaced(label);
    if (style.wrappedLabels && label.length >= 4) return wrap(label, 2);

    return label;
  };
  const t3: LayoutCell[][] = [
    [cell(conv(T3_NOTE_LABEL), 3, 3), cell(conv(T3_LABEL_ONLY.applicants), 1, 7)],
    [cell(conv(colLabel(T3_COLUMNS[0]?.label ?? '自然人')), 2, 1), cell(conv(T3_LABEL_ONLY.org), 1, 5), cell(conv('总计'), 2, 1)],
    T3_COLUMNS.slice(1, 6).map((c) => cell(conv(colLabel(c.label)))),
  ];
  const rows = T3_ROWS.filter((r) => r.versions.includes(template));
  const values7 = (row: T3Row): LayoutCell[] => {
    if (sample.collapsedRows.includes(row.id)) {
      return [cell('0', 1, 1, true), ...Array.from({ length: 6 }, () => cell('', 1, 1, true))];
    }

    return T3_COLUMNS.map((c) => value(t3Key(row.id, c.id)));
  };
  const resultRows = rows.filter((r) => r.group !== 'top').length - 0;
  const groupSize = (g: T3Row['group']) => rows.filter((r) => r.group === g).length;
  let resultOpened = false;
  let lastGroup = '';
  const rowLabel = (label: string) => (style.wrappedLabels && label.length > 24 ? wrap(label, label.indexOf('、') + 1 || 20) : label);
  for (const row of rows) {
    const out: LayoutCell[] = [];
    if (row.group === 'top') {
      out.push(cell(conv(row.label), 1, 3));
    } else {
      if (!resultOpened) {
        const resultLabel = style.wrappedLabels ? '三、本\n年度办\n理结果' : T3_LABEL_ONLY.results;
        out.push(cell(conv(resultLabel), resultRows, 1));
        resultOpened = true;
      }
      const single = row.group === 'result' || (row.group === 'other' && template === 'gb2019');
      if (single) {
        out.push(cell(conv(row.label), 1, 2));
      } else {
        if (row.group !== lastGroup && row.group !== 'result') {
          out.push(cell(conv(T3_GROUP_LABELS[row.group].label), groupSize(row.group), 1));
        }
        out.push(cell(conv(rowLabel(row.label))));
      }
    }
    lastGroup = row.group;
    out.push(...values7(row));
    t3.push(out);
  }
  blocks.push({ kind: 'table', table: { id: 't3', columns: 10, rows: t3 } });

  // ---------------------------------------------------------------- Table 4 (grid of 15)
  heading(3);
  const outcomeLabel = (label: string) => conv(style.wrappedLabels && label.length === 4 ? wrap(label, 2) : label);
  const t4: LayoutCell[][] = [
    [cell(conv('行政复议'), 1, 5), cell(conv('行政诉讼'), 1, 10)],
    [
      ...T4_OUTCOMES.map((o) => cell(outcomeLabel(o.label), 2, 1)),
      cell(conv(T4_GROUPS[1]?.label ?? ''), 1, 5),
      cell(conv(T4_GROUPS[2]?.label ?? ''), 1, 5),
    ],
    [...T4_OUTCOMES, ...T4_OUTCOMES].map((o) => cell(outcomeLabel(o.label))),
    T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => value(t4Key(g.id, o.id)))),
  ];
  blocks.push({ kind: 'table', table: { id: 't4', columns: 15, rows: t4 } });

  heading(4);
  paragraphs(text.problems, '');
  heading(5);
  paragraphs(text.other, '    ');
  if (text.attachmentNote) paragraphs(['附件：政府信息公开情况统计表'], '    ');
  blocks.push({ kind: 'signature', lines: [conv(text.signature), conv(text.dateLine)] });

  return { title: conv(sample.title), blocks };
}

export type GridSlot = { anchor: LayoutCell; anchorRow: number; anchorCol: number };

/** Expands anchor rows to a full grid (the HTML table algorithm). */
export function expandGrid(table: LayoutTable): GridSlot[][] {
  const grid: (GridSlot | undefined)[][] = table.rows.map(() => new Array<GridSlot | undefined>(table.columns).fill(undefined));
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const anchor of row) {
      while (c < table.columns && grid[r]?.[c]) c++;
      for (let dr = 0; dr < anchor.rowspan; dr++) {
        for (let dc = 0; dc < anchor.colspan; dc++) {
          const target = grid[r + dr];
          if (target && c + dc < table.columns) target[c + dc] = { anchor, anchorRow: r, anchorCol: c };
        }
      }
      c += anchor.colspan;
    }
  });

  return grid.map((row, r) =>
    row.map((slot, c) => {
      if (!slot) throw new Error(`layout ${table.id}: grid slot ${r},${c} is empty`);
      return slot;
    }),
  );
}
