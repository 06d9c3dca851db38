import { type OpenedDatabase, withTransaction } from '@gongkai/database';
import { type ParsedReport, parseReport } from '@gongkai/report-parser';
import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { TEST_BACKENDS, openTestStore } from '../testing/test-store';
import { ReportCorrectionError, correctReport } from './correct-report';
import { deleteReport } from './delete-report';
import { asOcrRead, gridPageImage } from './ocr-fixture';
import { type ReportRows, toReportRows } from './report-rows';
import { storeRows } from './store-rows';
import { writeReport } from './write-report';

jest.setTimeout(120_000);

const [county] = linzhiCounties();

/** A generated report read as if scanned: one printed Table 3 value unsure. */
async function scanned(seed: string): Promise<{ bytes: Uint8Array; parsed: ParsedReport; unsureKey: string; rows: ReportRows }> {
  const [sample] = generateReportSeries({ region: county as never, years: [2023], seed });
  const bytes = renderSample(sample as never, 'txt');
  const plain = await parseReport(bytes, { fileName: 'scan.txt' });
  const unsureKey = Object.values(plain.values).find((v) => v.key.startsWith('t3_') && v.state === 'number' && v.provenance && Number(v.value) > 0)?.key as string;
  const parsed = asOcrRead(plain, { unsure: { [unsureKey]: { confidence: 0.42, read: '?' } } });
  const rows = toReportRows(parsed, { fileName: 'scan.txt', bytes, regionCode: (county as { code: string }).code });
  rows.pageImages = [gridPageImage(1), gridPageImage(2)];

  return { bytes, parsed, unsureKey, rows };
}

async function store(db: OpenedDatabase, rows: ReportRows, bytes: Uint8Array): Promise<string> {
  const out = await withTransaction(db.connections, (client) => storeRows(client, [rows], [bytes], null));

  return out.rows[0]?.reportId as string;
}

const q = async <T>(db: OpenedDatabase, sql: string, params: unknown[] = []): Promise<T[]> => (await db.dataSource.query(sql, params)) as T[];

describe.each(TEST_BACKENDS)('scanned reports on %s', (backend) => {
  let db: Awaited<ReturnType<typeof openTestStore>>;
  beforeEach(async () => {
    db = await openTestStore(backend);
  });
  afterEach(async () => {
    await db.close();
  });

  it('stores the page images with the report, whole or not at all', async () => {
    const { rows, bytes } = await scanned('pages');
    const broken = { ...rows, pageImages: [gridPageImage(1), gridPageImage(1)] };
    // Two images of page 1: the primary key refuses the second, and nothing of the report stays.
    await expect(store(db, broken, bytes)).rejects.toThrow();
    expect(await q(db, `SELECT count(*)::int AS n FROM report_page_image`)).toEqual([{ n: 0 }]);
    expect(await q(db, `SELECT count(*)::int AS n FROM report`)).toEqual([{ n: 0 }]);

    const id = await store(db, rows, bytes);
    const pages = await q<{ page: number; media_type: string; width: number; height: number; dpi: number; n: number }>(
      db,
      `SELECT page, media_type, width, height, dpi, length(content)::int AS n FROM report_page_image WHERE report_id = $1 ORDER BY page`,
      [id],
    );
    expect(pages.map((p) => [p.page, p.media_type, p.width, p.height, p.dpi])).toEqual([
      [1, 'image/png', 400, 560, 200],
      [2, 'image/png', 400, 560, 200],
    ]);
    expect(pages[0]?.n).toBe(rows.pageImages?.[0]?.bytes.byteLength);
    await deleteReport(db.connections, id);
    expect(await q(db, `SELECT count(*)::int AS n FROM report_page_image`)).toEqual([{ n: 0 }]);
  });

  it('stores the page images on the bulk path too (values by COPY where the backend has it, as writeBatch writes)', async () => {
    const { parsed, bytes } = await scanned('pages-copy');
    const rows = toReportRows(parsed, { fileName: 'scan.txt', bytes, regionCode: (county as { code: string }).code }, 'copy');
    rows.pageImages = [gridPageImage(1)];
    const out = await withTransaction(db.connections, (client, copyIn) =>
      copyIn ? storeRows(client, [rows], [bytes], copyIn) : storeRows(client, [toReportRows(parsed, { fileName: 'scan.txt', bytes, regionCode: (county as { code: string }).code })].map((r) => ({ ...r, pageImages: rows.pageImages })), [bytes], null),
    );
    const id = out.rows[0]?.reportId as string;
    expect(await q(db, `SELECT page, dpi FROM report_page_image WHERE report_id = $1`, [id])).toEqual([{ page: 1, dpi: 200 }]);
    const [sources] = await q<{ sources: string }>(db, `SELECT sources FROM report_value_source WHERE report_id = $1`, [id]);
    expect(Object.keys(JSON.parse(sources?.sources as string) as object)).toEqual(['v', 'labels', 'p', 'd', 'b', 'o']);
  });

  it('stores a correction as a new version: re-derived, re-validated, no longer needs_review, images carried over, audited', async () => {
    const { rows, bytes, parsed, unsureKey } = await scanned('correct');
    expect(parsed.needsReview).toBe(true);
    const id = await store(db, rows, bytes);
    const before = parsed.values[unsureKey];
    // A wrong value first: the rules catch it, the report stays needs_review.
    const wrong = String(Number(before?.value) + 5);
    const first = await correctReport(db.connections, { reportId: id, corrections: [{ key: unsureKey, value: wrong }], note: '看错了', by: '县级编辑', at: new Date('2026-12-08T03:00:00Z') });
    expect(first.needsReview).toBe(true);
    const failing = await q<{ rule: string }>(db, `SELECT DISTINCT rule FROM validation_issue WHERE report_id = $1 AND severity = 'ERROR'`, [first.correctedReportId]);
    expect(failing.length).toBeGreaterThan(0);

    // The right value: every rule passes again and the only unsure value is confirmed by a person.
    const second = await correctReport(db.connections, { reportId: first.correctedReportId, corrections: [{ key: unsureKey, value: before?.value as string }], by: 'admin' });
    expect(second.needsReview).toBe(false);
    const reports = await q<{ id: string; status: string; superseded_by: string | null; corrects_report_id: string | null; needs: string }>(
      db,
      `SELECT id, status::text AS status, superseded_by, corrects_report_id, parsed->>'needsReview' AS needs FROM report ORDER BY ingested_at, id`,
    );
    expect(reports.map((r) => [r.id, r.status, r.superseded_by, r.corrects_report_id, r.needs])).toEqual([
      [id, 'superseded', first.correctedReportId, null, 'true'],
      [first.correctedReportId, 'superseded', second.correctedReportId, id, 'true'],
      [second.correctedReportId, 'current', null, first.correctedReportId, 'false'],
    ]);
    expect(await q(db, `SELECT count(*)::int AS n FROM source_document`)).toEqual([{ n: 1 }]);
    expect(await q(db, `SELECT count(*)::int AS n FROM report_page_image WHERE report_id = $1`, [second.correctedReportId])).toEqual([{ n: 2 }]);
    const [value] = await q<{ value: string; flags: string[] }>(db, `SELECT value::text AS value, flags FROM report_value WHERE report_id = $1 AND metric_key = $2`, [
      second.correctedReportId,
      unsureKey,
    ]);
    expect(value?.value).toBe(before?.value);
    expect(value?.flags).toEqual(expect.arrayContaining(['ocr', 'corrected']));
    const [sources] = await q<{ sources: string }>(db, `SELECT sources FROM report_value_source WHERE report_id = $1`, [first.correctedReportId]);
    const o = (JSON.parse(sources?.sources as string) as { o: Record<string, unknown>; c: Record<string, unknown>; b: Record<string, unknown> });
    expect(o.o[unsureKey]).toEqual([0.42, '?']);
    expect(o.c[unsureKey]).toEqual([before?.value, 'number', '县级编辑', '2026-12-08T03:00:00.000Z', '看错了']);
    expect(o.b[unsureKey]).toHaveLength(4);
    const audit = await q<{ action: string; target_id: string; details: { correctedKeys: string[]; replacedReportId: string } }>(
      db,
      `SELECT action, target_id, details FROM audit_event WHERE action = 'report_corrected' ORDER BY occurred_at`,
    );
    expect(audit.map((a) => [a.target_id, a.details.correctedKeys, a.details.replacedReportId])).toEqual([
      [first.correctedReportId, [unsureKey], id],
      [second.correctedReportId, [unsureKey], first.correctedReportId],
    ]);

    // The same bytes again are the current (corrected) version, not a new report.
    const again = await writeReport(db.connections, { bytes, fileName: 'scan.txt', regionCode: (county as { code: string }).code });
    expect([again.status, again.reportId]).toEqual(['duplicate', second.correctedReportId]);
    // Deleting the newest version keeps the document the older ones read, and the one before is current again.
    await deleteReport(db.connections, second.correctedReportId);
    expect(await q(db, `SELECT count(*)::int AS n FROM source_document`)).toEqual([{ n: 1 }]);
    expect(await q(db, `SELECT id FROM report WHERE status = 'current'`)).toEqual([{ id: first.correctedReportId }]);
  });

  it('refuses unknown keys, derived values, non-numbers and old versions with typed errors, writing nothing', async () => {
    const { rows, bytes, parsed, unsureKey } = await scanned('errors');
    const id = await store(db, rows, bytes);
    const derived = Object.values(parsed.values).find((v) => v.state === 'derived')?.key as string;
    const cases: [Parameters<typeof correctReport>[1]['corrections'], string][] = [
      [[], 'NO_CORRECTIONS'],
      [[{ key: 'no_such_metric', value: '1' }], 'UNKNOWN_KEY'],
      [[{ key: derived, value: '1' }], 'DERIVED_VALUE'],
      [[{ key: unsureKey, value: '1,2' }], 'VALUE_NOT_A_NUMBER'],
      [[{ key: unsureKey, value: '-3' }], 'VALUE_NOT_A_NUMBER'],
      [[{ key: unsureKey, value: '1' }, { key: unsureKey, value: '2' }], 'DUPLICATE_KEY'],
    ];
    for (const [corrections, code] of cases) {
      const error = await correctReport(db.connections, { reportId: id, corrections, by: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportCorrectionError);
      expect((error as ReportCorrectionError).code).toBe(code);
      expect((error as ReportCorrectionError).messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
    const done = await correctReport(db.connections, { reportId: id, corrections: [{ key: unsureKey, state: 'blank' }], by: 'x' });
    const old = await correctReport(db.connections, { reportId: id, corrections: [{ key: unsureKey, value: '1' }], by: 'x' }).catch((e: unknown) => e);
    expect((old as ReportCorrectionError).code).toBe('NOT_CURRENT');
    expect(await q(db, `SELECT count(*)::int AS n FROM report`)).toEqual([{ n: 2 }]);
    const denied = await correctReport(db.connections, { reportId: done.correctedReportId, corrections: [{ key: unsureKey, value: '1' }], by: 'x' }, {
      authorize: async () => ({ code: 'FORBIDDEN', messageZh: '无权', messageEn: 'no' }),
    }).catch((e: unknown) => e);
    expect((denied as Error).name).toBe('ReportWriteDeniedError');
    // The migration that allows versions sharing a document does not revert over them (people's corrections).
    await expect(db.dataSource.undoLastMigration()).rejects.toThrow('corrected report versions exist');
  });
});
