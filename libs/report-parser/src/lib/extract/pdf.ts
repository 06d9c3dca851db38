import { type DocumentModel } from '../model/document-model';
import { ReportParseError } from '../model/report-parse-error';
import { type PageLines, removeFurniture } from './pdf/furniture';
import { layoutBlocks } from './pdf/layout';
import { groupLines } from './pdf/lines';
import { type PdfDocument, loadPdfjs } from './pdf/pdfjs-loader';
import { toRuns } from './pdf/text-runs';

/** Reports are a handful of pages; anything far beyond that is not one and would only cost time. */
export const PDF_MAX_PAGES = 300;

/** PDF text layer: lines and table rows rebuilt from positioned text items. */
export async function extractPdf(bytes: Uint8Array): Promise<DocumentModel> {
  if (bytes.length === 0) throw new ReportParseError('EMPTY_INPUT');
  const pdfjs = loadPdfjs();
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy so the caller's bytes stay intact.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: 0,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw mapPdfError(error);
  }
  try {
    if (doc.numPages > PDF_MAX_PAGES) throw new ReportParseError('TOO_LARGE', `${doc.numPages} pages`);
    const pages: PageLines[] = [];
    const pageInfo: { page: number; textLeft: number; textRight: number }[] = [];
    let itemCount = 0;
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const { height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ disableNormalization: false });
      page.cleanup();
      const runs = toRuns(content);
      itemCount += runs.length;
      const lines = groupLines(runs, n);
      pages.push({ page: n, height, lines });
    }
    if (itemCount === 0) throw new ReportParseError('NO_TEXT_LAYER');
    const cleaned = removeFurniture(pages);
    for (const p of cleaned) {
      const flat = p.lines.filter((l) => !l.vertical);
      const left = Math.min(...flat.map((l) => l.cells[0]?.x ?? Infinity));
      const right = Math.max(...flat.map((l) => l.cells[l.cells.length - 1]?.xEnd ?? -Infinity));
      pageInfo.push({ page: p.page, textLeft: Number.isFinite(left) ? left : 0, textRight: Number.isFinite(right) ? right : 0 });
    }
    const blocks = layoutBlocks(
      cleaned.flatMap((p) => p.lines),
      pageInfo,
    );
    const meta = await readMeta(doc);
    return { format: 'pdf', blocks, meta: { ...meta, pageCount: doc.numPages } };
  } catch (error) {
    throw mapPdfError(error);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readMeta(doc: PdfDocument): Promise<{ title?: string; createdOn?: string }> {
  try {
    const { info } = await doc.getMetadata();
    if (typeof info !== 'object' || info === null) return {};
    const record = info as Record<string, unknown>;
    const title = typeof record['Title'] === 'string' ? record['Title'].trim() : '';
    const created = typeof record['CreationDate'] === 'string' ? pdfDate(record['CreationDate']) : undefined;
    return { ...(title ? { title } : {}), ...(created ? { createdOn: created } : {}) };
  } catch {
    return {};
  }
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
