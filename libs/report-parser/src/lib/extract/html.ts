import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';

import { type DocBlock, type DocTable, type DocumentModel, type GridCell, anchorCell } from '../model/document-model';

/**
 * HTML → DocumentModel in one streaming pass over htmlparser2's tokenizer callbacks (no DOM: building
 * one costs several times the tokenizing). Tables are rebuilt as grids with rowspan/colspan expanded
 * (covered slots point at their anchor and repeat its text). `<br>` and `<p>` inside cells become '\n'.
 * Layout tables (tables that hold other tables or page-long text) are dissolved into the blocks they
 * contain, so a report inside an old table-layout page still reads as paragraphs and data tables.
 */

/** Elements whose content is never report text. `nav` and form controls are site chrome. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'select', 'button', 'iframe', 'object', 'textarea', 'map']);
/** Elements that end a line of text. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'dd', 'dt', 'dl',
  'blockquote', 'pre', 'hr', 'center', 'form', 'address', 'figure', 'figcaption', 'main', 'aside', 'caption', 'tbody', 'thead', 'tfoot',
]);

/** Bounds: nested tables deeper than this are read as text; spans and sizes are clamped. */
const MAX_TABLE_DEPTH = 8;
const MAX_COLSPAN = 64;
const MAX_ROWSPAN = 500;
const MAX_TABLE_SLOTS = 200_000;
const LAYOUT_CELL_CHARS = 1500;
/** No report paragraph or cell is this long; longer text (fuzz, broken pages) is cut to keep matching linear. */
const MAX_TEXT_CHARS = 20_000;
/** htmlparser2 keeps open elements in an array it shifts on every tag, so nesting depth costs O(depth²). */
const TAGS_BEFORE_DEPTH_CHECK = 20_000;
const MAX_DEPTH = 400;
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source', 'param', 'embed', 'track']);

/** True when the page nests elements absurdly deep (only checked for pages with very many tags). */
function nestsTooDeep(html: string): boolean {
  let tags = 0;
  for (let i = html.indexOf('<'); i !== -1 && tags <= TAGS_BEFORE_DEPTH_CHECK; i = html.indexOf('<', i + 1)) tags += 1;
  if (tags <= TAGS_BEFORE_DEPTH_CHECK) return false;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = (m[2] as string).toLowerCase();
    if (VOID.has(name) || m[3] === '/') continue;
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_DEPTH) return true;
  }

  return false;
}

/** Drops wrapper elements that carry no structure (a div becomes a line break); tables and paragraphs stay. */
function flattenWrappers(html: string): string {
  return html.replace(/<\/?(?:div|span|font|b|i|u|em|strong|section|article|a|small|big|center|label|sup|sub|o:p)\b[^>]*>/gi, (m) => (/^<\/?div/i.test(m) ? '<br>' : ''));
}

type Container = { blocks: DocBlock[]; text: string };
type RawCell = { colspan: number; rowspan: number; container: Container };
type TableFrame = { rows: RawCell[][]; row: RawCell[] | null; cell: RawCell | null; parent: Container; hasNested: boolean };

const SPACE_RUN = /[\s\u00a0\u200b\ufeff]+/g;
const BLANK = /^[\s\u00a0]*$/;
const NEEDS_FIX = /[\x80-\xff&]/;

/**
 * How raw text becomes text. Normally identity (htmlparser2 decoded entities already). On the fast path
 * the page is tokenized as latin1 (one char per byte: no UTF-8 decoding of the whole page, most of which
 * is markup and script), and only the text that is kept is decoded from UTF-8, entities after it.
 */
type Fix = (raw: string) => string;
const identity: Fix = (raw) => raw;
const fromUtf8Bytes: Fix = (raw) => {
  if (!NEEDS_FIX.test(raw)) return raw;
  const text = Buffer.from(raw, 'latin1').toString('utf8');

  return text.indexOf('&') === -1 ? text : decodeHTML(text);
};
let fix: Fix = identity;

function flush(container: Container): void {
  if (container.text === '') return;
  const raw = container.text;
  container.text = '';
  if (BLANK.test(raw)) return;
  let text = fix(raw.length > MAX_TEXT_CHARS * 4 ? raw.slice(0, MAX_TEXT_CHARS * 4) : raw).replace(SPACE_RUN, ' ').trim();
  if (text.length > MAX_TEXT_CHARS) text = text.slice(0, MAX_TEXT_CHARS);
  if (text !== '') container.blocks.push({ kind: 'paragraph', text });
}

function span(value: string | undefined, max: number): number {
  if (value === undefined) return 1;
  const n = Number.parseInt(value, 10);
  if (!Number.isFinite(n) || n < 1) return value.trim() === '0' ? 0 : 1;

  return Math.min(n, max);
}

function cellText(container: Container): string {
  flush(container);
  let out = '';
  for (const block of container.blocks) {
    if (block.kind === 'paragraph') out = out === '' ? block.text : `${out}\n${block.text}`;
    if (out.length > MAX_TEXT_CHARS) return out.slice(0, MAX_TEXT_CHARS);
  }

  return out;
}

function buildGrid(rows: RawCell[][]): GridCell[][] {
  const grid: (GridCell | undefined)[][] = rows.map(() => []);
  let slots = 0;
  for (let r = 0; r < rows.length; r += 1) {
    const line = grid[r] as (GridCell | undefined)[];
    let c = 0;
    for (const cell of rows[r] as RawCell[]) {
      while (line[c]) c += 1;
      const text = cellText(cell.container);
      const remaining = rows.length - r;
      // rowspan=0 means "to the end of the table section" in HTML.
      const rs = cell.rowspan === 0 ? remaining : Math.min(cell.rowspan, remaining);
      const cs = Math.max(cell.colspan, 1);
      for (let dr = 0; dr < rs; dr += 1) {
        const target = grid[r + dr] as (GridCell | undefined)[];
        for (let dc = 0; dc < cs; dc += 1) {
          if (target[c + dc]) continue;
          target[c + dc] = { text, anchorRow: r, anchorCol: c, covered: dr !== 0 || dc !== 0 };
          slots += 1;
        }
      }
      c += cs;
      if (slots > MAX_TABLE_SLOTS) break;
    }
    if (slots > MAX_TABLE_SLOTS) {
      grid.length = r + 1;
      break;
    }
  }
  const width = grid.reduce((max, line) => Math.max(max, line.length), 0);

  return grid.map((line, r) => {
    const out: GridCell[] = new Array<GridCell>(width);
    // Slots no <td> reaches (a row with fewer cells than the table) were not printed: padding, not blanks.
    for (let c = 0; c < width; c += 1) out[c] = line[c] ?? { ...anchorCell('', r, c), padding: true };

    return out;
  });
}

function isLayout(frame: TableFrame): boolean {
  if (frame.hasNested) return true;
  for (const row of frame.rows) {
    for (const cell of row) {
      let chars = cell.container.text.length;
      for (const block of cell.container.blocks) if (block.kind === 'paragraph') chars += block.text.length;
      if (chars > LAYOUT_CELL_CHARS) return true;
    }
  }

  return false;
}

export function extractHtml(html: string, encoding?: string): DocumentModel {
  fix = identity;
  try {
    return extract(html, true, encoding);
  } finally {
    fix = identity;
  }
}

/**
 * The fast path for UTF-8 pages: `latin1` is the page's bytes read as latin1 (Buffer#toString('latin1'),
 * which costs nothing), the caller having checked that the bytes are valid UTF-8.
 */
export function extractHtmlUtf8Latin1(latin1: string): DocumentModel {
  fix = fromUtf8Bytes;
  try {
    return extract(latin1, false, 'utf-8');
  } finally {
    fix = identity;
  }
}

function extract(input: string, decodeEntities: boolean, encoding?: string): DocumentModel {
  const html = nestsTooDeep(input) ? flattenWrappers(input) : input;
  const root: Container = { blocks: [], text: '' };
  const tables: TableFrame[] = [];
  /** A sink for text between table tags (whitespace between <tr> and <td>): never read. */
  const limbo: Container = { blocks: [], text: '' };
  const metaTags: Record<string, string> = {};
  let title = '';
  let inTitle = false;
  let skipDepth = 0;
  /** Tables nested beyond MAX_TABLE_DEPTH: their tags are ignored, their text flows into the enclosing cell. */
  let ignoredTables = 0;

  const current = (): Container => {
    const top = tables[tables.length - 1];
    if (!top) return root;

    return top.cell ? top.cell.container : limbo;
  };
  const endCell = (frame: TableFrame) => {
    if (frame.cell) {
      if (!frame.row) frame.row = [];
      frame.row.push(frame.cell);
      frame.cell = null;
    }
  };
  const endRow = (frame: TableFrame) => {
    endCell(frame);
    if (frame.row) frame.rows.push(frame.row);
    frame.row = null;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          if (SKIP.has(name)) skipDepth += 1;

          return;
        }
        if (SKIP.has(name)) {
          skipDepth = 1;

          return;
        }
        switch (name) {
          case 'title':
            inTitle = title === '';

            return;
          case 'meta': {
            const key = (attribs['name'] ?? attribs['property'] ?? attribs['http-equiv'])?.toLowerCase();
            const content = attribs['content'];
            if (key && content !== undefined && metaTags[key] === undefined) metaTags[key] = fix(content).trim();

            return;
          }
          case 'link':
            if (attribs['rel']?.toLowerCase() === 'canonical' && attribs['href']) metaTags['canonical'] ??= fix(attribs['href']);

            return;
          case 'table': {
            if (tables.length >= MAX_TABLE_DEPTH) {
              ignoredTables += 1;
              flush(current());

              return;
            }
            const parent = current();
            flush(parent);
            const outer = tables[tables.length - 1];
            if (outer) outer.hasNested = true;
            tables.push({ rows: [], row: null, cell: null, parent, hasNested: false });

            return;
          }
          case 'tr': {
            const top = tables[tables.length - 1];
            if (top && ignoredTables === 0) {
              endRow(top);
              top.row = [];
            } else flush(current());

            return;
          }
          case 'td':
          case 'th': {
            const top = tables[tables.length - 1];
            if (top && ignoredTables === 0) {
              endCell(top);
              top.cell = { colspan: span(attribs['colspan'], MAX_COLSPAN) || 1, rowspan: span(attribs['rowspan'], MAX_ROWSPAN), container: { blocks: [], text: '' } };
            } else flush(current());

            return;
          }
          default:
            if (BLOCK.has(name)) flush(current());
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (inTitle) {
          title += text;

          return;
        }
        current().text += text;
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (SKIP.has(name)) skipDepth -= 1;

          return;
        }
        switch (name) {
          case 'title':
            inTitle = false;

            return;
          case 'td':
          case 'th': {
            const top = tables[tables.length - 1];
            if (top && ignoredTables === 0) endCell(top);
            else flush(current());

            return;
          }
          case 'tr': {
            const top = tables[tables.length - 1];
            if (top && ignoredTables === 0) endRow(top);
            else flush(current());

            return;
          }
          case 'table': {
            if (ignoredTables > 0) {
              ignoredTables -= 1;
              flush(current());

              return;
            }
            const frame = tables.pop();
            if (!frame) return;
            endRow(frame);
            closeTable(frame);

            return;
          }
          default:
            if (BLOCK.has(name)) flush(current());
        }
      },
    },
    { decodeEntities, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  const closeTable = (frame: TableFrame) => {
    if (frame.rows.length === 0) return;
    if (isLayout(frame)) {
      // Dissolve: the cells' own blocks (paragraphs and data tables) join the enclosing container in order.
      flush(frame.parent);
      for (const row of frame.rows) {
        for (const cell of row) {
          flush(cell.container);
          for (const block of cell.container.blocks) frame.parent.blocks.push(block);
        }
      }

      return;
    }
    const table: DocTable = { kind: 'table', index: 0, grid: buildGrid(frame.rows) };
    frame.parent.blocks.push(table);
  };

  parser.write(html);
  parser.end();
  // Unclosed tables at the end of a broken page are closed here.
  while (tables.length > 0) {
    const frame = tables.pop() as TableFrame;
    endRow(frame);
    closeTable(frame);
  }
  flush(root);

  let index = 0;
  for (const block of root.blocks) if (block.kind === 'table') block.index = index++;
  const cleanTitle = fix(title).replace(SPACE_RUN, ' ').trim();

  return {
    format: 'html',
    blocks: root.blocks,
    meta: { ...(cleanTitle ? { title: cleanTitle } : {}), metaTags, ...(encoding ? { encoding } : {}) },
  };
}
