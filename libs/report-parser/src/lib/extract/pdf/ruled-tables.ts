import { anchorCell, type GridCell } from '../../model/document-model';
import { type PdfRule } from './pdf-worker';
import { joinRuns } from './lines';
import { type Run } from './text-runs';

/** A table read from the rules drawn on a page: its grid (merged cells expanded, as the HTML adapter does) and its box. */
export type RuledTable = {
  page: number;
  grid: GridCell[][];
  /** Box in page space (y up): top is the largest y. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** x of every column boundary, left to right: how a table continued on the next page is recognised. */
  columns: number[];
  /**
   * The column rules run past the last (first) horizontal rule: the bottom (top) row is cut by the page
   * break and continues on the next page (began on the previous one).
   */
  openBottom: boolean;
  openTop: boolean;
};

type Segment = { at: number; from: number; to: number };

/** Rules closer than this (points) are one rule: a border drawn twice, or the two edges of a thick line. */
const SNAP = 1.6;
/** Gaps up to this between pieces of a rule join them (Chromium draws a border per cell, not per table). */
const JOIN = 2.5;

/**
 * Finds the ruled tables of one page: groups of horizontal and vertical rules that cross one another, each
 * at least two rows by two columns. The boundaries of the grid are where the rules lie; two neighbouring
 * slots are one merged cell when no rule separates them. Every run inside a table goes to the cell its
 * centre falls in, so a blank cell stays blank and a label wrapped over several lines stays one label;
 * the runs outside every table are returned for the line-based layout.
 */
export function findRuledTables(page: number, runs: readonly Run[], rules: readonly PdfRule[]): { tables: RuledTable[]; rest: Run[] } {
  const horizontal = mergeSegments(rules.filter(([x1, y1, x2, y2]) => Math.abs(y1 - y2) < SNAP && x2 - x1 > JOIN).map(([x1, y1, x2]) => ({ at: y1, from: x1, to: x2 })));
  const vertical = mergeSegments(rules.filter(([x1, y1, x2, y2]) => Math.abs(x1 - x2) < SNAP && y2 - y1 > JOIN).map(([x1, y1, , y2]) => ({ at: x1, from: y1, to: y2 })));
  const tables: RuledTable[] = [];
  const taken = new Set<Run>();
  for (const group of crossingGroups(horizontal, vertical)) {
    const table = buildTable(page, group.h, group.v, runs, taken);
    if (table) tables.push(table);
  }

  return { tables: tables.sort((a, b) => b.top - a.top), rest: runs.filter((r) => !taken.has(r)) };
}

/** Collinear pieces (same line within SNAP, touching or a small gap apart) become one segment. */
function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const lines: Segment[][] = [];
  for (const s of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs((line[0] as Segment).at - s.at) <= SNAP) line.push(s);
    else lines.push([s]);
  }
  const out: Segment[] = [];
  for (const line of lines) {
    const at = line.reduce((sum, s) => sum + s.at, 0) / line.length;
    const pieces = [...line].sort((a, b) => a.from - b.from);
    let current: Segment | undefined;
    for (const piece of pieces) {
      if (current && piece.from <= current.to + JOIN) current.to = Math.max(current.to, piece.to);
      else {
        current = { at, from: piece.from, to: piece.to };
        out.push(current);
      }
    }
  }

  return out;
}

const crosses = (h: Segment, v: Segment): boolean => v.at >= h.from - JOIN && v.at <= h.to + JOIN && h.at >= v.from - JOIN && h.at <= v.to + JOIN;

/** Connected groups of rules: a horizontal and a vertical rule that cross or touch belong together. */
function crossingGroups(horizontal: Segment[], vertical: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const parent = Array.from({ length: horizontal.length + vertical.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }

    return i;
  };
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (crosses(h, v)) parent[find(i)] = find(horizontal.length + j);
    }),
  );
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  const group = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));

    return g;
  };
  horizontal.forEach((h, i) => group(i).h.push(h));
  vertical.forEach((v, j) => group(horizontal.length + j).v.push(v));

  // Two rows need three horizontal rules, unless a page break cut the table (its column rules close it).
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 3);
}

/** Distinct positions, each the mean of the positions within SNAP of one another. */
function boundaries(positions: number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p - (last[last.length - 1] as number) <= SNAP) last.push(p);
    else out.push([p]);
  }

  return out.map((ps) => ps.reduce((a, b) => a + b, 0) / ps.length);
}

/** True when a rule at `at` (within SNAP) covers most of [from, to]. */
function separated(segments: Segment[], at: number, from: number, to: number): boolean {
  const need = (to - from) * 0.5;
  let covered = 0;
  for (const s of segments) {
    if (Math.abs(s.at - at) > SNAP) continue;
    covered += Math.max(0, Math.min(s.to, to) - Math.max(s.from, from));
  }

  return covered >= need;
}

function buildTable(page: number, h: Segment[], v: Segment[], runs: readonly Run[], taken: Set<Run>): RuledTable | null {
  const xs = boundaries(v.map((s) => s.at));
  // Rows top to bottom (y up: descending).
  const ys = boundaries(h.map((s) => s.at)).reverse();
  // A row cut by a page break has its column rules but no closing rule: the rules' end closes it.
  const reach = Math.max(...v.map((s) => s.to));
  const depth = Math.min(...v.map((s) => s.from));
  const openTop = reach > (ys[0] as number) + 3 * SNAP;
  const openBottom = depth < (ys[ys.length - 1] as number) - 3 * SNAP;
  if (openTop) ys.unshift(reach);
  if (openBottom) ys.push(depth);
  const nCols = xs.length - 1;
  const nRows = ys.length - 1;
  // One row is enough for three columns or more: the last row of a table can sit alone on the next page.
  if (nCols < 2 || nRows < 1 || (nRows < 2 && nCols < 3)) return null;

  // Slots joined into merged cells where no rule parts them.
  const id = (r: number, c: number) => r * nCols + c;
  const parent = Array.from({ length: nRows * nCols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }

    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    // The top-left slot anchors the merged cell.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < nRows; r += 1) {
    const top = ys[r] as number;
    const bottom = ys[r + 1] as number;
    for (let c = 0; c < nCols; c += 1) {
      if (c + 1 < nCols && !separated(v, xs[c + 1] as number, bottom, top)) union(id(r, c), id(r, c + 1));
      if (r + 1 < nRows && !separated(h, bottom, xs[c] as number, xs[c + 1] as number)) union(id(r, c), id(r + 1, c));
    }
  }

  const left = xs[0] as number;
  const right = xs[nCols] as number;
  const top = ys[0] as number;
  const bottom = ys[nRows] as number;
  const slotOf = (x: number, y: number, size: number): [number, number] | null => {
    if (x < left || x > right) return null;
    // A glyph that reaches into the table from just outside (a cut row's text at the page edge) is its own.
    if (y > top + size * 0.5 || y < bottom - size * 0.8) return null;
    let c = 0;
    while (c < nCols - 1 && x > (xs[c + 1] as number)) c += 1;
    let r = 0;
    while (r < nRows - 1 && y < (ys[r + 1] as number)) r += 1;

    return [r, c];
  };

  const byCell = new Map<number, Run[]>();
  for (const run of runs) {
    // The middle of the glyph box: a baseline sits low in its cell, the text's middle is inside it.
    const x = (run.x + run.xEnd) / 2;
    const y = run.vertical ? (run.y + run.yBottom) / 2 : run.y + run.size * 0.35;
    const slot = slotOf(x, y, run.size);
    if (!slot) continue;
    taken.add(run);
    const anchor = find(id(slot[0], slot[1]));
    byCell.set(anchor, [...(byCell.get(anchor) ?? []), run]);
  }

  const grid: GridCell[][] = [];
  for (let r = 0; r < nRows; r += 1) {
    const row: GridCell[] = [];
    for (let c = 0; c < nCols; c += 1) {
      const anchor = find(id(r, c));
      const ar = Math.floor(anchor / nCols);
      const ac = anchor % nCols;
      if (ar === r && ac === c) row.push(anchorCell(cellText(byCell.get(anchor) ?? []), r, c));
      else row.push({ text: (grid[ar]?.[ac] ?? row[ac])?.text ?? '', anchorRow: ar, anchorCol: ac, covered: true });
    }
    grid.push(row);
  }
  // Rows and columns that hold no slot of their own (a rule drawn only part-way) add nothing: drop them.
  return { page, grid: compact(grid), left, right, top, bottom, columns: xs, openTop, openBottom };
}

/** The text of a cell: its runs in lines top to bottom, joined as one text (a wrapped label is one label). */
function cellText(runs: Run[]): string {
  if (runs.length === 0) return '';
  const vertical = runs.filter((r) => r.vertical);
  const flat = runs.filter((r) => !r.vertical).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of flat) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(first.y - run.y) <= 0.45 * Math.min(first.size, run.size)) line.push(run);
    else lines.push([run]);
  }
  const texts = [...lines.map((line) => joinRuns([...line].sort((a, b) => a.x - b.x)).text), ...vertical.map((r) => r.text)];

  return texts.reduce((all, text) => (all === '' ? text : /[A-Za-z0-9]$/u.test(all) && /^[A-Za-z0-9]/u.test(text) ? `${all} ${text}` : `${all}${text}`), '');
}

/**
 * Drops rows in which every slot is covered by the cell above: they come from a rule that stops part-way and
 * hold nothing of their own. Columns are kept: they are where the rules are, and a table continued on the
 * next page is laid on the union of both parts' columns.
 */
function compact(grid: GridCell[][]): GridCell[][] {
  const kept = grid.map((row, r) => r === 0 || row.some((cell) => !(cell.covered && cell.anchorRow < r)));
  const newRow: number[] = [];
  let n = -1;
  kept.forEach((keep) => newRow.push(keep ? ++n : n));

  return grid
    .filter((_, r) => kept[r])
    .map((row, r) => row.map((cell, c) => ({ ...cell, anchorRow: newRow[cell.anchorRow] as number, covered: newRow[cell.anchorRow] !== r || cell.anchorCol !== c })));
}

/**
 * A grid laid on more column boundaries (`to`, which holds every boundary of `from` within tolerance): a
 * cell that spans a new boundary becomes an anchor and covered slots, as a colspan does.
 */
export function regrid(grid: GridCell[][], from: readonly number[], to: readonly number[]): GridCell[][] {
  const near = (x: number) => to.reduce((best, y, i) => (Math.abs(y - x) < Math.abs((to[best] as number) - x) ? i : best), 0);
  const start = from.map(near);

  return grid.map((row, r) =>
    row.flatMap((cell, c) => {
      const k0 = start[c] as number;
      const k1 = start[c + 1] as number;
      const anchorCol = start[cell.anchorCol] as number;

      return Array.from({ length: Math.max(1, k1 - k0) }, (_, i) => ({ ...cell, anchorCol, covered: cell.anchorRow !== r || anchorCol !== k0 + i }));
    }),
  );
}
