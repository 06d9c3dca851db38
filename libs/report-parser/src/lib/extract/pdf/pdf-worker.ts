import { runInThisContext } from 'node:vm';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

import { ReportParseError } from '../../model/report-parse-error';
import { MUPDF_WORKER_SOURCE } from './mupdf-source';

/** A positioned run of text as the reader sends it: `transform` is [a, b, c, d, x, y] with y up from the page's bottom edge (pdf.js's text item shape, which the layout was built on). */
export type PdfTextItem = { str: string; transform: number[]; width: number; height: number };
export type PdfTextContent = { items: ReadonlyArray<PdfTextItem> };

/**
 * A drawn rule of a page: an axis-aligned line segment [x1, y1, x2, y2] in the text items' space (y up), from a
 * stroked path or a filled hairline rectangle (Chromium and Skia draw borders as thin filled boxes).
 */
export type PdfRule = [number, number, number, number];

/** What the worker sends back for one document: the raw text layer, nothing laid out yet. */
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
 * The PDF reader (MuPDF, see mupdf-source.ts) runs in a worker thread of its own:
 * - reading embedded CJK fonts and drawing pages takes milliseconds per page, which must not block an api's event loop;
 * - a hostile file that makes the reader spin can be stopped (the worker is terminated on timeout);
 * - the WebAssembly module and its memory stay out of the host's heap.
 */

type Pending = { resolve: (layer: PdfTextLayer) => void; reject: (error: unknown) => void; timer: NodeJS.Timeout };

type PdfWorker = { thread: Worker; pending: Map<number, Pending> };

let worker: PdfWorker | undefined;
let nextId = 1;

type HostProcess = { getBuiltinModule(id: 'node:module'): { createRequire(path: string): { resolve(id: string): string } } };

function mupdfUrl(): string {
  // Resolved with Node's own resolver (Jest's is bypassed: the worker thread runs outside Jest's VM).
  const hostProcess = runInThisContext('process') as HostProcess;
  return pathToFileURL(hostProcess.getBuiltinModule('node:module').createRequire(__filename).resolve('mupdf')).href;
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
  // stdout/stderr piped (and ignored): the reader's warnings must not reach the host's console.
  const thread = new Worker(MUPDF_WORKER_SOURCE, { eval: true, workerData: { mupdfUrl: mupdfUrl() }, stdout: true, stderr: true });
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

/** Reads the text layer and rules of a PDF in the reader's worker thread; rejects with TIMEOUT (and restarts the worker) when it takes too long. */
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
