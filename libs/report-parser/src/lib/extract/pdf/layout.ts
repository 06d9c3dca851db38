import { anchorCell, type DocBlock, type GridCell } from '../../model/document-model';
import { type Cell, type Line, lineText } from './lines';
import { isSectionHeading } from '../../locate/sections';

type PageInfo = { page: number; textLeft: number; textRight: number };

/** A table row under construction: label cells first, then value cells, in reading order. */
type Row = { page: number; y: number; yBottom: number; labels: Cell[]; values: Cell[]; spanning: boolean };

/** Outline numbering of labels: 一、 (level 1), （一） (level 2), 1. (level 3). */
const LEVEL1_RE = /^\s*([一二三四五六七八九十]+)\s*、/u;
const LEVEL2_RE = /^\s*[（(]\s*([一二三四五六七八九十]+)\s*[）)]/u;
const LEVEL3_RE = /^\s*(\d{1,2})\s*[.．、](?!\d)/u;

function outlineLevel(text: string): { level: 1 | 2 | 3; first: boolean } | null {
  const l1 = LEVEL1_RE.exec(text);
  if (l1) return { level: 1, first: l1[1] === '一' };
  const l2 = LEVEL2_RE.exec(text);
  if (l2) return { level: 2, first: l2[1] === '一' };
  const l3 = LEVEL3_RE.exec(text);
  if (l3) return { level: 3, first: l3[1] === '1' };
  return null;
}

const labelSize = (line: Line): number => Math.max(0, ...line.cells.filter((c) => !c.value).map((c) => c.size));

const isTabular = (line: Line): boolean => line.cells.length >= 2 || line.cells.some((c) => c.value);

/**
 * Splits the reading-order lines of all pages into paragraphs and tables. A table is a run of tabular lines
 * (two or more cells, or a value) plus the short single-cell lines between and just before them (captions,
 * header words, wrapped labels) in a font no larger than the table's; a larger font (a heading) or a
 * full-width line (body text) ends it. Pages are not boundaries: a table continues on the next page, as
 * long as the page furniture between the halves was removed first.
 */
export function layoutBlocks(lines: Line[], pages: PageInfo[]): DocBlock[] {
  const pageInfo = new Map(pages.map((p) => [p.page, p]));
  const isWide = (line: Line): boolean => {
    const info = pageInfo.get(line.page);
    if (!info) return false;
    const first = line.cells[0];
    const last = line.cells[line.cells.length - 1];
    if (!first || !last) return false;
    return last.xEnd - first.x > 0.75 * (info.textRight - info.textLeft);
  };

  const blocks: DocBlock[] = [];
  let table: Line[] = [];
  let pending: Line[] = [];
  let tableSize = 0;

  const flushParagraphs = (ls: Line[]): void => {
    for (const p of paragraphs(ls, pageInfo)) blocks.push(p);
  };
  const closeTable = (): void => {
    // Label lines just under the last row (the second line of a wrapped label) still belong to the table.
    let last = table[table.length - 1];
    while (last && pending.length > 0) {
      const next = pending[0] as Line;
      const near = next.page === last.page && last.yBottom - next.y <= Math.max(next.size, last.size) * 1.5;
      if (!near || isWide(next) || next.size > tableSize * 1.15) break;
      table.push(next);
      pending.shift();
      last = next;
    }
    if (table.length > 0) blocks.push(buildTable(table, blocks.filter((b) => b.kind === 'table').length));
    table = [];
    tableSize = 0;
  };

  for (const line of lines) {
    const tabular = isTabular(line) && !(line.cells.length === 1 && isWide(line));
    if (tabular) {
      if (table.length === 0) {
        // Captions and header words just above the first tabular line belong to the table.
        const size = line.cells.some((c) => !c.value) ? labelSize(line) : line.size;
        let cut = pending.length;
        while (cut > 0) {
          const prev = pending[cut - 1] as Line;
          if (prev.vertical || (prev.size <= size * 1.15 && !isWide(prev))) cut -= 1;
          else break;
        }
        flushParagraphs(pending.slice(0, cut));
        table = pending.slice(cut);
        pending = [];
        tableSize = size;
      } else {
        table.push(...pending);
        pending = [];
      }
      table.push(line);
      // The table's font is that of its labels; numbers are often printed larger and must not raise it.
      if (line.cells.some((c) => !c.value)) tableSize = Math.max(tableSize, Math.min(labelSize(line), tableSize * 1.2 || labelSize(line)));
      continue;
    }
    const fits = line.vertical || (line.size <= tableSize * 1.15 && !isWide(line));
    if (table.length > 0 && fits) {
      pending.push(line);
      continue;
    }
    if (table.length > 0) {
      // The short lines after the last tabular line are paragraphs unless more table follows.
      closeTable();
      pending.push(line);
      continue;
    }
    pending.push(line);
  }
  if (table.length > 0) closeTable();
  flushParagraphs(pending);
  return blocks;
}

/** Lines of running text become paragraphs: a new one starts at an indent, after a short line, or at a font change. */
function paragraphs(lines: Line[], pageInfo: Map<number, PageInfo>): DocBlock[] {
  const out: DocBlock[] = [];
  let text = '';
  let page = 0;
  let prev: Line | undefined;
  const push = (): void => {
    if (text.trim()) out.push({ kind: 'paragraph', text: text.trim(), page });
    text = '';
  };
  for (const line of lines) {
    const info = pageInfo.get(line.page);
    const lineStr = lineText(line);
    const startX = line.cells[0]?.x ?? 0;
    let continues = false;
    if (prev && info && !line.vertical && !prev.vertical) {
      const prevInfo = pageInfo.get(prev.page) ?? info;
      const prevEnd = prev.cells[prev.cells.length - 1]?.xEnd ?? 0;
      const prevFull = prevEnd >= prevInfo.textRight - prev.size * 2;
      const notIndented = startX <= info.textLeft + line.size * 1.2;
      const sameSize = Math.abs(line.size - prev.size) <= Math.max(line.size, prev.size) * 0.15;
      // A section heading starts its own paragraph even after a line that fills the measure (the sentence
      // before it ended at the margin): joined, the heading would be lost to the section finder.
      continues = prevFull && notIndented && sameSize && !isSectionHeading(lineStr);
    }
    if (!continues) {
      push();
      page = line.page;
      text = lineStr;
    } else {
      const latinJoin = /[A-Za-z0-9,.;:]$/u.test(text) && /^[A-Za-z0-9]/u.test(lineStr);
      text += (latinJoin ? ' ' : '') + lineStr;
    }
    prev = line;
  }
  push();
  return out;
}

/**
 * Rebuilds table rows from lines: a line carrying only values takes the label fragments printed beside it
 * (a label wrapped on two lines with the numbers centred between them), a label line without values that
 * continues the label of the row above is appended to it, and a label spanning several rows (a merged cell
 * such as '（三）不予公开' or the vertical '三、本年度办理结果') is moved to the first row it spans, as the
 * txt and docx adapters show it.
 */
function buildTable(lines: Line[], index: number): DocBlock {
  let rows: Row[] = lines.map((line) => ({
    page: line.page,
    y: line.y,
    yBottom: line.yBottom,
    labels: leadingLabels(line.cells),
    values: line.cells.slice(leadingLabels(line.cells).length),
    spanning: line.vertical,
  }));

  rows = joinSplitBaselines(rows);
  rows = rows.map(splitTrailingValue);
  rows = absorbBesideValues(rows);
  rows = absorbCentredLabels(rows);
  rows = appendContinuations(rows);
  rows = placeSpanningLabels(rows);
  rows = alignToColumns(rows);

  const width = Math.max(1, ...rows.map((r) => r.labels.length + r.values.length));
  const grid: GridCell[][] = rows.map((row, r) => {
    const texts = [...row.labels, ...row.values].map((c) => c.text);
    const cells = texts.map((t, c) => anchorCell(t, r, c));
    // Rows are ragged in reading order; padding slots (not printed blanks) make the grid rectangular.
    for (let c = cells.length; c < width; c += 1) cells.push({ ...anchorCell('', r, c), padding: true });
    return cells;
  });
  return { kind: 'table', index, grid, page: lines[0]?.page, flattened: true };
}

const centre = (c: Cell): number => (c.x + c.xEnd) / 2;

/**
 * A blank cell prints nothing, so a PDF row with blanks has fewer values than its table's columns and
 * reading order would slide the numbers left into the wrong columns. The columns are where the full
 * rows put their values: the table's most common value count N (at least 5, as in Tables 3 and 4),
 * each column's centre the median of the full rows' value centres (per page when the page has full
 * rows). A shorter row between the first and the last full row is laid out on those columns, a blank
 * cell where no value sits, when every value is clearly under one column of its own; otherwise it is
 * left as it is (and the mapper says it cannot tell the cells apart).
 */
function alignToColumns(rows: Row[]): Row[] {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.values.length >= 5) counts.set(r.values.length, (counts.get(r.values.length) ?? 0) + 1);
  const [n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  if (n < 5) return rows;
  const full = rows.filter((r) => r.values.length === n);
  if (full.length < 3) return rows;
  const centresOf = (list: Row[]): number[] =>
    Array.from({ length: n }, (_, i) => {
      const xs = list.map((r) => centre(r.values[i] as Cell)).sort((a, b) => a - b);

      return xs[Math.floor(xs.length / 2)] as number;
    });
  const all = centresOf(full);
  const byPage = new Map<number, number[]>();
  for (const page of new Set(full.map((r) => r.page))) {
    const onPage = full.filter((r) => r.page === page);
    if (onPage.length >= 2) byPage.set(page, centresOf(onPage));
  }
  const first = rows.indexOf(full[0] as Row);
  const last = rows.indexOf(full[full.length - 1] as Row);

  return rows.map((original, index) => {
    if (index < first || index > last || original.values.length === 0 || original.values.length >= n) return original;
    const columns = byPage.get(original.page) ?? all;
    const row = original.values.length === n - 1 ? valueInLabel(original, columns) : original;
    let spacing = Infinity;
    for (let i = 1; i < columns.length; i += 1) spacing = Math.min(spacing, (columns[i] as number) - (columns[i - 1] as number));
    if (!(spacing > 0)) return row;
    const slots: (Cell | null)[] = new Array<Cell | null>(n).fill(null);
    for (const value of row.values) {
      const x = centre(value);
      let best = -1;
      for (let i = 0; i < n; i += 1) if (best < 0 || Math.abs((columns[i] as number) - x) < Math.abs((columns[best] as number) - x)) best = i;
      if (Math.abs((columns[best] as number) - x) > spacing * 0.35 || slots[best]) return row;
      slots[best] = value;
    }
    const values = slots.map((cell, i) => cell ?? { text: '', x: (columns[i] as number) - 1, xEnd: (columns[i] as number) + 1, y: row.y, size: row.values[0]?.size ?? 0, value: true });

    return { ...row, values };
  });
}

const LINE_END_NUMBER_RE = /^(.*[^\d\s.,，])\s*(\d{1,6})$/u;

/**
 * A row one value short whose label cell reaches into the first value column, with a line of the label
 * ending in a number ('8.属于行政查询1' ⏎ '事项'): the first value was printed close enough to the label's
 * wrapped line to be read into it. It is taken out as the row's first value.
 */
function valueInLabel(row: Row, columns: number[]): Row {
  const label = row.labels[row.labels.length - 1];
  const first = columns[0];
  const second = columns[1];
  if (!label || first === undefined || second === undefined || label.xEnd < first - (second - first) / 2) return row;
  const lines = label.text.split('\n');
  const at = lines.findIndex((line) => LINE_END_NUMBER_RE.test(line));
  if (at < 0 || lines.filter((line) => LINE_END_NUMBER_RE.test(line)).length !== 1) return row;
  const m = LINE_END_NUMBER_RE.exec(lines[at] as string) as RegExpExecArray;
  lines[at] = m[1] as string;
  const value: Cell = { ...label, text: m[2] as string, x: first - 1, xEnd: first + 1, value: true };

  return { ...row, labels: [...row.labels.slice(0, -1), { ...label, text: lines.join('\n'), xEnd: first - (second - first) / 2 }], values: [value, ...row.values] };
}

/** The label part of a row: the cells before the first value (a row may hold text after its values; keep it as values). */
function leadingLabels(cells: Cell[]): Cell[] {
  const firstValue = cells.findIndex((c) => c.value);
  return firstValue < 0 ? cells : cells.slice(0, firstValue);
}

const band = (row: Row): [number, number] => {
  const size = Math.max(...[...row.labels, ...row.values].map((c) => c.size), 1);
  return [row.yBottom - size * 0.25, row.y + size * 0.8];
};

/**
 * The values of one row printed on slightly different baselines (cells vertically centred, one value
 * a line lower): a values-only line just under a row with values, less than a line apart, whose values
 * sit in other columns than that row's, is the rest of that row.
 */
function joinSplitBaselines(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    const size = Math.max(...row.values.map((c) => c.size), prev?.values[0]?.size ?? 0);
    const apart = prev ? prev.y - row.y : Infinity;
    const overlaps = prev?.values.some((a) => row.values.some((b) => a.x < b.xEnd && b.x < a.xEnd));
    if (prev && row.labels.length === 0 && row.values.length > 0 && prev.values.length > 0 && !row.spanning && prev.page === row.page && apart >= 0 && apart < size * 0.9 && !overlaps) {
      prev.values = [...prev.values, ...row.values].sort((a, b) => a.x - b.x);
      prev.yBottom = Math.min(prev.yBottom, row.yBottom);
      continue;
    }
    out.push(row);
  }

  return out;
}

const TRAILING_NUMBER_RE = /^(.*[^\s\d.,，])\s+([-+－]?\d[\d,，]*(?:\.\d+)?)$/u;

/**
 * A label filling its column ends close to the first value, so the two can arrive as one cell
 * ('3.补正后申请内容仍不明确 0'): in a row that has values, a number after a space at the end of the last
 * label is that row's first value. Only in table rows with values, so running text is never split.
 */
function splitTrailingValue(row: Row): Row {
  const last = row.labels[row.labels.length - 1];
  if (!last || row.values.length === 0 || last.text.includes('\n')) return row;
  const m = TRAILING_NUMBER_RE.exec(last.text);
  if (!m) return row;
  const [, label = '', number = ''] = m;
  const width = last.xEnd - last.x;
  const at = last.x + (width * label.length) / last.text.length;
  const labelCell: Cell = { ...last, text: label, xEnd: at };
  const valueCell: Cell = { ...last, text: number, x: last.xEnd - (width * number.length) / last.text.length, value: true };

  return { ...row, labels: [...row.labels.slice(0, -1), labelCell], values: [valueCell, ...row.values] };
}

/**
 * Values printed vertically centred in a tall cell whose label wraps onto lines above and below them:
 * none of the label lines shares the values' line, so absorbBesideValues finds nothing. Each label-only
 * line between two rows with values is given to the values-only row nearest to it on the page (the
 * label's lines surround its values), as long as no row with its own label lies between them.
 */
function absorbCentredLabels(rows: Row[]): Row[] {
  const bare = rows.filter((r) => r.values.length > 0 && r.labels.length === 0);
  if (bare.length === 0) return rows;
  const taken = new Map<Row, Row[]>();
  for (let i = 0; i < rows.length; i += 1) {
    const line = rows[i] as Row;
    if (line.values.length > 0 || line.labels.length === 0 || line.spanning) continue;
    // The nearest row with values above and below in reading order, on this page.
    let best: Row | undefined;
    let bestDistance = Infinity;
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < rows.length; j += step) {
        const other = rows[j] as Row;
        if (other.page !== line.page) break;
        if (other.values.length === 0) continue;
        const distance = Math.abs(other.y - line.y);
        if (other.labels.length === 0 && distance < bestDistance) {
          best = other;
          bestDistance = distance;
        } else if (other.labels.length > 0 && distance < bestDistance) {
          // A row with its own label is nearer: the line belongs to it (or continues it), not to a bare row.
          best = undefined;
          bestDistance = distance;
        }
        break;
      }
    }
    if (!best || bestDistance > Math.max(best.values[0]?.size ?? 0, line.labels[0]?.size ?? 0) * 4) continue;
    taken.set(best, [...(taken.get(best) ?? []), line]);
  }
  if (taken.size === 0) return rows;
  const absorbed = new Set<Row>();
  for (const [row, lines] of taken) {
    // Centred means lines on both sides; lines only above are a header (Table 4's words over its numbers).
    if (!lines.some((l) => l.y > row.y) || !lines.some((l) => l.y < row.y)) continue;
    row.labels = mergeLabelLines(lines);
    row.y = Math.max(row.y, ...lines.map((l) => l.y));
    lines.forEach((l) => absorbed.add(l));
  }

  return rows.filter((r) => !absorbed.has(r));
}

/** Label-only lines whose vertical extent overlaps a values-only line on the same page belong to that row. */
function absorbBesideValues(rows: Row[]): Row[] {
  const absorbed = new Set<Row>();
  for (const row of rows) {
    if (row.labels.length > 0 || row.values.length === 0) continue;
    const [lo, hi] = band(row);
    const beside = rows.filter((other) => {
      if (other === row || absorbed.has(other) || other.spanning || other.page !== row.page) return false;
      if (other.values.length > 0 || other.labels.length === 0) return false;
      const [olo, ohi] = band(other);
      return Math.min(hi, ohi) - Math.max(lo, olo) > 0;
    });
    if (beside.length === 0) continue;
    // The best candidate on either side: the closest label line above and below.
    const above = beside.filter((b) => b.y >= row.y).sort((a, b) => a.y - b.y)[0];
    const below = beside.filter((b) => b.y < row.y).sort((a, b) => b.y - a.y)[0];
    const parts = [above, below].filter((b): b is Row => b !== undefined);
    // Two lines of one label sit in the same column; one line of a header usually does not line up.
    row.labels = mergeLabelLines(parts);
    row.y = Math.max(row.y, ...parts.map((p) => p.y));
    parts.forEach((p) => absorbed.add(p));
  }
  return rows.filter((r) => !absorbed.has(r));
}

/** Label lines of one row, top line first: fragments in the same column join into one cell with '\n'. */
function mergeLabelLines(parts: Row[]): Cell[] {
  const ordered = [...parts].sort((a, b) => b.y - a.y);
  const cells: Cell[] = [];
  for (const part of ordered) {
    for (const cell of part.labels) {
      const same = cells.find((c) => cell.x < c.xEnd + c.size && cell.xEnd > c.x - c.size);
      if (same) {
        same.text = `${same.text}\n${cell.text}`;
        same.xEnd = Math.max(same.xEnd, cell.xEnd);
      } else {
        cells.push({ ...cell });
      }
    }
  }
  return cells.sort((a, b) => a.x - b.x);
}

/**
 * A label-only line that does not start a new outline item and sits right under a row's label, in the same
 * column, is the rest of that label (e.g. '计其他情形）'). One that starts with an item number and is
 * directly above a values row whose own label carries no number is that row's first label line.
 */
function appendContinuations(rows: Row[]): Row[] {
  const removed = new Set<Row>();
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as Row;
    if (row.spanning || row.values.length > 0 || row.labels.length !== 1) continue;
    const label = row.labels[0] as Cell;
    const prev = findNeighbour(rows, i, -1, removed);
    const next = findNeighbour(rows, i, 1, removed);
    const sameColumn = (other: Row): Cell | undefined =>
      other.labels.find((c) => Math.abs(c.x - label.x) <= label.size * 1.5 || (label.x > c.x && label.x < c.xEnd));
    const close = (upper: Row, lower: Row): boolean => upper.page === lower.page && upper.yBottom - lower.y <= Math.max(upper.labels[0]?.size ?? 0, label.size) * 1.9;
    const level = outlineLevel(label.text);
    if (!level && prev && prev.values.length > 0 && close(prev, row)) {
      const target = sameColumn(prev);
      if (target) {
        target.text = `${target.text}\n${label.text}`;
        prev.yBottom = row.yBottom;
        removed.add(row);
        continue;
      }
    }
    if (level && next && next.values.length > 0 && close(row, next)) {
      const target = sameColumn(next);
      if (target && !outlineLevel(target.text)) {
        target.text = `${label.text}\n${target.text}`;
        target.x = Math.min(target.x, label.x);
        next.y = row.y;
        removed.add(row);
      }
    }
  }
  return rows.filter((r) => !removed.has(r));
}

function findNeighbour(rows: Row[], from: number, step: 1 | -1, removed: Set<Row>): Row | undefined {
  for (let j = from + step; j >= 0 && j < rows.length; j += step) {
    const r = rows[j] as Row;
    if (!removed.has(r) && !r.spanning) return r;
  }
  return undefined;
}

/**
 * Moves labels of merged cells that span several rows onto the first row they span. The PDF prints such a
 * label where it is printed: vertically centred in its span, often on a line of its own. Its first row is
 * found by outline numbering: the nearest row at or above it whose label starts the next level down
 * ('（一）' under '三、', '1.' under '（三）').
 */
function placeSpanningLabels(rows: Row[]): Row[] {
  // A row whose label cells hold a group label followed by a deeper-numbered item: split the group label off.
  const expanded: Row[] = [];
  for (const row of rows) {
    const [first, second] = row.labels;
    const l1 = first ? outlineLevel(first.text) : null;
    const l2 = second ? outlineLevel(second.text) : null;
    if (first && second && l1 && l2 && l2.level > l1.level && row.values.length > 0) {
      expanded.push({ page: row.page, y: row.y, yBottom: row.yBottom, labels: [first], values: [], spanning: true });
      row.labels = row.labels.slice(1);
    }
    expanded.push(row);
  }

  const result = [...expanded];
  for (const row of expanded) {
    const label = row.labels[0];
    if (row.values.length > 0 || row.labels.length !== 1 || !label) continue;
    const level = outlineLevel(label.text.replace(/\s+/gu, ''));
    if (!level || level.level === 3) continue;
    const at = result.indexOf(row);
    // Search upwards (reading order backwards) for the first child, stopping at a sibling or a parent.
    let target: Row | undefined;
    for (let j = at; j >= 0; j -= 1) {
      const candidate = result[j] as Row;
      if (candidate === row || candidate.values.length === 0) continue;
      const head = candidate.labels[0];
      const lv = head ? outlineLevel(head.text.replace(/\s+/gu, '')) : null;
      if (!lv) continue;
      if (lv.level <= level.level) break;
      if (lv.level === level.level + 1 && lv.first) {
        target = candidate;
        break;
      }
    }
    if (!target) {
      // Printed at or above its first row (top-aligned cells): look downwards for the first child.
      for (let j = at + 1; j < result.length; j += 1) {
        const candidate = result[j] as Row;
        if (candidate.values.length === 0) continue;
        const head = candidate.labels[0];
        const lv = head ? outlineLevel(head.text.replace(/\s+/gu, '')) : null;
        if (lv && lv.level === level.level + 1 && lv.first) target = candidate;
        break;
      }
    }
    if (!target) continue;
    target.labels = [{ ...label, text: label.text.replace(/\s+/gu, '') }, ...target.labels];
    result.splice(at, 1);
  }
  return result;
}
