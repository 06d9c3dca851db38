import { type DocumentModel } from '../model/document-model';
import { ReportParseError } from '../model/report-parse-error';
import { type PageLines, removeFurniture } from './pdf/furniture';
import { layoutBlocks } from './pdf/layout';
import { groupLines } from './pdf/lines';
import { type PdfTextLayer, readTextLayer } from './pdf/pdfjs-worker';
import { toRuns } from './pdf/text-runs';

export { closePdfWorker } from './pdf/pdfjs-worker';

/** Reports are a handful of pages; anything far beyond that is not one and would only cost time. */
export const PDF_MAX_PAGES = 300;
/** A report takes well under a second; a file that keeps pdf.js busy this long is refused. */
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

/** Everything after pdf.js: runs → lines → furniture removed → paragraphs and tables. Pure, so tests can feed it positioned text. */
export function modelFromTextLayer(layer: PdfTextLayer): DocumentModel {
  const pages: PageLines[] = layer.pages.map((p, i) => ({ page: i + 1, height: p.height, lines: groupLines(toRuns(p.content), i + 1) }));
  if (pages.every((p) => p.lines.length === 0)) throw new ReportParseError('NO_TEXT_LAYER');
  const cleaned = removeFurniture(pages);
  const pageInfo = cleaned.map((p) => {
    const flat = p.lines.filter((l) => !l.vertical);
    const left = Math.min(...flat.map((l) => l.cells[0]?.x ?? Infinity));
    const right = Math.max(...flat.map((l) => l.cells[l.cells.length - 1]?.xEnd ?? -Infinity));
    return { page: p.page, textLeft: Number.isFinite(left) ? left : 0, textRight: Number.isFinite(right) ? right : 0 };
  });
  const blocks = layoutBlocks(
    cleaned.flatMap((p) => p.lines),
    pageInfo,
  );
  return { format: 'pdf', blocks, meta: { ...readMeta(layer.info), pageCount: layer.numPages } };
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
