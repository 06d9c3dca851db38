import { type AuditActor, type ConnectionSource, type Queryable, withTransaction } from '@gongkai/database';
import { type DocumentConverter } from '@gongkai/document-convert';
import { type ScanReader } from '@gongkai/report-parser';

import { type ParseFn, prepareReport } from './prepare-report';
import { sha256Of } from './report-rows';
import { type StoredRow, storeRows } from './store-rows';
import { type IngestErrorInfo, type IngestInput, type IngestResult } from './types';
import { isUniqueViolation } from './unique-violation';

/**
 * May the caller write a report of this region? null = yes; otherwise the rejection it gets. Asked for new
 * documents after the region is known, and for known bytes with the region they are stored under (so a
 * token learns nothing of reports outside its scope).
 */
export type AuthorizeRegion = (regionCode: string) => Promise<IngestErrorInfo | null>;

export type WriteReportOptions = {
  parse?: ParseFn;
  authorize?: AuthorizeRegion;
  /** Legacy and other office formats → .docx before parsing (libs/document-convert); without it they are refused naming the package. */
  convert?: DocumentConverter;
  /** Reads scans (PDFs without a text layer, page images) by OCR (libs/document-ocr); without it they are refused naming the packages. */
  ocr?: ScanReader;
  /** Who writes (audit trail); the system when absent. */
  actor?: AuditActor;
};

/**
 * One document → one transaction (source document, issuer, report, values, findings, cross-year findings of
 * its neighbours, revision). Used by the api's upload paths, the CLI for single files and the demo loader.
 * A different document for the same issuer and year supersedes the current one (the partial unique index
 * report_one_current decides a race; the loser is retried once and then supersedes the winner).
 */
export async function writeReport(db: ConnectionSource, input: IngestInput, options: WriteReportOptions = {}): Promise<IngestResult> {
  const { fileName } = input;
  const sha256 = sha256Of(input.bytes);
  // A cheap read first: re-uploads of known bytes skip parsing. Correctness does not depend on it (the
  // unique constraint decides inside the transaction).
  const known = await readOnce(db, (client) => findReportBySha(client, sha256));
  if (known) {
    const denied = options.authorize ? await options.authorize(known.regionCode) : null;
    if (denied) return rejected(fileName, denied);

    return { fileName, status: 'duplicate', reportId: known.id, error: null };
  }

  const prepared = await prepareReport({ ...input, sha256 }, { parse: options.parse, convert: options.convert, ...(options.ocr ? { ocr: options.ocr } : {}), valueEncoding: 'columns' });
  if (!prepared.ok) return rejected(fileName, prepared.error);
  const denied = options.authorize ? await options.authorize(prepared.rows.regionCode) : null;
  if (denied) return rejected(fileName, denied);

  const store = () => withTransaction(db, (client) => storeRows(client, [prepared.rows], [input.bytes], null, options.actor));
  let outcome: Awaited<ReturnType<typeof store>>;
  try {
    outcome = await store();
  } catch (error) {
    // Lost the race for the one current report of (issuer, year): the winner is committed now, so a second
    // attempt supersedes it.
    if (!isUniqueViolation(error, 'report_one_current')) throw error;
    outcome = await store();
  }
  const row = outcome.rows[0] as StoredRow;

  return { fileName, status: row.status, reportId: row.reportId, error: null, replaced: row.replaced ?? null };
}

export async function findReportBySha(client: Queryable, sha256: string): Promise<{ id: string; regionCode: string } | null> {
  const rows = (
    await client.query(
      // A document read by several versions (corrections) answers with its current one, else its newest.
      `SELECT r."id", r."region_code" AS "regionCode" FROM "report" r JOIN "source_document" d ON d."id" = r."source_document_id" WHERE d."sha256" = $1
       ORDER BY (r."status" = 'current') DESC, r."ingested_at" DESC, r."id" DESC LIMIT 1`,
      [sha256],
    )
  ).rows as { id: string; regionCode: string }[];

  return rows[0] ?? null;
}

async function readOnce<T>(db: ConnectionSource, fn: (client: Queryable) => Promise<T>): Promise<T> {
  const lease = await db.acquire();
  try {
    return await fn(lease.client);
  } finally {
    lease.release();
  }
}

function rejected(fileName: string, error: IngestErrorInfo): IngestResult {
  return { fileName, status: 'rejected', reportId: null, error };
}
