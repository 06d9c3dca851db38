import { runInThisContext } from 'node:vm';
import { Worker } from 'node:worker_threads';

import { ReportParseError } from '../../model/report-parse-error';

/** The part of a pdf.js text item the adapter uses (the worker sends only these fields). */
export type PdfTextItem = { str: string; transform: number[]; width: number; height: number };
export type PdfTextContent = { items: ReadonlyArray<PdfTextItem> };

/** What the worker sends back for one document: the raw text layer, nothing laid out yet. */
/**
 * A drawn rule of a page: an axis-aligned line segment [x1, y1, x2, y2] in the text items' space (y up), from a
 * stroked path or a filled hairline rectangle (Chromium and Skia draw borders as thin filled boxes).
 */
export type PdfRule = [number, number, number, number];

export type PdfTextLayer = {
  /** `rules` is absent when the page was not looked at for rules (no table-like text, or an older caller). */
  pages: { height: number; content: PdfTextContent; rules?: PdfRule[] }[];
  info: Record<string, unknown>;
  numPages: number;
};

type WorkerReply =
  | { id: number; ok: true; layer: PdfTextLayer }
  | { id: number; ok: false; name: string; message: string; code?: 'TOO_LARGE' };

/**
 * pdf.js runs in a worker thread of its own, for three reasons:
 * - its legacy build (the one for Node 20) installs core-js polyfills on load that replace globals such
 *   as Array.prototype.push and JSON.parse and add navigator/DOMMatrix; in a worker they stay there;
 * - parsing embedded CJK fonts takes tens of milliseconds per page, which would block an API's event loop;
 * - a hostile file that makes pdf.js spin can be stopped (the worker is terminated on timeout).
 * The worker source is an eval'd CommonJS string, so it needs no separate build output and behaves the
 * same under Jest (worker threads run outside Jest's VM) and in the built library.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const pdfjs = require(workerData.pdfjsPath);
const OPS = pdfjs.OPS;
const mul = (m, n) => [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
// Axis-aligned segments of the page's stroked paths and the centre lines of its filled hairline boxes, in
// displayed page space with y up (as the text items). Curves, clip paths and large fills are not rules.
function pageRules(opList, viewportTransform, height) {
  const rules = [];
  const stack = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const HAIR = 3;
  const ALIGN = 0.6;
  const push = (x1, y1, x2, y2) => {
    if (Math.abs(y1 - y2) <= ALIGN && Math.abs(x2 - x1) > ALIGN) rules.push([Math.min(x1, x2), height - (y1 + y2) / 2, Math.max(x1, x2), height - (y1 + y2) / 2]);
    else if (Math.abs(x1 - x2) <= ALIGN && Math.abs(y2 - y1) > ALIGN) rules.push([(x1 + x2) / 2, height - Math.max(y1, y2), (x1 + x2) / 2, height - Math.min(y1, y2)]);
  };
  const { fnArray, argsArray } = opList;
  for (let i = 0; i < fnArray.length && rules.length < 20000; i += 1) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() || [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = mul(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) && args[0].length === 6) ctm = mul(ctm, args[0]);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() || [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.constructPath) {
      const paint = args[0];
      const path = args[1] && args[1][0];
      const stroked = paint === OPS.stroke || paint === OPS.closeStroke || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
      const filled = paint === OPS.fill || paint === OPS.eoFill;
      if (!path || (!stroked && !filled)) continue;
      const m = mul(viewportTransform, ctm);
      const subs = [];
      let sub = null;
      let curved = false;
      for (let k = 0; k < path.length; ) {
        const op = path[k];
        if (op === 0) { sub = [[m[0] * path[k + 1] + m[2] * path[k + 2] + m[4], m[1] * path[k + 1] + m[3] * path[k + 2] + m[5]]]; subs.push(sub); k += 3; }
        else if (op === 1) { if (sub) sub.push([m[0] * path[k + 1] + m[2] * path[k + 2] + m[4], m[1] * path[k + 1] + m[3] * path[k + 2] + m[5]]); k += 3; }
        else if (op === 2) { curved = true; k += 7; }
        else if (op === 3) { curved = true; k += 5; }
        else if (op === 4) { if (sub && sub.length > 0) sub.push(sub[0]); k += 1; }
        else break;
      }
      if (curved) continue;
      for (const points of subs) {
        if (stroked) {
          for (let j = 1; j < points.length; j += 1) push(points[j - 1][0], points[j - 1][1], points[j][0], points[j][1]);
          continue;
        }
        // A filled box thinner than a hairline in one direction is a rule along the other.
        let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (const [x, y] of points) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
        const w = x1 - x0;
        const h = y1 - y0;
        if (h <= HAIR && w > h * 3) push(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
        else if (w <= HAIR && h > w * 3) push((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
      }
    }
  }
  return rules;
}
parentPort.on('message', async ({ id, data, maxPages }) => {
  let task;
  try {
    task = pdfjs.getDocument({
      data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false,
      isOffscreenCanvasSupported: false, isImageDecoderSupported: false, stopAtErrors: false, verbosity: 0,
      disableAutoFetch: true, disableStream: true, disableRange: true,
    });
    const doc = await task.promise;
    if (doc.numPages > maxPages) {
      parentPort.postMessage({ id, ok: false, name: 'TooLarge', message: doc.numPages + ' pages', code: 'TOO_LARGE' });
      return;
    }
    const pages = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      // Positions in the page as displayed (its /Rotate applied), y up: text on a landscape page that the
      // PDF draws rotated becomes horizontal again.
      const viewport = page.getViewport({ scale: 1 });
      const height = viewport.height;
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string') continue;
        const m = pdfjs.Util.transform(viewport.transform, it.transform);
        items.push({ str: it.str, transform: [m[0], -m[1], -m[2], -m[3], m[4], height - m[5]], width: it.width, height: it.height });
      }
      // Rules are read only where a table of numbers is likely: two lines with three numbers each or one with
      // eight (Table 4 is one line of 15). The operator list costs about as much as the text again.
      const perLine = new Map();
      for (const it of items) if (/^\\s*[-+]?\\d[\\d,]*(\\.\\d+)?\\s*$/.test(it.str)) { const y = Math.round(it.transform[5] / 3); perLine.set(y, (perLine.get(y) || 0) + 1); }
      const counts = [...perLine.values()];
      const tabular = counts.filter((n) => n >= 3).length >= 2 || counts.some((n) => n >= 8);
      const rules = tabular ? pageRules(await page.getOperatorList(), viewport.transform, height) : undefined;
      pages.push(rules ? { height, content: { items }, rules } : { height, content: { items } });
      page.cleanup();
    }
    let info = {};
    try {
      const meta = await doc.getMetadata();
      const raw = meta && meta.info ? meta.info : {};
      for (const key of ['Title', 'CreationDate']) if (typeof raw[key] === 'string') info[key] = raw[key];
    } catch {}
    parentPort.postMessage({ id, ok: true, layer: { pages, info, numPages: doc.numPages } });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, name: String((error && error.name) || 'Error'), message: String((error && error.message) || error) });
  } finally {
    if (task) task.destroy().catch(() => {});
  }
});
`;

type Pending = { resolve: (layer: PdfTextLayer) => void; reject: (error: unknown) => void; timer: NodeJS.Timeout };

type PdfWorker = { thread: Worker; pending: Map<number, Pending> };

let worker: PdfWorker | undefined;
let nextId = 1;

type HostProcess = { getBuiltinModule(id: 'node:module'): { createRequire(path: string): { resolve(id: string): string } } };

function pdfjsPath(): string {
  // Resolved with Node's own resolver (Jest's is bypassed the same way as in pdfjs-loader).
  const hostProcess = runInThisContext('process') as HostProcess;
  return hostProcess.getBuiltinModule('node:module').createRequire(__filename).resolve('pdfjs-dist/legacy/build/pdf.mjs');
}

function failAll(pending: Map<number, Pending>, error: unknown): void {
  for (const [id, p] of pending) {
    clearTimeout(p.timer);
    p.reject(error);
    pending.delete(id);
  }
}

function getWorker(): PdfWorker {
  if (worker) return worker;
  // stdout/stderr piped (and ignored): pdf.js warnings must not reach the host's console.
  const thread = new Worker(WORKER_SOURCE, { eval: true, workerData: { pdfjsPath: pdfjsPath() }, stdout: true, stderr: true });
  const w: PdfWorker = { thread, pending: new Map() };
  thread.on('message', (reply: WorkerReply) => {
    const p = w.pending.get(reply.id);
    if (!p) return;
    w.pending.delete(reply.id);
    clearTimeout(p.timer);
    if (w.pending.size === 0) thread.unref();
    if (reply.ok) p.resolve(reply.layer);
    else p.reject(reply.code === 'TOO_LARGE' ? new ReportParseError('TOO_LARGE', reply.message) : Object.assign(new Error(reply.message), { name: reply.name }));
  });
  thread.on('error', (error) => {
    if (worker === w) worker = undefined;
    failAll(w.pending, error);
  });
  thread.on('exit', () => {
    if (worker === w) worker = undefined;
    failAll(w.pending, new Error('pdf worker exited'));
  });
  thread.unref();
  worker = w;
  return w;
}

/** Reads the text layer of a PDF in the pdf.js worker thread; rejects with TIMEOUT (and restarts the worker) when it takes too long. */
export function readTextLayer(bytes: Uint8Array, options: { timeoutMs: number; maxPages: number }): Promise<PdfTextLayer> {
  const w = getWorker();
  const id = nextId;
  nextId += 1;
  return new Promise<PdfTextLayer>((resolve, reject) => {
    const timer = setTimeout(() => {
      w.pending.delete(id);
      reject(new ReportParseError('TIMEOUT', `PDF text extraction exceeded ${options.timeoutMs} ms`));
      // The worker may be stuck in a loop: stop it (other documents in it fail too); the next call starts a fresh one.
      if (worker === w) worker = undefined;
      void w.thread.terminate();
    }, options.timeoutMs);
    w.pending.set(id, { resolve, reject, timer });
    w.thread.ref();
    // postMessage copies the bytes, so the caller's buffer is never detached.
    w.thread.postMessage({ id, data: bytes, maxPages: options.maxPages });
  });
}

/** Stops the worker (tests, graceful shutdown). The next extraction starts a new one. */
export async function closePdfWorker(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await w.thread.terminate();
}
