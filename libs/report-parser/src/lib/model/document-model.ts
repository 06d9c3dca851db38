/**
 * The common document model every extract adapter (txt, html, docx, pdf) produces: paragraphs and tables
 * in reading order, tables as rectangular grids with merged cells expanded. Later stages never look at
 * the original format again.
 */

export type SourceFormat = 'txt' | 'html' | 'docx' | 'pdf';

export type GridCell = {
  /** Text of the cell as printed, line breaks kept as '\n'. Empty for an empty cell. */
  text: string;
  /** Position of the merged cell this slot belongs to; equals the slot's own position for an anchor. */
  anchorRow: number;
  anchorCol: number;
  /** True when this slot is covered by a merged cell anchored elsewhere (a rowspan/colspan copy). */
  covered: boolean;
  /**
   * Compatible extension: true for slots that only pad a flattened row to the table width. Flattened
   * rows (txt, PDF lines) have different lengths; padding is not a printed (blank) cell.
   */
  padding?: boolean;
};

export type DocTable = {
  kind: 'table';
  /** Index among the tables of the document, from 0. */
  index: number;
  /** grid[row][col]; every row has the same length. */
  grid: GridCell[][];
  /** 1-based page where the table starts (PDF and paginated sources). */
  page?: number;
  /**
   * True when the adapter could not see cell boundaries (flattened text, PDF lines) and each row is just
   * the cells in reading order: mapping then anchors on the row label and takes the trailing values.
   */
  flattened?: boolean;
};

export type DocParagraph = {
  kind: 'paragraph';
  text: string;
  page?: number;
};

export type DocBlock = DocParagraph | DocTable;

export type DocumentModel = {
  format: SourceFormat;
  blocks: DocBlock[];
  /** What the container says about the document besides its body. */
  meta: {
    /** HTML <title>, docx core title, PDF Info Title. */
    title?: string;
    /** HTML <meta name=… content=…> pairs, lower-cased names (e.g. pubdate, url, articletitle). */
    metaTags?: Record<string, string>;
    /** Dates the container states (PDF CreationDate, docx dcterms:created), ISO yyyy-mm-dd. */
    createdOn?: string;
    /** Text encoding the bytes were decoded from. */
    encoding?: string;
    pageCount?: number;
  };
};

/** Builds a grid cell that anchors itself. */
export function anchorCell(text: string, row: number, col: number): GridCell {
  return { text, anchorRow: row, anchorCol: col, covered: false };
}
