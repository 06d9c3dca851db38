import { parentPort } from 'node:worker_threads';

import { type ConvertedDocument } from '@gongkai/document-convert';

import { type Prepared, prepareReport } from './prepare-report';
import { type ValueEncoding } from './report-rows';

/** A group of documents for one worker: parsed one after another, answered together. */
export type WorkerRequest = {
  id: number;
  /** `converted`: the .docx writeBatch made of a legacy document on its own thread (a converter cannot cross to a worker). */
  docs: { fileName: string; bytes: Uint8Array; sha256: string; regionCode: string | null; sourceUrl?: string; converted?: ConvertedDocument }[];
  valueEncoding: ValueEncoding;
};

/** `prepared` drops the ParsedReport (the writer needs only the rows): less to clone back. */
export type WorkerResponse = { id: number; prepared: (Exclude<Prepared, { ok: true }> | { ok: true; rows: Extract<Prepared, { ok: true }>['rows'] })[] };

const utf8 = new TextEncoder();

/**
 * COPY text as UTF-8 bytes in buffers of their own, moved to the writer (a transfer, not a clone): the writer
 * then neither deserialises tens of KB of strings a report nor encodes them again for the socket.
 */
function asBytes(text: string | Uint8Array | null, transfer: ArrayBuffer[]): Uint8Array | null {
  if (typeof text !== 'string') return text;
  const bytes = utf8.encode(text);
  transfer.push(bytes.buffer as ArrayBuffer);

  return bytes;
}

// The worker thread of writeBatch: the CPU half of ingestion (parse, validate, resolve the region, map to rows).
parentPort?.on('message', (request: WorkerRequest) => {
  void (async () => {
    const prepared: WorkerResponse['prepared'] = [];
    const transfer: ArrayBuffer[] = [];
    for (const doc of request.docs) {
      try {
        const p = await prepareReport(doc, { valueEncoding: request.valueEncoding });
        if (p.ok) {
          p.rows.valuesCopy = asBytes(p.rows.valuesCopy, transfer);
          p.rows.valueSourcesCopy = asBytes(p.rows.valueSourcesCopy, transfer);
        }
        prepared.push(p.ok ? { ok: true, rows: p.rows } : p);
      } catch (error) {
        // prepareReport answers bad documents itself; this is a defect, reported for that document alone.
        const message = error instanceof Error ? error.message : String(error);
        prepared.push({ ok: false, fileName: doc.fileName, sha256: doc.sha256, error: { code: 'CORRUPT_FILE', messageZh: '文件无法解析。', messageEn: `The file could not be parsed: ${message}` } });
      }
    }
    parentPort?.postMessage({ id: request.id, prepared } satisfies WorkerResponse, transfer);
  })();
});
