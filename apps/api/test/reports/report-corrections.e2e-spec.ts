import { DataSource } from 'typeorm';

import { type ConnectionSource, withTransaction } from '@gongkai/database';
import { parseReport } from '@gongkai/report-parser';
import { asOcrRead, gridPageImage, gridPng, storeRows, toReportRows } from '@gongkai/report-store';
import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { STORE_CONNECTIONS } from '../../src/database/database.constants';
import { createTestApp, type TestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';

type Value = { key: string; value: string | null; flags: string[]; ocr: { confidence: number; read: string; chosenBy: string | null } | null; box: number[] | null; correction: Record<string, unknown> | null };
type Report = { id: string; status: string; needsReview: boolean; correctsReportId: string | null; ocr: Record<string, unknown> | null; pageImages: { page: number; url: string; width: number }[]; values: Value[]; versions: { id: string; status: string }[] };

const REPORT = `query($id: ID!, $keys: [String!]) { report(id: $id) { id status needsReview correctsReportId
  ocr { engine dpi pages threshold meanConfidence lowConfidence ruleChosen msPerPage }
  pageImages { page url width height dpi mediaType }
  values(keys: $keys) { key value flags ocr { confidence read chosenBy } box correction { previous previousState by at note } }
  versions { id status } } }`;
const CORRECT = `mutation($id: ID!, $c: [ValueCorrectionInput!]!, $note: String) { correctReportValues(reportId: $id, corrections: $c, note: $note) { id status needsReview correctsReportId } }`;

/** Issue 13 point 3: a scanned report's page images and OCR facts are served; corrections are new versions. */
describe.each(TEST_BACKENDS)('scanned report review on %s', (backend) => {
  let t: TestApp;
  let admin: string;
  let editorLinzhi: string;
  let editorLhasa: string;
  let viewer: string;
  const [county] = linzhiCounties();

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.token('admin');
    editorLinzhi = await t.token('editor', '540400');
    editorLhasa = await t.token('editor', '540100');
    viewer = await t.token('viewer');
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  it('serves the OCR facts and page images, and corrects values into a new version for an editor in scope', async () => {
    const [sample] = generateReportSeries({ region: county as never, years: [2022], seed: 'review-e2e' });
    const bytes = renderSample(sample as never, 'txt');
    const plain = await parseReport(bytes, { fileName: 'scan.txt' });
    const key = Object.values(plain.values).find((v) => v.key.startsWith('t3_') && v.state === 'number' && Number(v.value) > 0)?.key as string;
    const parsed = asOcrRead(plain, { unsure: { [key]: { confidence: 0.35, read: '8?' } } });
    const rows = toReportRows(parsed, { fileName: 'scan.txt', bytes, regionCode: (county as { code: string }).code });
    rows.pageImages = [gridPageImage(1)];
    const stored = await withTransaction(t.app.get<ConnectionSource>(STORE_CONNECTIONS), (client) => storeRows(client, [rows], [bytes], null));
    const id = stored.rows[0]?.reportId as string;

    const read = await t.graphql<{ report: Report }>(REPORT, { id, keys: [key] });
    expect(read.body.errors).toBeUndefined();
    const report = read.body.data?.report as Report;
    expect(report).toMatchObject({ needsReview: true, correctsReportId: null, ocr: { engine: 'Tesseract 5.3.0 (chi_sim)', dpi: 200, threshold: 0.8, lowConfidence: 1 } });
    expect(report.pageImages).toEqual([{ page: 1, url: `/api/reports/${id}/pages/1`, width: 400, height: 560, dpi: 200, mediaType: 'image/png' }]);
    expect(report.values[0]).toMatchObject({ key, flags: expect.arrayContaining(['ocr']), ocr: { confidence: 0.35, read: '8?', chosenBy: null }, correction: null });
    expect(report.values[0]?.box).toHaveLength(4);

    const image = await fetch(`${t.url}/api/reports/${id}/pages/1`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer())).toEqual(Buffer.from(gridPng(400, 560)));
    expect((await fetch(`${t.url}/api/reports/${id}/pages/9`)).status).toBe(404);

    const right = plain.values[key]?.value as string;
    const denied = [
      await t.graphql(CORRECT, { id, c: [{ key, value: right }] }),
      await t.graphql(CORRECT, { id, c: [{ key, value: right }] }, viewer),
      await t.graphql(CORRECT, { id, c: [{ key, value: right }] }, editorLhasa),
    ];
    expect(denied.map((r) => r.body.errors?.[0]?.extensions?.['code'])).toEqual(['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN']);
    const typed = [
      await t.graphql(CORRECT, { id, c: [{ key: 'no_such', value: '1' }] }, admin),
      await t.graphql(CORRECT, { id, c: [{ key, value: 'abc' }] }, admin),
    ];
    expect(typed.map((r) => [r.body.errors?.[0]?.extensions?.['reason'], typeof r.body.errors?.[0]?.extensions?.['messageZh']])).toEqual([
      ['UNKNOWN_KEY', 'string'],
      ['VALUE_NOT_A_NUMBER', 'string'],
    ]);
    const ds = t.app.get(DataSource);
    expect(await ds.query(`SELECT count(*)::int AS n FROM report WHERE corrects_report_id IS NOT NULL`)).toEqual([{ n: 0 }]);

    const corrected = await t.graphql<{ correctReportValues: { id: string; status: string; needsReview: boolean; correctsReportId: string } }>(CORRECT, { id, c: [{ key, value: right }], note: '对照扫描件' }, editorLinzhi);
    expect(corrected.body.errors).toBeUndefined();
    const next = corrected.body.data?.correctReportValues;
    expect(next).toMatchObject({ status: 'current', needsReview: false, correctsReportId: id });
    const after = (await t.graphql<{ report: Report }>(REPORT, { id: next?.id, keys: [key] })).body.data?.report as Report;
    expect(after.values[0]).toMatchObject({ value: right, flags: expect.arrayContaining(['ocr', 'corrected']), correction: { previous: right, previousState: 'number', by: 'test editor', note: '对照扫描件' } });
    expect(after.pageImages.map((p) => p.url)).toEqual([`/api/reports/${next?.id}/pages/1`]);
    expect(after.versions).toEqual([
      { id: next?.id, status: 'current' },
      { id, status: 'superseded' },
    ]);
    const audit: { action: string; actor: string }[] = await ds.query(`SELECT action, actor FROM audit_event WHERE action = 'report_corrected'`);
    expect(audit).toEqual([{ action: 'report_corrected', actor: 'test editor' }]);
    const old = await t.graphql(CORRECT, { id, c: [{ key, value: right }] }, admin);
    expect(old.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_CURRENT' });
  });
});
