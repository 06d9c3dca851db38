import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { type AuditActor, type ConnectionSource, inTransaction, type Lease } from '@gongkai/database';
import { type ConvertedDocument, type DocumentConverter } from '@gongkai/document-convert';
import { type ScanReader } from '@gongkai/report-parser';

import { type WorkerRequest, type WorkerResponse } from './batch-worker';
import { convertOfficeDocument } from './convert-document';
import { type ParseFn, type Prepared, prepareReport } from './prepare-report';
import { type ReportRows, sha256Of } from './report-rows';
import { type StoredRow, type StoreTotals, storeRows } from './store-rows';
import { type IngestErrorInfo, type IngestResult } from './types';
import { isUniqueViolation } from './unique-violation';

/** Refusals that mean "a scan, and no OCR here": writeBatch reads these documents again with its reader. */
const SCAN_CODES: ReadonlySet<string> = new Set(['NO_TEXT_LAYER', 'OCR_MISSING']);

export type BatchDocument = { label: string; bytes: Uint8Array; regionCode?: string | null; sourceUrl?: string };

export type BatchProgress = { done: number; total: number | null; stored: number; rejected: number };

export type WriteBatchOptions = {
  /** Parse threads (default: the machine's cores); 0 parses on this thread (and allows `parse`). */
  workers?: number;
  /** Reports per transaction (default 100). */
  batchSize?: number;
  /** Writer connections (default 2, at most the database's capacity: 1 on the embedded database). */
  writers?: number;
  /** `--resume`: documents whose bytes are stored already are skipped (counted), not listed as duplicates. */
  skipKnown?: boolean;
  /** How many documents will come, for progress (the iterable may be lazy). */
  total?: number;
  onResult?: (result: IngestResult) => void;
  onProgress?: (progress: BatchProgress) => void;
  /** Only with workers: 0 (a function cannot cross to a worker thread). */
  parse?: ParseFn;
  /**
   * Legacy and other office formats → .docx (libs/document-convert). Conversions run on this thread (subprocesses,
   * as many at once as the converter allows, waiting for a slot as long as needed) before a worker parses the .docx;
   * without a converter such documents are refused naming the package to install.
   */
  convert?: DocumentConverter;
  /**
   * Reads scans by OCR (libs/document-ocr). A document a worker found to be a scan (a PDF without a text layer,
   * page images) is read again on this thread with it (Tesseract runs as a subprocess); without it such
   * documents are refused naming the packages to install.
   */
  ocr?: ScanReader;
  /** Who writes (audit trail: a row per stored report, in its transaction); the system when absent. */
  actor?: AuditActor;
};

export type BatchSummary = {
  documents: number;
  ingested: number;
  superseded: number;
  duplicate: number;
  rejected: number;
  /** Skipped as already stored (skipKnown). */
  skipped: number;
  values: number;
  issues: number;
  crossYearIssues: number;
  transactions: number;
  wallMs: number;
};

/**
 * The database stopped answering in the middle of a batch run: what was stored (whole transactions only)
 * and why it stopped. Nothing is half-stored; a re-run with skipKnown completes the set.
 */
export class BatchInterruptedError extends Error {
  readonly code = 'STORE_INTERRUPTED';

  constructor(
    readonly summary: BatchSummary,
    readonly reason: string,
  ) {
    super(`ingest interrupted after ${summary.ingested + summary.superseded} stored documents: ${reason}`);
    this.name = 'BatchInterruptedError';
  }
}

type Pending = { doc: BatchDocument; sha256: string };
type Ready = { rows: ReportRows; bytes: Uint8Array; label: string };
type Lane = { lease: Lease; queue: Ready[]; writing: Promise<void>; inFlight: number };

/** Documents per worker request (and per known-bytes lookup: GROUP × workers). */
const GROUP = 16;
/** Connection-level failures: the batch cannot be retried on this connection. */
const CONNECTION_ERRORS = /Connection terminated|connection error|not queryable|ECONNRESET|ECONNREFUSED|EPIPE|terminating connection|server closed the connection/i;

/**
 * Many documents → the database, fast: hashes on this thread (known bytes are answered without parsing),
 * parsing on worker threads, rows written in transactions of `batchSize` reports over several writer
 * connections with COPY where the database has it. Each issuer's documents go through one writer, in the
 * order they were parsed, so supersedes and cross-year checks see each other; every transaction is whole
 * or nothing. A transaction that fails on a bad row is retried document by document, so one document's
 * problem rejects that document only. Results are reported per document through onResult.
 */
export async function writeBatch(db: ConnectionSource, documents: Iterable<BatchDocument> | AsyncIterable<BatchDocument>, options: WriteBatchOptions = {}): Promise<BatchSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const workerCount = options.workers ?? Math.max(1, Math.min(4, availableParallelism()));
  if (options.parse && workerCount > 0) throw new Error('writeBatch: a custom parse function needs workers: 0');
  const summary: BatchSummary = { documents: 0, ingested: 0, superseded: 0, duplicate: 0, rejected: 0, skipped: 0, values: 0, issues: 0, crossYearIssues: 0, transactions: 0, wallMs: 0 };
  const emit = (result: IngestResult) => {
    summary[result.status] += 1;
    options.onResult?.(result);
    progress();
  };

  const laneCount = Math.max(1, Math.min(options.writers ?? 2, db.capacity));
  const lanes: Lane[] = [];
  for (let i = 0; i < laneCount; i++) lanes.push({ lease: await db.acquire(), queue: [], writing: Promise.resolve(), inFlight: 0 });
  // Known bytes are looked up on a connection of their own where the database has one to spare, so the
  // parsers never wait for a writer's transaction (the embedded database has one: its lane 0 serves both).
  const reader: Lane = db.capacity > laneCount ? { lease: await db.acquire(), queue: [], writing: Promise.resolve(), inFlight: 0 } : (lanes[0] as Lane);
  const copy = lanes.every((l) => l.lease.copyIn !== null);
  const pool = workerCount > 0 ? new WorkerPool(workerCount) : null;
  let interrupted: string | null = null;
  // Same bytes twice in one run: the second waits for the first's outcome and is its duplicate.
  const firstOf = new Map<string, { label: string; outcome: Promise<string | null>; settle: (id: string | null) => void }>();

  const laneOf = (regionCode: string) => lanes[hashCode(regionCode) % lanes.length] as Lane;
  const writeOn = (lane: Lane, items: Ready[]) => {
    lane.inFlight++;
    lane.writing = lane.writing.then(async () => {
      try {
        if (!interrupted) await storeBatch(lane, items);
        else for (const item of items) firstOf.get(item.rows.sha256)?.settle(null);
      } finally {
        lane.inFlight--;
        notify();
      }
    });
  };
  const storeBatch = async (lane: Lane, items: Ready[]) => {
    let stored: { rows: StoredRow[]; totals: StoreTotals };
    try {
      stored = await inTransaction(lane.lease.client, () => storeRows(lane.lease.client, items.map((i) => i.rows), items.map((i) => i.bytes), lane.lease.copyIn, options.actor));
    } catch (error) {
      if (isConnectionError(error)) {
        interrupted = reasonOf(lane, error);
        for (const item of items) firstOf.get(item.rows.sha256)?.settle(null);

        return;
      }
      // One bad row (or a lost race for an issuer-year) fails its whole transaction: store one by one.
      for (const item of items) await storeOne(lane, item);

      return;
    }
    summary.transactions++;
    addTotals(stored.totals);
    stored.rows.forEach((row, k) => finish(items[k] as Ready, row));
  };
  const storeOne = async (lane: Lane, item: Ready) => {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const stored = await inTransaction(lane.lease.client, () => storeRows(lane.lease.client, [item.rows], [item.bytes], lane.lease.copyIn, options.actor));
        summary.transactions++;
        addTotals(stored.totals);
        finish(item, stored.rows[0] as StoredRow);

        return;
      } catch (error) {
        if (isConnectionError(error)) {
          interrupted = reasonOf(lane, error);
          firstOf.get(item.rows.sha256)?.settle(null);

          return;
        }
        if (attempt === 0 && isUniqueViolation(error, 'report_one_current')) continue;
        const message = error instanceof Error ? error.message : String(error);
        firstOf.get(item.rows.sha256)?.settle(null);
        emit({ fileName: item.label, status: 'rejected', reportId: null, error: { code: 'STORE_FAILED', messageZh: `无法写入数据库：${message}`, messageEn: `The database refused the report: ${message}` } });

        return;
      }
    }
  };
  const addTotals = (t: StoreTotals) => {
    summary.values += t.values;
    summary.issues += t.issues;
    summary.crossYearIssues += t.crossYearIssues;
  };
  const finish = (item: Ready, row: StoredRow) => {
    firstOf.get(item.rows.sha256)?.settle(row.reportId);
    emit({ fileName: item.label, status: row.status, reportId: row.reportId, error: null });
  };
  const enqueue = (ready: Ready) => {
    const lane = laneOf(ready.rows.regionCode);
    lane.queue.push(ready);
    if (lane.queue.length >= batchSize) flushLane(lane, false);
  };
  const flushLane = (lane: Lane, all: boolean) => {
    while (lane.queue.length >= batchSize || (all && lane.queue.length > 0)) writeOn(lane, takeBatch(lane.queue, batchSize));
  };
  const reject = (label: string, sha256: string, error: IngestErrorInfo) => {
    firstOf.get(sha256)?.settle(null);
    emit({ fileName: label, status: 'rejected', reportId: null, error });
  };
  const onPrepared = (pending: Pending, prepared: Prepared | WorkerResponse['prepared'][number]) => {
    if (prepared.ok) enqueue({ rows: prepared.rows, bytes: pending.doc.bytes, label: pending.doc.label });
    else reject(pending.doc.label, pending.sha256, prepared.error);
  };

  // Reading the input: hash, drop known bytes, hand the rest to the parsers in groups.
  const waiters: (() => void)[] = [];
  const notify = () => waiters.splice(0).forEach((wake) => wake());
  let parsingNow = 0;
  const parsing: Promise<void>[] = [];
  const repeats: Promise<void>[] = [];
  const track = (work: Promise<void>) => {
    parsingNow++;
    parsing.push(
      work.finally(() => {
        parsingNow--;
        notify();
      }),
    );
  };
  const dispatch = async (items: Pending[]) => {
    if (items.length === 0) return;
    let known: Map<string, string>;
    try {
      known = await knownReports(reader, items.map((i) => i.sha256));
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      interrupted ??= reasonOf(reader, error);
      for (const item of items) firstOf.get(item.sha256)?.settle(null);

      return;
    }
    const fresh = items.filter((item) => {
      const hit = known.get(item.sha256);
      if (!hit) return true;
      firstOf.get(item.sha256)?.settle(hit);
      if (options.skipKnown) {
        summary.skipped++;
        progress();
      } else emit({ fileName: item.doc.label, status: 'duplicate', reportId: hit, error: null });

      return false;
    });
    if (fresh.length === 0) return;
    const encoding = copy ? 'copy' : 'columns';
    // Office documents first become .docx here; the ones that cannot are answered now and not sent to a parser.
    const converted = new Map<Pending, ConvertedDocument>();
    if (options.convert) {
      const outcomes = await Promise.all(fresh.map((item) => convertOfficeDocument(item.doc.bytes, item.doc.label, options.convert, Number.POSITIVE_INFINITY)));
      for (let k = fresh.length - 1; k >= 0; k--) {
        const outcome = outcomes[k] as Awaited<ReturnType<typeof convertOfficeDocument>>;
        const item = fresh[k] as Pending;
        if ('error' in outcome) {
          reject(item.doc.label, item.sha256, outcome.error);
          fresh.splice(k, 1);
        } else if (outcome.converted) converted.set(item, outcome.converted);
      }
      if (fresh.length === 0) return;
    }
    const asInput = (item: Pending) => {
      const docx = converted.get(item);

      return {
        fileName: item.doc.label,
        bytes: item.doc.bytes,
        sha256: item.sha256,
        regionCode: item.doc.regionCode ?? null,
        ...(item.doc.sourceUrl ? { sourceUrl: item.doc.sourceUrl } : {}),
        ...(docx ? { converted: docx } : {}),
      };
    };
    // A scan comes back refused for want of OCR (workers have no reader): it is read here, with the reader.
    const rescan = async <P extends Prepared | WorkerResponse['prepared'][number]>(item: Pending, prepared: P): Promise<P | Prepared> =>
      options.ocr && !prepared.ok && SCAN_CODES.has(prepared.error.code) ? prepareReport(asInput(item), { ocr: options.ocr, valueEncoding: encoding }) : prepared;
    if (!pool) {
      for (const item of fresh) onPrepared(item, await rescan(item, await prepareReport(asInput(item), { parse: options.parse, valueEncoding: encoding })));

      return;
    }
    let answer: WorkerResponse;
    try {
      answer = await pool.request({
        docs: fresh.map(asInput),
        valueEncoding: encoding,
      });
    } catch (error) {
      // A worker that died (out of memory on a hostile document) takes only its own documents with it.
      const message = error instanceof Error ? error.message : String(error);
      for (const item of fresh) reject(item.doc.label, item.sha256, { code: 'CORRUPT_FILE', messageZh: '文件无法解析（解析进程异常退出）。', messageEn: `The file could not be parsed: ${message}` });

      return;
    }
    for (const [k, p] of answer.prepared.entries()) onPrepared(fresh[k] as Pending, await rescan(fresh[k] as Pending, p));
  };
  const progress = () =>
    options.onProgress?.({ done: summary.ingested + summary.superseded + summary.duplicate + summary.rejected + summary.skipped, total: options.total ?? null, stored: summary.ingested + summary.superseded, rejected: summary.rejected });

  try {
    let group: Pending[] = [];
    for await (const doc of documents) {
      if (interrupted) break;
      summary.documents++;
      const sha256 = sha256Of(doc.bytes);
      const first = firstOf.get(sha256);
      if (first) {
        // Same bytes as an earlier document of this run: its duplicate, once the first one's outcome is known.
        repeats.push(
          first.outcome.then((id) =>
            emit(
              id
                ? { fileName: doc.label, status: 'duplicate', reportId: id, error: null }
                : { fileName: doc.label, status: 'rejected', reportId: null, error: { code: 'DUPLICATE_OF_REJECTED', messageZh: `与 ${first.label} 内容相同，该文件未入库。`, messageEn: `Same bytes as ${first.label}, which was not stored.` } },
            ),
          ),
        );
        continue;
      }
      let settle: (id: string | null) => void = () => undefined;
      const outcome = new Promise<string | null>((resolvePromise) => (settle = resolvePromise));
      firstOf.set(sha256, { label: doc.label, outcome, settle });
      group.push({ doc, sha256 });
      if (group.length >= GROUP * Math.max(1, workerCount)) {
        track(dispatchInGroups(group, workerCount, dispatch));
        group = [];
      }
      // Backpressure: parsing runs at most a few groups ahead, and the writers at most two batches behind.
      while (!interrupted && (parsingNow > 2 * Math.max(1, workerCount) || lanes.reduce((n, l) => n + l.inFlight, 0) > lanes.length * 2)) {
        await new Promise<void>((wake) => waiters.push(wake));
      }
    }
    track(dispatchInGroups(group, workerCount, dispatch));
    await Promise.all(parsing);
    for (const lane of lanes) flushLane(lane, true);
    await Promise.all(lanes.map((l) => l.writing));
    await Promise.all(repeats);
  } finally {
    await pool?.close();
    for (const lane of lanes) lane.lease.release();
    if (!lanes.includes(reader)) reader.lease.release();
  }
  summary.wallMs = performance.now() - started;
  if (interrupted) throw new BatchInterruptedError(summary, interrupted);

  return summary;
}

/** Splits a group over the workers (each request parses GROUP documents or fewer). */
function dispatchInGroups(items: Pending[], workers: number, dispatch: (items: Pending[]) => Promise<void>): Promise<void> {
  const parts: Pending[][] = [];
  const size = Math.max(1, Math.ceil(items.length / Math.max(1, workers)));
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));

  return Promise.all(parts.map(dispatch)).then(() => undefined);
}

/** Report ids of bytes already stored, read on a writer's connection between its transactions. */
async function knownReports(lane: Lane, shas: readonly string[]): Promise<Map<string, string>> {
  let result = new Map<string, string>();
  lane.writing = lane.writing.then(async () => {
    const rows = (
      await lane.lease.client.query(
        // A document read by several versions (corrections) answers with its current one, else its newest.
        `SELECT DISTINCT ON (d."sha256") d."sha256", r."id" FROM "source_document" d JOIN "report" r ON r."source_document_id" = d."id"
         WHERE d."sha256" = ANY($1::text[]) ORDER BY d."sha256", (r."status" = 'current') DESC, r."ingested_at" DESC, r."id" DESC`,
        [shas],
      )
    ).rows as { sha256: string; id: string }[];
    result = new Map(rows.map((r) => [r.sha256, r.id]));
  });
  await lane.writing;

  return result;
}

/** Up to `size` reports with no (issuer, year) twice: a report may supersede only one committed before it. */
function takeBatch(queue: Ready[], size: number): Ready[] {
  const seen = new Set<string>();
  const taken: Ready[] = [];
  for (let i = 0; i < queue.length && taken.length < size; ) {
    const item = queue[i] as Ready;
    const key = `${item.rows.regionCode}|${item.rows.normalizedIssuerName}|${item.rows.year}`;
    if (seen.has(key)) {
      i++;
      continue;
    }
    seen.add(key);
    taken.push(item);
    queue.splice(i, 1);
  }

  return taken;
}

function hashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;

  return Math.abs(h);
}

/** Why a lane's connection failed: the connection's own first error when it has one. */
function reasonOf(lane: Lane, error: unknown): string {
  const cause = lane.lease.connectionError?.() ?? error;

  return cause instanceof Error ? cause.message : String(cause);
}

function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 08xxx connection exceptions.
  if (e?.code && (/^08/.test(e.code) || /^57P0[123]$/.test(e.code))) return true;

  return CONNECTION_ERRORS.test(e?.message ?? '');
}

/** The worker threads: one request in flight per worker, answered in order. */
class WorkerPool {
  private readonly workers: { worker: Worker; busy: boolean }[];
  private readonly pending = new Map<number, { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void; worker: number }>();
  private readonly waiting: (() => void)[] = [];
  private nextId = 1;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, (_, n) => {
      // A larger young generation: each document allocates a few MB that die young (fewer, larger scavenges).
      const worker = new Worker(workerScript(), { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      worker.on('message', (m: WorkerResponse) => this.settle(m.id, (p) => p.resolve(m)));
      worker.on('error', (error) => {
        for (const [id, p] of this.pending) if (p.worker === n) this.settle(id, (q) => q.reject(error));
      });

      return { worker, busy: false };
    });
  }

  async request(body: Omit<WorkerRequest, 'id'>): Promise<WorkerResponse> {
    let free = this.workers.findIndex((w) => !w.busy);
    while (free < 0) {
      await new Promise<void>((resolvePromise) => this.waiting.push(resolvePromise));
      free = this.workers.findIndex((w) => !w.busy);
    }
    const slot = this.workers[free] as { worker: Worker; busy: boolean };
    slot.busy = true;
    const id = this.nextId++;

    return new Promise<WorkerResponse>((resolvePromise, reject) => {
      this.pending.set(id, { resolve: resolvePromise, reject, worker: free });
      slot.worker.postMessage({ ...body, id } satisfies WorkerRequest);
    });
  }

  private settle(id: number, fn: (p: { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }) => void): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    (this.workers[p.worker] as { busy: boolean }).busy = false;
    this.waiting.shift()?.();
    fn(p);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/** The compiled worker beside this file; from the sources (tests), the library's build. */
function workerScript(): string {
  return __filename.endsWith('.ts') ? join(__dirname, '..', '..', 'dist', 'lib', 'batch-worker.js') : join(__dirname, 'batch-worker.js');
}
