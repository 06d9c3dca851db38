import { anchorCell, type DocBlock, type GridCell } from '../../model/document-model';
import { scanXml } from './xml-scanner';

type RawCell = { text: string; span: number; vMerge: 'restart' | 'continue' | null };
type RawRow = { before: number; cells: RawCell[] };
type TableState = { rows: RawRow[]; row: RawRow | null; cell: RawCell | null; cellParagraphs: string[] };

/**
 * Reads word/document.xml in one linear pass (scanXml): body paragraphs and top-level
 * tables in reading order. Runs give text (w:t), tabs (w:tab) and line breaks (w:br, w:cr); deleted text,
 * field instructions and the fallback copy of alternate content are skipped. A table nested in a cell is
 * flattened into that cell's text, one line per nested row.
 */
export function parseDocumentXml(xml: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  const tables: TableState[] = [];
  /** Text of the paragraphs being read; more than one when a text box sits inside a paragraph. */
  const paragraphs: string[] = [];
  let skipDepth = 0;
  let inText = false;
  let tableIndex = 0;

  const appendText = (s: string): void => {
    if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] += s;
  };

  scanXml(xml, {
    open(name, attr) {
      if (skipDepth > 0) {
        skipDepth += 1;
        return;
      }
      switch (name) {
        case 'w:delText':
        case 'w:instrText':
        case 'mc:Fallback':
        case 'w:rPr':
        case 'w:pPr':
          skipDepth = 1;
          return;
        case 'w:p':
          paragraphs.push('');
          return;
        case 'w:t':
          inText = true;
          return;
        case 'w:tab':
          appendText('\t');
          return;
        case 'w:br':
        case 'w:cr':
          appendText('\n');
          return;
        case 'w:tbl':
          tables.push({ rows: [], row: null, cell: null, cellParagraphs: [] });
          return;
        case 'w:tr': {
          const t = tables[tables.length - 1];
          if (t) t.row = { before: 0, cells: [] };
          return;
        }
        case 'w:gridBefore': {
          const t = tables[tables.length - 1];
          if (t?.row && !t.cell) t.row.before = positiveInt(attr('w:val'), 0);
          return;
        }
        case 'w:tc': {
          const t = tables[tables.length - 1];
          if (t) {
            t.cell = { text: '', span: 1, vMerge: null };
            t.cellParagraphs = [];
          }
          return;
        }
        case 'w:gridSpan': {
          const t = tables[tables.length - 1];
          if (t?.cell) t.cell.span = positiveInt(attr('w:val'), 1);
          return;
        }
        case 'w:vMerge': {
          const t = tables[tables.length - 1];
          // <w:vMerge/> without a value continues the merge above; 'restart' starts one.
          if (t?.cell) t.cell.vMerge = attr('w:val') === 'restart' ? 'restart' : 'continue';
          return;
        }
        default:
          return;
      }
    },
    text(text) {
      if (inText && skipDepth === 0) appendText(text);
    },
    close(name) {
      if (skipDepth > 0) {
        skipDepth -= 1;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          return;
        case 'w:p': {
          const text = paragraphs.pop() ?? '';
          const t = tables[tables.length - 1];
          if (t?.cell) t.cellParagraphs.push(text);
          else blocks.push({ kind: 'paragraph', text: text.trim() });
          return;
        }
        case 'w:tc': {
          const t = tables[tables.length - 1];
          if (t?.cell && t.row) {
            t.cell.text = t.cellParagraphs.join('\n').trim();
            t.row.cells.push(t.cell);
          }
          if (t) t.cell = null;
          return;
        }
        case 'w:tr': {
          const t = tables[tables.length - 1];
          if (t?.row) t.rows.push(t.row);
          if (t) t.row = null;
          return;
        }
        case 'w:tbl': {
          const t = tables.pop();
          if (!t) return;
          const parent = tables[tables.length - 1];
          if (parent?.cell) {
            // Nested table: keep its text inside the outer cell, one line per row.
            for (const row of t.rows) parent.cellParagraphs.push(row.cells.map((c) => c.text).join('\t'));
            return;
          }
          blocks.push({ kind: 'table', index: tableIndex, grid: buildGrid(t.rows) });
          tableIndex += 1;
          return;
        }
        default:
          return;
      }
    },
  });
  return blocks.filter((b) => b.kind === 'table' || b.text !== '');
}

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : fallback;
}

/**
 * Word rows → a rectangular grid: w:gridSpan repeats a cell to the right, w:vMerge="continue" repeats the
 * anchor of the slot above (covered slots point at their anchor and repeat its text, as the HTML adapter
 * does), w:gridBefore leaves empty slots. Short rows are filled with empty cells.
 */
export function buildGrid(rows: RawRow[]): GridCell[][] {
  const width = Math.max(1, ...rows.map((r) => r.before + r.cells.reduce((n, c) => n + c.span, 0)));
  const grid: GridCell[][] = [];
  rows.forEach((row, r) => {
    const line: GridCell[] = [];
    for (let c = 0; c < row.before; c += 1) line.push(anchorCell('', r, c));
    for (const cell of row.cells) {
      const c0 = line.length;
      const above = grid[r - 1]?.[c0];
      if (cell.vMerge === 'continue' && above) {
        const anchor = grid[above.anchorRow]?.[above.anchorCol] ?? above;
        for (let k = 0; k < cell.span; k += 1) {
          line.push({
            text: anchor.text,
            anchorRow: above.anchorRow,
            anchorCol: above.anchorCol,
            covered: true,
          });
        }
        continue;
      }
      for (let k = 0; k < cell.span; k += 1) {
        line.push({ text: cell.text, anchorRow: r, anchorCol: c0, covered: k > 0 });
      }
    }
    while (line.length < width) line.push(anchorCell('', r, line.length));
    grid.push(line.slice(0, width));
  });
  return grid;
}
