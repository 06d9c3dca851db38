import { runInThisContext } from 'node:vm';
import { Worker } from 'node:worker_threads';

import { ReportParseError } from '../../model/report-parse-error';

/** The part of a pdf.js text item the adapter uses (the worker sends only these fields). */
export type PdfTextItem = { str: string; transform: number[]; width: number; height: number };
export type PdfTextContent = { items: ReadonlyArray<PdfTextItem> };

/** What the worker sends back for one document: the raw text layer, nothing laid out yet. */
export type PdfTextLayer = {
  pages: { height: number; content: PdfTextContent }[];
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
      pages.push({ height, content: { items } });
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
