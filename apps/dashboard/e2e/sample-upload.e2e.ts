import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type Page } from 'playwright-core';

import { gql, REPO_ROOT, type RunningApi } from './support/api-server';
import { describeInChromium } from './support/session';
import { parseCsv } from './support/png';

const CI = process.env.CI === 'true';

// 工布江达县 2020, a real report: the demo set holds a generated one of the same county and year.
const REAL_REPORT = join(REPO_ROOT, '../shared/corpus/real/gongbujiangda-2020/report.txt');

/** Issue 12 points 5 and 6 in the browser: sample data marked in charts and exports, uploads that explain themselves. */
describeInChromium('sample data and uploads in Chromium against the real api', (session) => {
  let api: RunningApi;
  let page: Page;
  let realReportId: string | null = null;
  const { pageErrors, shot } = session;

  beforeAll(async () => {
    ({ api, page } = session);
  }, 300_000);

  it('marks sample points in the trend chart and says 示例数据 in its legend and in the CSV export', async () => {
    await page.goto(`${api.baseUrl}/trends?pref=540400&metric=t3_new_received_tot&regions=540421,540402&from=2019&to=2025`);
    await page.waitForSelector('[data-testid=card-trend] .recharts-line-curve', { state: 'attached' });
    await page.waitForSelector('[data-testid=card-trend] .sample-point', { state: 'attached' });
    expect(await page.$$eval('[data-testid=card-trend] .sample-point', (nodes) => nodes.length)).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid=card-trend] .legend')).toContain('示例数据');
    expect(await page.textContent('[data-testid=card-trend] [data-testid=sample-note]')).toContain('示例数据');
    await shot('sample-trend');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=card-trend] [data-testid=export-csv]')]);
    const text = readFileSync(await download.path(), 'utf8');
    const [note, header, ...rows] = parseCsv(text);
    expect(note[0]).toContain('示例数据');
    expect(header[header.length - 1]).toBe('示例数据');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[r.length - 1] === '示例数据' || r[r.length - 1] === '')).toBe(true);

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=card-trend] [data-testid=export-svg]')]);
    expect(readFileSync(await svgDownload.path(), 'utf8')).toContain('data-sample-note="true">示例数据');
  });

  it('shows what an upload stored and that it replaced a sample report; the admin button removes the demo set only', async () => {
    if (!existsSync(REAL_REPORT)) {
      if (CI) throw new Error(`no real corpus at ${REAL_REPORT}`);
      console.warn(`sample-upload e2e: upload test skipped — no ${REAL_REPORT}`);

      return;
    }
    if (!api.adminToken) throw new Error('no admin token: run with TEST_DATABASE_URL/E2E_DATABASE_URL (a PostgreSQL admin URL) or E2E_ADMIN_TOKEN');
    await page.goto(`${api.baseUrl}/upload`);
    await page.fill('[data-testid=token-input]', api.adminToken);
    await page.setInputFiles('[data-testid=file-input]', REAL_REPORT);
    await page.waitForSelector('[data-testid=upload-item][data-status=superseded] [data-testid=upload-summary]');
    const item = '[data-testid=upload-item]';
    expect(await page.textContent(`${item} [data-testid=upload-issuer]`)).toMatch(/^发布机关：.*工布江达县/);
    expect(await page.textContent(`${item} [data-testid=upload-region]`)).toContain('工布江达县（540421）');
    expect(await page.textContent(`${item} [data-testid=upload-year]`)).toBe('年度：2020');
    expect(await page.textContent(`${item} [data-testid=upload-template]`)).toContain('2019年版格式');
    expect(await page.textContent(`${item} [data-testid=upload-findings]`)).toMatch(/^发现问题 \d+ 个$/);
    const href = await page.getAttribute(`${item} [data-testid=upload-findings] a`, 'href');
    expect(href).toMatch(/^\/report\/[0-9a-f-]{36}$/);
    expect(await page.textContent(`${item} [data-testid=upload-replaced]`)).toMatch(/^替换了此前的示例数据（.+，\d{4}-\d{2}-\d{2} 入库）$/);
    await shot('sample-upload-result');

    const reportId = (href as string).split('/').pop() as string;
    realReportId = reportId;
    const before = await gql<{ datasetInfo: { sampleReportCount: number } }>(api.baseUrl, '{ datasetInfo { sampleReportCount } }');
    expect(before.datasetInfo.sampleReportCount).toBeGreaterThan(0);
    await page.waitForSelector('[data-testid=remove-sample]');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('[data-testid=remove-sample]');
    await page.waitForSelector('[data-testid=remove-sample-result]');
    expect(await page.textContent('[data-testid=remove-sample-result]')).toMatch(/^已删除 \d+ 份示例数据报告。$/);
    // The banner follows at once: no sample data left to warn about.
    await page.waitForSelector('[data-testid=sample-banner]', { state: 'detached' });
    await shot('sample-removed');
    const after = await gql<{ datasetInfo: { sampleReportCount: number; reportCount: number }; report: { status: string; sampleData: boolean } | null }>(
      api.baseUrl,
      'query($id: ID!) { datasetInfo { sampleReportCount reportCount } report(id: $id) { status sampleData } }',
      { id: reportId },
    );
    expect(after.datasetInfo.sampleReportCount).toBe(0);
    expect(after.report).toEqual({ status: 'current', sampleData: false });
    expect(after.datasetInfo.reportCount).toBeGreaterThanOrEqual(1);
    expect(pageErrors).toEqual([]);
  });

  it('shows a recorded region change on the report page, with who, when and why', async () => {
    if (!realReportId || !api.adminToken) return;
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}` },
      body: JSON.stringify({
        query: 'mutation($id: ID!) { reassignReportRegion(reportId: $id, regionCode: "540424", reason: "浏览器测试：改到波密县") { changedBy } }',
        variables: { id: realReportId },
      }),
    });
    const body = (await response.json()) as { data?: { reassignReportRegion: { changedBy: string } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    await page.goto(`${api.baseUrl}/report/${realReportId}`);
    await page.waitForSelector('[data-testid=region-changes]');
    const text = await page.textContent('[data-testid=region-changes]');
    expect(text).toContain('工布江达县（540421） → 波密县（540424）');
    expect(text).toContain(`${body.data?.reassignReportRegion.changedBy} 于 `);
    expect(text).toContain('原因：浏览器测试：改到波密县');
    await shot('report-region-change');
    expect(pageErrors).toEqual([]);
  });
});
