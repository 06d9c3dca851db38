import { type DocTable } from '../model/document-model';
import { type CellClass, classifyCell } from '../normalise/cell-value';
import { collapseWhitespace, labelKey, stemOfKey } from '../normalise/text';

/**
 * One table row seen as the mapper needs it: the label cells (text) and the value cells after the last
 * label, each a distinct merged-cell anchor with the grid columns it covers in this row.
 */

export type RowCell = {
  /** Printed text, whitespace collapsed. */
  text: string;
  /** Comparison key (labelKey) and stem (numbering and parentheticals dropped). */
  key: string;
  stem: string;
  cls: CellClass;
  anchorRow: number;
  anchorCol: number;
  /** Grid columns [from, to] this cell covers in the row. */
  from: number;
  to: number;
  /** The cell is a rowspan copy from a row above. */
  covered: boolean;
};

export type TableRow = {
  table: DocTable;
  row: number;
  cells: RowCell[];
  labels: RowCell[];
  values: RowCell[];
};

type CellInfo = { text: string; key: string; stem: string; cls: CellClass };

/**
 * Cell texts repeat heavily (every '0', the same labels in every report), and normalising them is the
 * mapper's main cost, so the derived forms are memoised. Bounded: cleared when it grows too large.
 */
const INFO_CACHE = new Map<string, CellInfo>();
const INFO_CACHE_LIMIT = 20_000;

export function cellInfo(text: string): CellInfo {
  let info = INFO_CACHE.get(text);
  if (!info) {
    const key = labelKey(text);
    info = { text: collapseWhitespace(text), key, stem: stemOfKey(key), cls: classifyCell(text) };
    if (INFO_CACHE.size >= INFO_CACHE_LIMIT) INFO_CACHE.clear();
    INFO_CACHE.set(text, info);
  }

  return info;
}

/** Distinct anchors of a grid row in order; padding slots are skipped. */
export function rowCells(table: DocTable, r: number): RowCell[] {
  const line = table.grid[r] ?? [];
  const out: RowCell[] = [];
  let last: RowCell | undefined;
  for (let c = 0; c < line.length; c += 1) {
    const slot = line[c];
    if (!slot || slot.padding) continue;
    if (last && last.anchorRow === slot.anchorRow && last.anchorCol === slot.anchorCol) {
      last.to = c;
      continue;
    }
    const info = cellInfo(slot.text);
    last = {
      text: info.text,
      key: info.key,
      stem: info.stem,
      cls: info.cls,
      anchorRow: slot.anchorRow,
      anchorCol: slot.anchorCol,
      from: c,
      to: c,
      covered: slot.anchorRow !== r,
    };
    out.push(last);
  }

  return out;
}

export function analyseRow(table: DocTable, r: number): TableRow {
  const cells = rowCells(table, r);
  let lastText = -1;
  for (let i = 0; i < cells.length; i += 1) if ((cells[i] as RowCell).cls === 'text') lastText = i;
  const labels = cells.slice(0, lastText + 1).filter((c) => c.cls === 'text');
  const values = cells.slice(lastText + 1);

  return { table, row: r, cells, labels, values };
}

/** Value cells with trailing empties beyond `want` dropped (flattened placeholders, ragged HTML rows). */
export function trimValues(values: readonly RowCell[], want: number): RowCell[] {
  const out = [...values];
  while (out.length > want && (out[out.length - 1] as RowCell).cls === 'empty') out.pop();

  return out;
}

/**
 * Exactly the value cells a row should have, when the extras are empty placeholders: trailing empties
 * are dropped first (merged cells in flattened text: '行政许可 | 0 | ||'), then leading ones (PDF
 * lines indent values under their header: '规章 |  |  | 0 | 0 | 0'). Returns the cells unchanged when
 * non-empty extras remain, so the caller can decide.
 */
export function fitValues(values: readonly RowCell[], want: number): RowCell[] {
  const out = trimValues(values, want);
  let start = 0;
  while (out.length - start > want && (out[start] as RowCell).cls === 'empty') start += 1;

  return start === 0 ? out : out.slice(start);
}
