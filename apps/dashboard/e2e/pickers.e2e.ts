import { type Page } from 'playwright-core';

import { gql, type RunningApi } from './support/api-server';
import { describeInChromium } from './support/session';

const LINZHI = '540400';
const LANGXIAN = '540426';

/** Issue 15 point 8: pickers and charts for hundreds of items, and a finding link that brings its cells into view. */
describeInChromium('pickers for long lists, template and log-scale notes, finding links, in Chromium', (session) => {
  let api: RunningApi;
  let page: Page;
  const { pageErrors, shot } = session;

  beforeAll(async () => {
    ({ api, page } = session);
  }, 300_000);

  it('filters the 333 prefectures and ~300 metrics as one types; Enter picks the first match', async () => {
    await page.goto(`${api.baseUrl}/trends?pref=${LINZHI}`);
    await page.waitForSelector('[data-testid=prefecture-select] option >> nth=100', { state: 'attached' });
    const all = await page.$$eval('[data-testid=prefecture-select] option', (o) => o.length);
    expect(all).toBeGreaterThan(300);
    await page.fill('[data-testid=prefecture-select-filter]', '福州');
    // The chosen prefecture stays listed (a select shows only its own value), plus every match.
    expect((await page.$$eval('[data-testid=prefecture-select] option', (o) => o.map((x) => x.textContent))).sort()).toEqual(['福建省 福州市', '西藏自治区 林芝市']);
    await page.press('[data-testid=prefecture-select-filter]', 'Enter');
    await page.waitForURL(/pref=350100/);

    await page.fill('[data-testid=metric-select-filter]', '采购');
    const metrics = await page.$$eval('[data-testid=metric-select] option', (o) => o.map((x) => x.textContent ?? ''));
    expect(metrics.length).toBeGreaterThan(1);
    expect(metrics.slice(1).every((label) => label.includes('采购'))).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('says where a template has no such metric, selects all or no counties, and says why a log scale is off', async () => {
    // Procurement is printed by the 2019 template only: 2021–2025 are no missing data.
    await page.goto(`${api.baseUrl}/trends?pref=${LINZHI}&metric=t2_procure_projects&from=2019&to=2025`);
    await page.waitForSelector('[data-testid=metric-gap-note]');
    expect(await page.textContent('[data-testid=metric-gap-note]')).toBe('2021–2025 年度适用2021年版格式（国办公开办函〔2021〕30号），该模板没有此指标：这些年份不是缺数据。');

    const counties = (await gql<{ region: { children: { code: string }[] } }>(api.baseUrl, `{ region(code: "${LINZHI}") { children { code } } }`)).region.children;
    await page.click('[data-testid=county-select-all]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=county-picker] input:checked').length === n, Math.min(10, counties.length));
    // Cleared stays cleared (an empty list is not the page's default of three counties).
    await page.click('[data-testid=county-select-none]');
    await page.waitForURL(/regions=none/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=county-picker] input:checked').length === 0);

    // Requests of companies carried over from last year are 0 nearly everywhere: no log scale, and the page says why.
    await page.goto(`${api.baseUrl}/trends?pref=${LINZHI}&metric=t3_carried_in_com&regions=${counties.map((c) => c.code).join(',')}&log=1`);
    await page.waitForSelector('[data-testid=log-scale-off]');
    expect(await page.textContent('[data-testid=log-scale-off]')).toContain('无法使用对数刻度');
    await shot('pickers-trends');
    expect(pageErrors).toEqual([]);
  });

  it("a finding's link scrolls its cells into view on the report page", async () => {
    const listed = await gql<{ findings: { edges: { node: { id: string; report: { id: string; region: { code: string } } } }[] } }>(
      api.baseUrl,
      `{ findings(first: 50, where: { regionCode: "${LINZHI}", yearFrom: 2025, yearTo: 2025, rule: "T3_BALANCE" }) { edges { node { id report { id region { code } } } } } }`,
    );
    const finding = listed.findings.edges.map((e) => e.node).find((f) => f.report.region.code === LANGXIAN);
    expect(finding).toBeDefined();
    await page.setViewportSize({ width: 1400, height: 700 });
    await page.goto(`${api.baseUrl}/report/${finding!.report.id}?finding=${finding!.id}`);
    await page.waitForSelector('.cell-selected');
    await page.waitForFunction(() => {
      const box = document.querySelector('.cell-selected')?.getBoundingClientRect();

      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1400, height: 1000 });
    expect(pageErrors).toEqual([]);
  });
});
