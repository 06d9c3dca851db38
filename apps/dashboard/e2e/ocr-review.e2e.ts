import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { type Page } from 'playwright-core';

import { REPO_ROOT, gql, type RunningApi } from './support/api-server';
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
    // The seeding script writes through the store (the dashboard may not import it), as the api's tests do.
    const seeded = spawnSync(process.execPath, [join(REPO_ROOT, 'apps/api/test/support/seed-ocr-report.mjs'), api.databaseUrl as string], { encoding: 'utf8', timeout: 120_000 });
    if (seeded.status !== 0) throw new Error(`seeding failed: ${seeded.stderr}`);
    ({ reportId, key, right } = JSON.parse(seeded.stdout) as { reportId: string; key: string; right: string });
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
    // Beside the cell itself: hovering it shows the same part of the page and what was read there.
    const cell = page.locator(`td[data-key=${key}]`);
    const pop = cell.locator('[data-testid=cell-crop-pop]');
    expect(await pop.isVisible()).toBe(false);
    await cell.hover();
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.locator('[data-testid=ocr-crop]').evaluate((el) => getComputedStyle(el).backgroundImage)).toContain(`/api/reports/${reportId}/pages/1`);
    expect(await pop.textContent()).toContain('识别');
    await session.shot('report-ocr-cell-crop');
    await page.mouse.move(0, 0);
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
    expect(await page.textContent('[data-testid=versions]')).toContain('人工更正的版本');
    await session.shot('report-ocr-corrected');

    const stored = await gql<Versions>(api.baseUrl, `query($id: ID!, $k: [String!]) { report(id: $id) { status needsReview versions { id status } values(keys: $k) { value flags correction { by note } } } }`, { id: newId, k: [key] });
    expect(stored.report).toMatchObject({ status: 'current', needsReview: false, values: [{ value: right, flags: expect.arrayContaining(['ocr', 'corrected']), correction: { by: 'dashboard-e2e', note: '对照扫描件' } }] });
    expect(stored.report.versions.map((v) => v.status)).toEqual(['current', 'superseded']);
  });
});
