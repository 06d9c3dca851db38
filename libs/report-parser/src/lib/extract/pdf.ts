import { type DocTable, type DocumentModel, type GridCell } from '../model/document-model';
import { ReportParseError } from '../model/report-parse-error';
import { type PageLines, removeFurniture } from './pdf/furniture';
import { layoutBlocks } from './pdf/layout';
import { groupLines, type Line } from './pdf/lines';
import { type PdfTextLayer, readTextLayer } from './pdf/pdf-worker';
import { findRuledTables, regrid, type RuledTable } from './pdf/ruled-tables';
import { toRuns } from './pdf/text-runs';

export { closePdfWorker } from './pdf/pdf-worker';

/** Reports are a handful of pages; anything far beyond that is not one and would only cost time. */
export const PDF_MAX_PAGES = 300;
/** A report takes well under a second; a file that keeps the PDF reader busy this long is refused. */
export const PDF_TIMEOUT_MS = 30_000;

/** PDF text layer: lines and table rows rebuilt from positioned text items. */
export async function extractPdf(bytes: Uint8Array): Promise<DocumentModel> {
  if (bytes.length === 0) throw new ReportParseError('EMPTY_INPUT');
  let layer: PdfTextLayer;
  try {
    layer = await readTextLayer(bytes, { timeoutMs: PDF_TIMEOUT_MS, maxPages: PDF_MAX_PAGES });
  } catch (error) {
    throw mapPdfError(error);
  }
  return modelFromTextLayer(layer);
}

/**
 * Everything after the PDF reader: runs → ruled tables (grids from the drawn rules) and lines → furniture removed →
 * paragraphs and line-built tables for the text outside the ruled tables. Pure, so tests can feed it positioned text.
 */
export function modelFromTextLayer(layer: PdfTextLayer): DocumentModel {
  const ruled: RuledTable[] = [];
  const pages: PageLines[] = layer.pages.map((p, i) => {
    const runs = toRuns(p.content);
    const found = p.rules && p.rules.length > 0 ? findRuledTables(i + 1, runs, p.rules) : { tables: [], rest: runs };
    ruled.push(...found.tables);

    return { page: i + 1, height: p.height, lines: groupLines(found.rest, i + 1) };
  });
  if (ruled.length === 0 && pages.every((p) => p.lines.length === 0)) throw new ReportParseError('NO_TEXT_LAYER');
  const cleaned = removeFurniture(pages);
  const pageInfo = cleaned.map((p) => {
    const flat = p.lines.filter((l) => !l.vertical);
    const left = Math.min(...flat.map((l) => l.cells[0]?.x ?? Infinity));
    const right = Math.max(...flat.map((l) => l.cells[l.cells.length - 1]?.xEnd ?? -Infinity));
    return { page: p.page, textLeft: Number.isFinite(left) ? left : 0, textRight: Number.isFinite(right) ? right : 0 };
  });
  const blocks = interleave(
    cleaned.flatMap((p) => p.lines),
    ruled,
  ).flatMap((part) => (Array.isArray(part) ? layoutBlocks(part, pageInfo) : [part]));
  // Tables are numbered in document order, ruled or not.
  let index = 0;
  for (const block of blocks) if (block.kind === 'table') block.index = index++;

  return { format: 'pdf', blocks, meta: { ...readMeta(layer.info), pageCount: layer.numPages } };
}

/**
 * The lines in reading order cut at the ruled tables: text before a table, the table, text after it. A ruled
 * table that ends one page and one with the same columns that starts the next, with no text between them
 * (furniture is gone by now), is one table split by the page break: its rows are joined, a repeated header
 * dropped.
 */
function interleave(lines: Line[], tables: RuledTable[]): (Line[] | DocTable)[] {
  const out: (Line[] | DocTable)[] = [];
  let at = 0;
  let previous: { table: RuledTable; block: DocTable; columns: number[] } | undefined;
  for (const table of tables) {
    const before: Line[] = [];
    while (at < lines.length && isBefore(lines[at] as Line, table)) before.push(lines[at++] as Line);
    const columns = previous && before.length === 0 && table.page === previous.table.page + 1 ? unionColumns(previous.columns, table.columns) : null;
    if (previous && columns) {
      previous.block.grid = joinGrids(regrid(previous.block.grid, previous.columns, columns), regrid(table.grid, table.columns, columns), previous.table.openBottom && table.openTop);
      previous.table = table;
      previous.columns = columns;
      continue;
    }
    if (before.length > 0) out.push(before);
    const block: DocTable = { kind: 'table', index: 0, grid: table.grid, page: table.page };
    out.push(block);
    previous = { table, block, columns: table.columns };
  }
  if (at < lines.length) out.push(lines.slice(at));

  return out;
}

const isBefore = (line: Line, table: RuledTable): boolean => line.page < table.page || (line.page === table.page && line.y > table.top);

/**
 * The column boundaries of two parts of one table: the same outer edges, and together no more boundaries than
 * the wider part plus a few (a part may lack a rule that only its rows need). Null when they are different tables.
 */
function unionColumns(a: readonly number[], b: readonly number[]): number[] | null {
  const TOLERANCE = 3;
  if (Math.abs((a[0] as number) - (b[0] as number)) > TOLERANCE || Math.abs((a[a.length - 1] as number) - (b[b.length - 1] as number)) > TOLERANCE) return null;
  const union: number[] = [];
  for (const x of [...a, ...b].sort((p, q) => p - q)) if (union.length === 0 || x - (union[union.length - 1] as number) > TOLERANCE) union.push(x);
  const shared = a.filter((x) => b.some((y) => Math.abs(x - y) <= TOLERANCE)).length;

  return shared >= Math.min(a.length, b.length) - 2 ? union : null;
}

/**
 * Rows of a continuation appended; header rows it repeats from the start of the first part are dropped. When
 * the page break cut a row in two (`cutRow`), the last row of the first part and the first of the next are
 * that one row: their texts are joined cell by cell.
 */
function joinGrids(first: GridCell[][], next: GridCell[][], cutRow: boolean): GridCell[][] {
  const text = (row: GridCell[] | undefined) => (row ?? []).map((c) => c.text).join('\u0001');
  let repeated = 0;
  while (repeated < next.length - 1 && repeated < first.length && text(next[repeated]) === text(first[repeated]) && !(next[repeated] ?? []).some((c) => /\d/u.test(c.text))) repeated += 1;
  const head = first.map((row) => row.map((cell) => ({ ...cell })));
  let tail = next.slice(repeated);
  if (cutRow && tail.length > 0 && head.length > 0) {
    const last = head[head.length - 1] as GridCell[];
    const cont = tail[0] as GridCell[];
    last.forEach((cell, c) => {
      const more = cont[c];
      // Each anchor of the continuation row adds its text to the cell it continues (once, at that cell's anchor).
      if (!more || more.covered || cell.covered) return;
      cell.text = `${cell.text}${more.text}`;
    });
    // Covered slots copy their anchor's text.
    for (const row of head) for (const cell of row) if (cell.covered) cell.text = (head[cell.anchorRow]?.[cell.anchorCol] as GridCell).text;
    tail = tail.slice(1);
    repeated += 1;
  }
  const rest = tail.map((row, i) =>
    row.map((cell, c) => {
      const r = head.length + i;
      // A cell anchored in a dropped row starts again in this row.
      const anchorRow = cell.anchorRow < repeated ? r : head.length + cell.anchorRow - repeated;

      return { ...cell, anchorRow, covered: anchorRow !== r || cell.anchorCol !== c };
    }),
  );

  return [...head, ...rest];
}

function readMeta(info: Record<string, unknown>): { title?: string; createdOn?: string } {
  const title = typeof info['Title'] === 'string' ? info['Title'].trim() : '';
  const created = typeof info['CreationDate'] === 'string' ? pdfDate(info['CreationDate']) : undefined;
  return { ...(title ? { title } : {}), ...(created ? { createdOn: created } : {}) };
}

/** PDF dates look like D:20240226144123+06'41'. Only the calendar date is kept. */
export function pdfDate(raw: string): string | undefined {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/u.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01'] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${mo}-${d}`;
}

function mapPdfError(error: unknown): ReportParseError {
  if (error instanceof ReportParseError) return error;
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
  if (name === 'PasswordException') return new ReportParseError('ENCRYPTED');
  const message = error instanceof Error ? error.message : String(error);
  return new ReportParseError('CORRUPT_FILE', message.slice(0, 200));
}
