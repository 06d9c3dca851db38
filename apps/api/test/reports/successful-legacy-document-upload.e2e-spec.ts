import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type ParsedReport } from '@gongkai/report-parser';
import { type Expected, readAsExpected } from '@gongkai/report-parser/src/testing/expected-json';
import { missingTool, removeProducerProfile, saveAsOfficeWithLibreOffice } from '@gongkai/report-parser/src/testing/real-producers';

import { REAL_CORPUS_DIR } from '../support/corpus';
import { createTestApp, type TestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';
import { graphqlUpload, restUpload } from '../support/uploads';

/**
 * A legacy Word upload: a real report page saved by LibreOffice as .doc, uploaded, converted by the api's own
 * LibreOffice subprocess, stored with the values of the page's expected.json, and served back as the original .doc.
 * Needs soffice and the real corpus (a failure under CI=true, skipped with the reason otherwise).
 */
const PAGE = 'pingtan-2024';
const missing = existsSync(join(REAL_CORPUS_DIR, PAGE, 'page.html')) ? missingTool('libreoffice.docx') : `the real corpus is absent at ${REAL_CORPUS_DIR}`;
if (missing && process.env['CI'] === 'true') throw new Error(`legacy upload tests cannot run: ${missing}`);
if (missing) console.warn(`legacy upload tests skipped: ${missing}`);
const run = missing ? describe.skip : describe;

type ReportRead = {
  report: { year: number; failedRules: string[]; source: { fileName: string; format: string; sha256: string; byteSize: number; convertedBy: string | null }; values: { key: string; value: string | null; state: string; raw: string; flags: string[] }[] };
};

afterAll(() => removeProducerProfile());

run.each(TEST_BACKENDS)('legacy Word upload on %s', (backend) => {
  let t: TestApp;
  let admin: string;
  let doc: Uint8Array;
  const expected = (): Expected => JSON.parse(readFileSync(join(REAL_CORPUS_DIR, PAGE, 'expected.json'), 'utf8')) as Expected;

  beforeAll(async () => {
    doc = await saveAsOfficeWithLibreOffice(new Uint8Array(readFileSync(join(REAL_CORPUS_DIR, PAGE, 'page.html'))), 'libreoffice.doc');
    t = await createTestApp(backend);
    admin = await t.token('admin');
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  it('stores a .doc with the values and failing rules of expected.json and serves the original bytes back, while the api keeps answering', async () => {
    const upload = restUpload(t.url, [{ bytes: doc, fileName: '平潭2024年报.doc' }], { token: admin });
    // The conversion runs in a subprocess: the event loop keeps serving other requests meanwhile.
    await new Promise((r) => setTimeout(r, 800));
    const asked = Date.now();
    const live = await fetch(`${t.url}/health/live`);
    const answeredInMs = Date.now() - asked;
    const res = await upload;
    expect(live.status).toBe(200);
    expect(answeredInMs).toBeLessThan(1000);
    expect(res.status).toBe(200);
    expect(res.body.results?.[0]).toMatchObject({ file: '平潭2024年报.doc', status: 'ingested', error: null });
    const reportId = res.body.results?.[0].reportId as string;

    const read = await t.graphql<ReportRead>(`query($id: ID!) { report(id: $id) { year failedRules source { fileName format sha256 byteSize convertedBy } values { key value state raw flags } } }`, { id: reportId });
    expect(read.body.errors).toBeUndefined();
    const report = read.body.data?.report as ReportRead['report'];
    const want = expected();
    expect(report.year).toBe(want.year);
    expect(report.source).toMatchObject({ fileName: '平潭2024年报.doc', format: 'doc', byteSize: doc.byteLength, convertedBy: expect.stringMatching(/^LibreOffice \d+\.\d+/) });
    const values = Object.fromEntries(report.values.map((v) => [v.key, v]));
    const { got, want: wanted } = readAsExpected({ values } as unknown as ParsedReport, want);
    expect(got).toEqual(wanted);
    expect([...report.failedRules].sort()).toEqual([...want.failing_rules].sort());

    const source = await fetch(`${t.url}/api/reports/${reportId}/source`);
    expect(source.headers.get('content-type')).toMatch(/^application\/msword/);
    expect(Buffer.from(await source.arrayBuffer()).equals(Buffer.from(doc))).toBe(true);
  }, 120_000);

  it('answers the GraphQL upload of the same .doc as a duplicate without converting again', async () => {
    const started = Date.now();
    const res = await graphqlUpload(t.url, { bytes: doc, fileName: 'again.doc' }, { token: admin });
    expect(res.body.data?.ingestReport).toMatchObject({ status: 'duplicate', error: null });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

run('legacy Word upload without LibreOffice', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp('embedded', { LIBREOFFICE_PATH: '/nonexistent/soffice' });
    admin = await t.token('admin');
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  it('rejects a .doc with LIBREOFFICE_MISSING naming the Debian package, and stores nothing', async () => {
    const doc = await saveAsOfficeWithLibreOffice(new Uint8Array(readFileSync(join(REAL_CORPUS_DIR, PAGE, 'page.html'))), 'libreoffice.doc');
    const res = await restUpload(t.url, [{ bytes: doc, fileName: 'report.doc' }], { token: admin });
    expect(res.body.results?.[0]).toMatchObject({ status: 'rejected', reportId: null, error: { code: 'LIBREOFFICE_MISSING' } });
    const error = res.body.results?.[0].error as unknown as { messageZh: string };
    expect(error.messageZh).toContain('未安装 LibreOffice：请安装 Debian 软件包 libreoffice-writer');
    const count = await t.graphql<{ reports: { totalCount: number } }>(`{ reports { totalCount } }`);
    expect(count.body.data?.reports.totalCount).toBe(0);
  });
});
