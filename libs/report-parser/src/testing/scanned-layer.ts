import { type DocumentModel } from '../lib/model/document-model';
import { type OcrCell, type PdfRule, type PdfTextItem, type PdfTextLayer, type ScanReading } from '../lib/ocr/scanned';

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 40;
const ROW_H = 18;
const LINE_H = 16;

/**
 * What an OCR engine would return for a document: each paragraph a line of positioned text, each table drawn
 * with its rules (merged cells without the rules between their slots) on a page of its own when it does not fit,
 * and the cells between the rules in reading order with the given confidence. For tests of the scanned path
 * without Tesseract.
 */
export function scannedLayerOf(model: DocumentModel, confidence = 0.97): Pick<ScanReading, 'layer' | 'cells' | 'engine' | 'dpi' | 'msPerPage'> {
  type Page = { items: PdfTextItem[]; rules: PdfRule[] };
  const pages: Page[] = [{ items: [], rules: [] }];
  const cells: OcrCell[] = [];
  let y = PAGE_H - MARGIN;
  const page = () => pages[pages.length - 1] as Page;
  const newPage = () => {
    pages.push({ items: [], rules: [] });
    y = PAGE_H - MARGIN;
  };
  const text = (str: string, x: number, baseline: number, width: number) => {
    const size = Math.max(2, Math.min(9, (width - 4) / Math.max(1, [...str].length)));
    page().items.push({ str, transform: [size, 0, 0, size, x + 2, baseline], width: size * [...str].length, height: size });
  };
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') {
      if (y - LINE_H < MARGIN) newPage();
      y -= LINE_H;
      text(block.text.replace(/\s+/gu, ' '), MARGIN, y, PAGE_W - 2 * MARGIN);
      continue;
    }
    const rows = block.grid.length;
    const cols = block.grid[0]?.length ?? 0;
    if (rows === 0 || cols === 0) continue;
    if (y - rows * ROW_H - 10 < MARGIN) newPage();
    y -= 10;
    const top = y;
    const colW = (PAGE_W - 2 * MARGIN) / cols;
    const xAt = (c: number) => MARGIN + c * colW;
    const yAt = (r: number) => top - r * ROW_H;
    const anchor = (r: number, c: number) => {
      const cell = block.grid[r]?.[c];
      return cell ? `${String(cell.anchorRow)}:${String(cell.anchorCol)}` : '';
    };
    const rules = page().rules;
    for (let r = 0; r <= rows; r += 1)
      for (let c = 0; c < cols; c += 1) if (r === 0 || r === rows || anchor(r - 1, c) !== anchor(r, c)) rules.push([xAt(c), yAt(r), xAt(c + 1), yAt(r)]);
    for (let c = 0; c <= cols; c += 1)
      for (let r = 0; r < rows; r += 1) if (c === 0 || c === cols || anchor(r, c - 1) !== anchor(r, c)) rules.push([xAt(c), yAt(r + 1), xAt(c), yAt(r)]);
    const pageNo = pages.length;
    block.grid.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell.covered || cell.padding) return;
        let r1 = r;
        let c1 = c;
        while (r1 + 1 < rows && block.grid[r1 + 1]?.[c]?.covered && anchor(r1 + 1, c) === anchor(r, c)) r1 += 1;
        while (c1 + 1 < cols && block.grid[r]?.[c1 + 1]?.covered && anchor(r, c1 + 1) === anchor(r, c)) c1 += 1;
        const content = cell.text.replace(/\s+/gu, '');
        if (content) text(content, xAt(c), (yAt(r) + yAt(r1 + 1)) / 2 - 3, (c1 - c + 1) * colW);
        cells.push({ page: pageNo, box: [xAt(c) / PAGE_W, 1 - yAt(r) / PAGE_H, xAt(c1 + 1) / PAGE_W, 1 - yAt(r1 + 1) / PAGE_H], text: content, confidence });
      }),
    );
    y = top - rows * ROW_H;
  }
  const layer: PdfTextLayer = { pages: pages.map((p) => ({ height: PAGE_H, content: { items: p.items }, rules: p.rules })), info: {}, numPages: pages.length };

  return { layer, cells, engine: 'stand-in', dpi: 200, msPerPage: 1 };
}
