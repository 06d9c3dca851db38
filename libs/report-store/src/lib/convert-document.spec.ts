import { createHash } from 'node:crypto';

import { type OpenedDatabase } from '@gongkai/database';
import { ConvertError, type DocumentConverter, type OfficeFormat } from '@gongkai/document-convert';
import { compoundFile, wordFib } from '@gongkai/document-convert/src/testing/compound-file';
import { parseReport } from '@gongkai/report-parser';
import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { TEST_BACKENDS, openTestStore } from '../testing/test-store';
import { type IngestResult } from './types';
import { writeBatch } from './write-batch';
import { writeReport } from './write-report';

jest.setTimeout(120_000);

/**
 * The converter seam of the write path without LibreOffice: a stand-in converter answers with the .docx of a
 * generated report, so what is checked is the store's part — the original bytes, name, format and sha-256 kept,
 * the conversion recorded, the refusals typed — the same through writeReport and writeBatch's worker threads.
 * (libs/document-convert's corpus tests run the real LibreOffice.)
 */
const [county] = linzhiCounties();
const samples = generateReportSeries({ region: county as never, years: [2021, 2022, 2023, 2024], seed: 'convert-spec' });
const docxOf = (k: number) => renderSample(samples[k] as never, 'docx');

/** A .doc-shaped OLE container; k makes each one's bytes unique. */
function legacyDoc(k: number, encrypted = false): Uint8Array {
  return compoundFile([{ name: 'WordDocument', data: wordFib({ encrypted }) }, { name: '1Table', data: new Uint8Array([k]) }]);
}

function standIn(): DocumentConverter & { calls: OfficeFormat[] } {
  const calls: OfficeFormat[] = [];

  return {
    calls,
    toDocx: async (bytes, format) => {
      calls.push(format);
      const k = format === 'rtf' ? Number(new TextDecoder().decode(bytes).match(/sample(\d)/)?.[1]) : (bytes.find((_, i, all) => i > 0 && all[i - 1] === 0xab) ?? 0);

      return { docx: docxOf(k), from: format, by: 'StandIn 1.0', ms: 7 };
    },
  };
}

/** A .doc-shaped container whose "conversion" is the k-th sample's .docx (the stand-in reads k after 0xAB in 1Table). */
function markedDoc(k: number): Uint8Array {
  return compoundFile([{ name: 'WordDocument', data: wordFib() }, { name: '1Table', data: new Uint8Array([0xab, k]) }]);
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe.each(TEST_BACKENDS)('legacy documents in the write path on %s', (backend) => {
  let db: OpenedDatabase & { close(): Promise<void> };

  beforeAll(async () => {
    db = await openTestStore(backend);
  });

  afterAll(async () => {
    await db?.close();
  });

  const sourceOf = async (reportId: string) =>
    (
      await db.connections.acquire().then(async (lease) => {
        try {
          return await lease.client.query(
            `SELECT d."file_name", d."format", d."media_type", d."byte_size", d."sha256", d."content", r."parsed"::text AS "parsed", (SELECT count(*) FROM "report_value" v WHERE v."report_id" = r."id")::int AS "values"
             FROM "report" r JOIN "source_document" d ON d."id" = r."source_document_id" WHERE r."id" = $1`,
            [reportId],
          );
        } finally {
          lease.release();
        }
      })
    ).rows[0] as { file_name: string; format: string; media_type: string; byte_size: number; sha256: string; content: Buffer; parsed: string; values: number };

  it('writeReport reads a .doc through the converter and keeps the original bytes, name, format and sha-256', async () => {
    const converter = standIn();
    const bytes = markedDoc(0);
    const result = await writeReport(db.connections, { bytes, fileName: '某县2021年报告.doc' }, { convert: converter });
    expect(result).toMatchObject({ status: 'ingested', error: null });
    expect(converter.calls).toEqual(['doc']);
    const source = await sourceOf(result.reportId as string);
    expect(source).toMatchObject({ file_name: '某县2021年报告.doc', format: 'doc', media_type: 'application/msword', byte_size: bytes.byteLength, sha256: sha(bytes) });
    expect(Buffer.from(source.content).equals(Buffer.from(bytes))).toBe(true);
    expect(JSON.parse(source.parsed)).toMatchObject({ format: 'docx', conversion: { from: 'doc', to: 'docx', by: 'StandIn 1.0', ms: 7 } });
    const direct = await parseReport(docxOf(0));
    expect(source.values).toBe(Object.keys(direct.values).length);
  });

  it('refuses a .doc without a converter with LIBREOFFICE_MISSING naming the package, and writes nothing', async () => {
    const result = await writeReport(db.connections, { bytes: markedDoc(1), fileName: 'a.doc' });
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'LIBREOFFICE_MISSING' } });
    expect(result.error?.messageZh).toContain('请安装 Debian 软件包 libreoffice-writer');
  });

  it('refuses an encrypted .doc as ENCRYPTED without calling the converter', async () => {
    const converter = standIn();
    const result = await writeReport(db.connections, { bytes: legacyDoc(2, true), fileName: 'secret.doc' }, { convert: converter });
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'ENCRYPTED' } });
    expect(converter.calls).toEqual([]);
  });

  it('answers a converter failure with its typed code', async () => {
    const failing: DocumentConverter = {
      toDocx: () => Promise.reject(new ConvertError('CONVERT_TIMEOUT', '40000 ms')),
    };
    const result = await writeReport(db.connections, { bytes: markedDoc(3), fileName: 'slow.doc' }, { convert: failing });
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'CONVERT_TIMEOUT' } });
  });

  it.each([0, 1])('writeBatch with %i parse workers converts before parsing, refuses what it cannot, and stores the originals', async (workers) => {
    const converter = standIn();
    const doc = markedDoc(workers === 0 ? 1 : 2);
    const rtf = new TextEncoder().encode(`{\\rtf1\\ansi sample3 ${workers}}`);
    const results: IngestResult[] = [];
    const documents = [
      { label: `batch-${workers}.doc`, bytes: doc },
      { label: `batch-${workers}.rtf`, bytes: rtf },
      { label: `secret-${workers}.doc`, bytes: legacyDoc(10 + workers, true) },
      { label: `plain-${workers}.docx`, bytes: docxOf(workers === 0 ? 0 : 1) },
    ];
    await writeBatch(db.connections, documents, { workers, convert: converter, onResult: (r) => results.push(r) });
    const by = Object.fromEntries(results.map((r) => [r.fileName, r]));
    expect(by[`batch-${workers}.doc`]).toMatchObject({ error: null });
    expect(by[`batch-${workers}.rtf`]).toMatchObject({ error: null });
    expect(by[`secret-${workers}.doc`]).toMatchObject({ status: 'rejected', error: { code: 'ENCRYPTED' } });
    expect(converter.calls.sort()).toEqual(['doc', 'rtf']);
    const stored = await sourceOf(by[`batch-${workers}.doc`]?.reportId as string);
    expect(stored).toMatchObject({ file_name: `batch-${workers}.doc`, format: 'doc', sha256: sha(doc), byte_size: doc.byteLength });
    expect(JSON.parse(stored.parsed).conversion).toEqual({ from: 'doc', to: 'docx', by: 'StandIn 1.0', ms: 7 });
    const storedRtf = await sourceOf(by[`batch-${workers}.rtf`]?.reportId as string);
    expect(storedRtf).toMatchObject({ format: 'rtf', media_type: 'application/rtf', sha256: sha(rtf) });

    const without: IngestResult[] = [];
    await writeBatch(db.connections, [{ label: 'lone.doc', bytes: markedDoc(30 + workers) }], { workers, onResult: (r) => without.push(r) });
    expect(without).toEqual([expect.objectContaining({ status: 'rejected', error: expect.objectContaining({ code: 'LIBREOFFICE_MISSING' }) })]);
  });
});
