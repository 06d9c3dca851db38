import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { type Page } from 'playwright-core';

import { gql, type RunningApi } from './support/api-server';
import { describeInChromium, SCREENSHOTS } from './support/session';

type Stored = { reports: { totalCount: number; edges: { node: { id: string; region: { code: string }; issuer: { name: string } } }[] } };

const STORED = 'query($w: ReportFilter) { reports(first: 100, where: $w) { totalCount edges { node { id region { code } issuer { name } } } } }';

// The /admin page against the real api on the demo data: tokens created, listed and revoked, and stored reports
// searched, moved to another region and deleted, each checked afterwards through the api itself.
describeInChromium('administration page in Chromium', (session) => {
  let api: RunningApi;
  let page: Page;

  beforeAll(() => {
    ({ api, page } = session);
    if (!api.adminToken) throw new Error('the e2e api has no admin token');
    // Revoke and delete ask for a confirmation.
    page.on('dialog', (dialog) => void dialog.accept());
  });

  it('lists the stored reports without a token and shows no token administration', async () => {
    await page.goto(`${api.baseUrl}/admin`);
    await page.waitForSelector('[data-testid=stored-report-row]');
    const total = (await gql<Stored>(api.baseUrl, STORED, { w: {} })).reports.totalCount;
    expect(await page.textContent('[data-testid=reports-count]')).toContain(`共 ${total} 份`);
    expect(await page.locator('[data-testid=tokens-panel]').count()).toBe(0);
    expect(await page.locator('[data-testid=report-delete]').count()).toBe(0);
    expect(await page.textContent('[data-testid=admin-viewer]')).toContain('填写访问令牌');

    // The check-result filter: as many rows as the api counts failing reports.
    const failing = (await gql<Stored>(api.baseUrl, STORED, { w: { hasFailedRules: true } })).reports.totalCount;
    expect(failing).toBeGreaterThan(0);
    await page.selectOption('[data-testid=reports-failing]', 'true');
    await page.waitForFunction((n) => document.querySelector('[data-testid=reports-count]')?.textContent?.includes(`共 ${n} 份`), failing);
    expect(new URL(page.url()).searchParams.get('failing')).toBe('true');
    await page.selectOption('[data-testid=reports-failing]', '');
    await page.waitForFunction((n) => document.querySelector('[data-testid=reports-count]')?.textContent?.includes(`共 ${n} 份`), total);

    // Most recently stored first: the first row is the api's newest report.
    const newest = await gql<{ reports: { edges: { node: { id: string } }[] } }>(api.baseUrl, '{ reports(first: 1, orderBy: ingested_desc) { edges { node { id } } } }');
    await page.selectOption('[data-testid=reports-sort]', 'ingested_desc');
    await page.waitForFunction((id) => document.querySelector('[data-testid=stored-report-row]')?.getAttribute('data-report-id') === id, newest.reports.edges[0]!.node.id);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('ingested_desc');
    await page.selectOption('[data-testid=reports-sort]', 'year_desc');
  });

  it('filters by quality, sorts by a clicked column in both directions and pages through every match', async () => {
    type Ordered = { reports: { totalCount: number; edges: { node: { id: string; quality: string; findingCount: number } }[] } };
    const ORDERED = 'query($w: ReportFilter, $o: ReportOrder) { reports(first: 100, where: $w, orderBy: $o) { totalCount edges { node { id quality findingCount } } } }';
    const rowIds = () => page.$$eval('[data-testid=stored-report-row]', (rows) => rows.map((r) => r.getAttribute('data-report-id')));
    const countShows = (n: number) => page.waitForFunction((m) => document.querySelector('[data-testid=reports-count]')?.textContent?.includes(`共 ${m} 份`), n);
    await page.goto(`${api.baseUrl}/admin`);
    await page.waitForSelector('[data-testid=stored-report-row]');

    // Quality: as many rows as the api counts, every one showing that quality (in Chinese).
    const needsReview = (await gql<Ordered>(api.baseUrl, ORDERED, { w: { quality: 'needs_review' } })).reports.totalCount;
    const failing = (await gql<Ordered>(api.baseUrl, ORDERED, { w: { quality: 'failing' } })).reports.totalCount;
    expect(failing).toBeGreaterThan(0);
    await page.selectOption('[data-testid=reports-quality]', 'failing');
    await countShows(failing);
    expect(new URL(page.url()).searchParams.get('quality')).toBe('failing');
    expect(new Set(await page.$$eval('[data-testid=report-quality]', (cells) => cells.map((c) => c.getAttribute('data-quality'))))).toEqual(new Set(['failing']));
    expect(await page.textContent('[data-testid=report-quality]')).toContain('检查未通过');
    await page.selectOption('[data-testid=reports-quality]', 'needs_review');
    await countShows(needsReview);
    await page.selectOption('[data-testid=reports-quality]', '');

    // Sort by the findings column: most first, then (second click) fewest first, as the api orders them.
    const desc = (await gql<Ordered>(api.baseUrl, ORDERED, { w: {}, o: 'findings_desc' })).reports;
    const asc = (await gql<Ordered>(api.baseUrl, ORDERED, { w: {}, o: 'findings_asc' })).reports;
    await page.click('[data-testid=reports-sort-findings]');
    await page.waitForFunction((id) => document.querySelector('[data-testid=stored-report-row]')?.getAttribute('data-report-id') === id, desc.edges[0]!.node.id);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('findings_desc');
    expect(await page.textContent('[data-testid=reports-sort-findings]')).toContain('▼');
    expect(await page.getAttribute('th:has([data-testid=reports-sort-findings])', 'aria-sort')).toBe('descending');
    await page.click('[data-testid=reports-sort-findings]');
    await page.waitForFunction((id) => document.querySelector('[data-testid=stored-report-row]')?.getAttribute('data-report-id') === id, asc.edges[0]!.node.id);
    expect(await page.textContent('[data-testid=reports-sort-findings]')).toContain('▲');
    expect(await page.getAttribute('th:has([data-testid=reports-sort-findings])', 'aria-sort')).toBe('ascending');
    const shownFindings = await page.$$eval('[data-testid=report-findings]', (cells) => cells.map((c) => Number(c.textContent)));
    expect(shownFindings).toEqual([...shownFindings].sort((a, b) => a - b));

    // Pages of 10: every report once, in the api's order, the range shown on each page; back returns the same rows.
    await page.selectOption('[data-testid=reports-page-size]', '10');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=stored-report-row]').length === 10);
    const first = await rowIds();
    const seen: (string | null)[] = [...first];
    expect(await page.textContent('[data-testid=reports-count]')).toContain(`共 ${asc.totalCount} 份，当前显示第 1–10 份`);
    for (let p = 2; seen.length < asc.totalCount; p++) {
      await page.click('[data-testid=reports-next]');
      // The next page has come when its first row is one not seen yet (a gap or an overlap fails the comparison below).
      await page.waitForFunction((ids) => !ids.includes(document.querySelector('[data-testid=stored-report-row]')?.getAttribute('data-report-id') ?? null), seen);
      expect(await page.textContent('[data-testid=reports-count]')).toContain(`第 ${(p - 1) * 10 + 1}–`);
      seen.push(...(await rowIds()));
    }
    expect(seen).toEqual(asc.edges.map((e) => e.node.id));
    expect(await page.isDisabled('[data-testid=reports-next]')).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-reports-browser.png'), fullPage: true });
    while (!(await page.isDisabled('[data-testid=reports-prev]'))) await page.click('[data-testid=reports-prev]');
    await page.waitForFunction((id) => document.querySelector('[data-testid=stored-report-row]')?.getAttribute('data-report-id') === id, first[0]!);
    expect(await rowIds()).toEqual(first);
    // Back to the default order and page size for the steps below (the token typed there lives in this page).
    await page.selectOption('[data-testid=reports-sort]', 'year_desc');
    await page.selectOption('[data-testid=reports-page-size]', '50');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('sort') && !new URL(location.href).searchParams.has('size'));
  });

  it('creates an editor token (secret shown once), refuses one without a region, and revokes it', async () => {
    await page.fill('[data-testid=token-input]', api.adminToken!);
    await page.waitForSelector('[data-testid=tokens-panel] [data-testid=token-row]');
    expect(await page.textContent('[data-testid=admin-viewer]')).toContain('管理员');

    await page.selectOption('[data-testid=token-role]', 'editor');
    await page.fill('[data-testid=token-name]', '林芝市编辑');
    await page.click('[data-testid=token-create]');
    expect(await page.textContent('[data-testid=tokens-message]')).toContain('编辑令牌须填写地区代码');

    await page.fill('[data-testid=token-region]', '540400');
    await page.click('[data-testid=token-create]');
    const secret = (await page.textContent('[data-testid=token-secret]', { timeout: 60_000 }))!.trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect((await gql<{ viewer: { role: string; regionCode: string } }>(api.baseUrl, '{ viewer { role regionCode } }', {}, secret)).viewer).toEqual({ role: 'editor', regionCode: '540400' });
    const row = page.locator('[data-testid=token-row]', { hasText: '林芝市编辑' });
    await row.waitFor();
    expect(await row.textContent()).toContain('540400');
    await session.shot('admin-tokens');

    await row.locator('[data-testid=token-revoke]').click();
    await page.waitForSelector('[data-testid=token-row][data-revoked=true]');
    expect(await page.textContent('[data-testid=tokens-message]')).toContain('已撤销令牌“林芝市编辑”');
    await expect(gql(api.baseUrl, '{ viewer { role } }', {}, secret)).rejects.toThrow();
  });

  it('searches reports by issuer and years, moves one to another region and deletes one', async () => {
    await page.fill('[data-testid=reports-issuer]', '工布');
    await page.fill('[data-testid=reports-from]', '2024');
    await page.click('[data-testid=reports-search]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=stored-report-row]').length === 2);
    expect(new URL(page.url()).searchParams.get('issuer')).toBe('工布');
    const rows = page.locator('[data-testid=stored-report-row]');
    const [first, second] = [await rows.nth(0).getAttribute('data-report-id'), await rows.nth(1).getAttribute('data-report-id')];
    expect(await rows.nth(0).textContent()).toContain('2025');
    await session.shot('admin-reports');

    await rows.nth(0).locator('[data-testid=report-move]').click();
    await page.fill('[data-testid=move-region]', '540424');
    await page.fill('[data-testid=move-reason]', '上传时选错了县');
    await page.click('[data-testid=move-submit]');
    await page.waitForFunction(() => document.querySelector('[data-testid=reports-message]')?.textContent?.includes('波密县'));
    const moved = await gql<{ report: { region: { code: string }; regionChanges: { reason: string }[] } }>(api.baseUrl, 'query($id: ID!) { report(id: $id) { region { code } regionChanges { reason } } }', { id: first });
    expect(moved.report.region.code).toBe('540424');
    expect(moved.report.regionChanges.map((c) => c.reason)).toEqual(['上传时选错了县']);

    await page.locator(`[data-testid=stored-report-row][data-report-id="${second}"] [data-testid=report-delete]`).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=reports-message]')?.textContent?.includes('已删除'));
    await page.waitForFunction((id) => !document.querySelector(`[data-report-id="${id}"]`), second);
    expect(await gql<{ report: null }>(api.baseUrl, 'query($id: ID!) { report(id: $id) { id } }', { id: second })).toEqual({ report: null });
    expect(session.pageErrors).toEqual([]);
  });
});
