import { type Page } from 'playwright-core';
import { Client } from 'pg';

import { parseReport } from '@gongkai/report-parser';
import { asOcrRead, gridPageImage, storeRows, toReportRows } from '@gongkai/report-store';
import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { gql, type RunningApi } from './support/api-server';
import { describeInChromium } from './support/session';

type Versions = { report: { status: string; needsReview: boolean; versions: { id: string; status: string }[]; values: { value: string; flags: string[]; correction: { by: string; note: string } | null }[] } };

// Seeded through the store into the api's own database: only possible when the api runs on PostgreSQL
// (TEST_DATABASE_URL, as CI sets it); the embedded database belongs to the api process.
const onPostgres = Boolean(process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL) && !process.env.E2E_BASE_URL;

// Issue 13 point 3: a scanned report's page shows the OCR banner, the crop of the page at an unsure cell,
// and a correction saved from the page becomes a new version the page then shows.
describeInChromium('scanned report review in Chromium', (session) => {
  let api: RunningApi;
  let page: Page;
  let reportId = '';
  let key = '';
  let right = '';

  beforeAll(async () => {
    ({ api, page } = session);
    if (!onPostgres) return;
    const [county] = linzhiCounties();
    const [sample] = generateReportSeries({ region: county as never, years: [2019], seed: 'ocr-review-browser' });
    const bytes = renderSample(sample as never, 'txt');
    const plain = await parseReport(bytes, { fileName: 'scan.txt' });
    key = Object.values(plain.values).find((v) => v.key.startsWith('t3_') && v.state === 'number' && Number(v.value) > 0)?.key as string;
    right = plain.values[key]?.value as string;
    const parsed = asOcrRead(plain, { unsure: { [key]: { confidence: 0.31, read: `${right}?` } } });
    const rows = toReportRows(parsed, { fileName: 'scan.txt', bytes, regionCode: (county as { code: string }).code });
    rows.pageImages = [gridPageImage(1, 800, 1120)];
    const client = new Client({ connectionString: api.databaseUrl as string });
    await client.connect();
    try {
      await client.query('BEGIN');
      const out = await storeRows(client, [rows], [bytes], null);
      await client.query('COMMIT');
      reportId = out.rows[0]?.reportId as string;
    } finally {
      await client.end();
    }
  });

  (onPostgres ? it : it.skip)('shows the banner and the crop of an unsure cell, and saves a correction as a new version', async () => {
    await page.goto(`${api.baseUrl}/report/${reportId}`);
    await page.waitForSelector('[data-testid=ocr-banner]');
    expect(await page.textContent('[data-testid=ocr-banner]')).toContain('OCR 识别');
    expect(await page.textContent('[data-testid=ocr-status]')).toContain('待人工核对');
    const item = page.locator(`[data-testid=ocr-item][data-key=${key}]`);
    expect(await item.getAttribute('data-low')).toBe('true');
    const crop = item.locator('[data-testid=ocr-crop]');
    expect(await crop.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain(`/api/reports/${reportId}/pages/1`);
    // The image loads from the api (same origin, allowed by the CSP).
    const loaded = await page.evaluate(async (url) => (await fetch(url)).headers.get('content-type'), `/api/reports/${reportId}/pages/1`);
    expect(loaded).toBe('image/png');
    expect(await page.locator(`td[data-key=${key}]`).getAttribute('data-ocr')).toBe('low');
    await session.shot('report-ocr-review');

    await page.evaluate((token) => sessionStorage.setItem('gongkai.token', token), api.adminToken as string);
    await page.reload();
    await page.waitForSelector(`[data-testid=ocr-item][data-key=${key}] [data-testid=correct-value]`);
    await item.locator('[data-testid=correct-value]').fill(right);
    await item.locator('[data-testid=correct-note]').fill('对照扫描件');
    await item.locator('[data-testid=correct-save]').click();
    await page.waitForFunction((old) => !location.pathname.endsWith(old), reportId);
    const newId = new URL(page.url()).pathname.split('/').pop() as string;
    await page.waitForSelector('[data-testid=ocr-correction]');
    expect(await page.textContent('[data-testid=ocr-status]')).toContain('所有规则通过');
    expect(await page.locator(`td[data-key=${key}]`).getAttribute('data-corrected')).toBe('true');
    expect(await page.textContent('[data-testid=versions]')).toContain('已被替换');
    await session.shot('report-ocr-corrected');

    const stored = await gql<Versions>(api.baseUrl, `query($id: ID!, $k: [String!]) { report(id: $id) { status needsReview versions { id status } values(keys: $k) { value flags correction { by note } } } }`, { id: newId, k: [key] });
    expect(stored.report).toMatchObject({ status: 'current', needsReview: false, values: [{ value: right, flags: expect.arrayContaining(['ocr', 'corrected']), correction: { by: 'dashboard-e2e', note: '对照扫描件' } }] });
    expect(stored.report.versions.map((v) => v.status)).toEqual(['current', 'superseded']);
  });
});
