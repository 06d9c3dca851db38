import { type DocBlock, type DocTable, type DocumentModel, type GridCell, anchorCell } from '../model/document-model';

/**
 * Plain text, including the Word→text layout of the seed (spec §7, last paragraph): every table cell is
 * a line starting with TAB, a cell may continue on following lines without a TAB, a blank line ends a
 * table row, and a line holding only a TAB is an empty (merged or blank) cell. Tables end at the first
 * non-TAB line after a blank line. Cell positions are unknown (colspans collapse), so tables are
 * `flattened`: each row lists its cells in reading order.
 */

/** Bounds that keep pathological input linear. */
const MAX_LINES = 500_000;
const MAX_CELLS_PER_ROW = 400;
/** No report line is this long; longer lines (fuzz, binary-ish text) are cut to keep matching linear. */
const MAX_LINE_CHARS = 20_000;

export function extractTxt(text: string, encoding?: string): DocumentModel {
  const lines = text.split(/\r\n|\r|\n/, MAX_LINES);
  const blocks: DocBlock[] = [];
  let rows: string[][] = [];
  let row: string[] | null = null;
  /** Whether the previous line belonged to the current row (a non-TAB line then continues the last cell). */
  let inRow = false;

  const flushRow = () => {
    if (row && row.length > 0) rows.push(row);
    row = null;
    inRow = false;
  };
  const flushTable = () => {
    flushRow();
    if (rows.length > 0) blocks.push(buildFlattenedTable(rows, 0));
    rows = [];
  };

  for (const full of lines) {
    const line = full.length > MAX_LINE_CHARS ? full.slice(0, MAX_LINE_CHARS) : full;
    // A table copied from a browser: one row per line, its cells separated by TABs (leading TABs are the
    // empty slots of merged cells, as in the seed). A seed cell line holds one cell only.
    const parts = line.includes('\t') ? line.split('\t', MAX_CELLS_PER_ROW) : null;
    if (parts && parts.filter((p) => p.trim() !== '').length >= 2) {
      flushRow();
      rows.push(parts.map((p) => p.trim()));
      continue;
    }
    if (line.startsWith('\t')) {
      if (!row) row = [];
      if (row.length < MAX_CELLS_PER_ROW) row.push(line.slice(1).trim());
      inRow = true;
      continue;
    }
    if (line.trim() === '') {
      flushRow();
      continue;
    }
    if (inRow && row && row.length > 0) {
      // Continuation of the last cell ('本年新' ⏎ '制作数量').
      row[row.length - 1] = `${row[row.length - 1] as string}\n${line.trim()}`;
      continue;
    }
    flushTable();
    blocks.push({ kind: 'paragraph', text: line.trim() });
  }
  flushTable();

  let index = 0;
  for (const block of blocks) if (block.kind === 'table') block.index = index++;

  return { format: 'txt', blocks, meta: { encoding } };
}

/** Rows of cells in reading order → a rectangular grid; short rows are padded with `padding` slots. */
export function buildFlattenedTable(rows: readonly (readonly string[])[], index: number, page?: number): DocTable {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  // Plain loops and literal cells: this runs for every table cell of every document.
  const grid: GridCell[][] = new Array<GridCell[]>(rows.length);
  for (let r = 0; r < rows.length; r += 1) {
    const cells = rows[r] as readonly string[];
    const out: GridCell[] = [];
    for (let c = 0; c < cells.length; c += 1) out.push(anchorCell(cells[c] as string, r, c));
    for (let c = cells.length; c < width; c += 1) out.push({ text: '', anchorRow: r, anchorCol: c, covered: false, padding: true });
    grid[r] = out;
  }

  return { kind: 'table', index, grid, flattened: true, ...(page !== undefined ? { page } : {}) };
}
