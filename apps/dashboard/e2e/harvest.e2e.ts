import { existsSync, readFileSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';

import { type Page } from 'playwright-core';

import { gql, REPO_ROOT, type RunningApi } from './support/api-server';
import { describeInChromium } from './support/session';

// The api started by the session fetches only what HARVEST_ALLOW_HOSTS names among private addresses: the
// fixture sites below are on loopback. Set before the session's beforeAll starts the api.
process.env.HARVEST_ALLOW_HOSTS = '127.0.0.1';
process.env.HARVEST_DELAY_MS = '0';

const CI = process.env.CI === 'true';
// 平潭 2021, a real report page, as the county's annual-report column would link it.
const REAL_PAGE = join(REPO_ROOT, '../shared/corpus/real/pingtan-2021/page.html');
const FUZHOU = '350100';
const PINGTAN = '350128';
const GULOU = '350102';

/** Two county columns on loopback: 平潭 lists its 2021 report (`published.page`, which a test edits), 鼓楼 lists only an older one. */
async function startColumns(published: { page: Buffer }): Promise<{ origin: string; hosts: string[]; close: () => Promise<void> }> {
  const hosts: string[] = [];
  const list = (items: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body><ul>${items}</ul></body></html>`;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    hosts.push(String(req.headers.host));
    const html = (body: string | Buffer) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    if (req.url === '/pt/nb/index.htm') return html(list('<li><a href="./202202/t20220208_80613.htm">平潭综合实验区2021年度政府信息公开工作年度报告</a><span>2022-02-08</span></li>'));
    if (req.url === '/pt/nb/202202/t20220208_80613.htm') return html(published.page);
    if (req.url === '/gl/nb/index.htm') return html(list('<li><a href="./202103/t20210301_1.htm">鼓楼区2020年度政府信息公开工作年度报告</a><span>2021-03-01</span></li>'));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hosts, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Issue 14's dashboard page: a supervisor registers her counties' columns, harvests, and sees the evidence. */
describeInChromium('the harvest page in Chromium against the real api', (session) => {
  let api: RunningApi;
  let page: Page;
  let columns: Awaited<ReturnType<typeof startColumns>> | null = null;
  const published = { page: Buffer.alloc(0) };
  const { pageErrors, shot } = session;

  beforeAll(async () => {
    ({ api, page } = session);
    if (existsSync(REAL_PAGE)) {
      published.page = readFileSync(REAL_PAGE);
      columns = await startColumns(published);
    }
  }, 300_000);
  afterAll(async () => {
    await columns?.close();
  });

  it('imports a site list, harvests it, and shows found / not found with the report and the next check', async () => {
    if (!columns) {
      if (CI) throw new Error(`no real corpus at ${REAL_PAGE}`);
      console.warn(`harvest e2e skipped — no ${REAL_PAGE}`);

      return;
    }
    if (!api.adminToken) throw new Error('no admin token: run with TEST_DATABASE_URL/E2E_DATABASE_URL (a PostgreSQL admin URL) or E2E_ADMIN_TOKEN');
    await page.goto(`${api.baseUrl}/harvest?pref=${FUZHOU}&hyear=2021`);
    await page.waitForSelector('[data-testid=harvest-no-sites]');
    expect(await page.textContent('h1')).toBe('网站采集');

    await page.fill('[data-testid=token-input]', api.adminToken);
    // A bad line refuses the whole list, in the api's Chinese words.
    await page.fill('[data-testid=harvest-csv]', `region_code,url\n${PINGTAN},not a url\n`);
    await page.click('[data-testid=harvest-import]');
    await page.waitForSelector('[data-testid=harvest-message][role=alert]');
    expect(await page.textContent('[data-testid=harvest-message]')).toMatch(/^操作失败：站点清单有误，未保存任何站点：第 2 行：网址无效/);
    expect(await page.$('[data-testid=harvest-sites]')).toBeNull();

    await page.fill('[data-testid=harvest-csv]', `region_code,url\n${PINGTAN},${columns.origin}/pt/nb/index.htm\n${GULOU},${columns.origin}/gl/nb/index.htm\n`);
    await page.click('[data-testid=harvest-import]');
    await page.waitForSelector('[data-testid=harvest-site] >> nth=1');
    expect(await page.textContent('[data-testid=harvest-message]')).toBe('已保存 2 个站点。');
    // 2021 is older than the schedule's two latest years: the page promises no next check for it.
    expect(await page.$$eval('[data-testid=harvest-site]', (rows) => rows.map((r) => r.textContent ?? '').every((text) => text.includes('尚未检查') && text.includes('不定时检查')))).toBe(true);

    await page.click('[data-testid=harvest-start]');
    await page.waitForSelector('[data-testid=harvest-run][data-status=done]', { timeout: 120_000 });
    await page.waitForSelector(`[data-testid=harvest-site][data-region="${GULOU}"][data-result=not_found]`);
    const found = page.locator(`[data-testid=harvest-site][data-region="${PINGTAN}"][data-result=found]`);
    expect(await found.textContent()).toContain('找到报告');
    expect(await found.locator('a', { hasText: '查看报告' }).count()).toBe(1);
    expect(await page.textContent(`[data-testid=harvest-site][data-region="${GULOU}"]`)).toContain('未找到报告');
    await shot('harvest');

    // The not-found check is evidence: the coverage says 经核查未发布 for 鼓楼区 2021, from the harvest.
    const coverage = await gql<{ coverage: { region: { code: string }; publication: string; evidence: { source: string }[] }[] }>(
      api.baseUrl,
      `query($p: String!) { coverage(parentCode: $p, yearFrom: 2021, yearTo: 2021) { region { code } publication evidence { source } } }`,
      { p: FUZHOU },
    );
    const gulou = coverage.coverage.find((e) => e.region.code === GULOU);
    expect(gulou).toMatchObject({ publication: 'confirmed_missing', evidence: [{ source: 'harvest' }] });
    expect(coverage.coverage.find((e) => e.region.code === PINGTAN)?.publication).not.toMatch(/not_collected|confirmed_missing/);

    await found.locator('a', { hasText: '查看报告' }).click();
    await page.waitForSelector('[data-testid=page-report]');
    expect(await page.textContent('[data-testid=page-report]')).toContain('平潭');
    // The county corrects a number in its published page: the next harvest stores a new version, and its
    // report page says 发布后修改 with the value before and after.
    const html = published.page.toString('utf8');
    // The first number printed in a table cell (Word's HTML wraps it in <p><span>).
    const number = />\s*(\d{2,})\s*</g;
    number.lastIndex = html.indexOf('<table');
    const cell = number.exec(html);
    if (!cell) throw new Error('no numeric cell in the real page');
    published.page = Buffer.from(html.slice(0, cell.index) + cell[0].replace(cell[1], String(Number(cell[1]) + 1)) + html.slice(cell.index + cell[0].length), 'utf8');
    await page.goto(`${api.baseUrl}/harvest?pref=${FUZHOU}&hyear=2021`);
    await page.waitForSelector('[data-testid=harvest-run]');
    await page.click('[data-testid=harvest-start]');
    await page.waitForFunction(() => {
      const runs = [...document.querySelectorAll('[data-testid=harvest-run]')];

      return runs.length === 2 && runs.every((r) => r.getAttribute('data-status') === 'done');
    });
    await page.locator(`[data-testid=harvest-site][data-region="${PINGTAN}"] a`, { hasText: '查看报告' }).click();
    await page.waitForSelector('[data-testid=republication]');
    expect(await page.textContent('[data-testid=republication] h2')).toBe('发布后修改');
    const changed = await page.$$eval('[data-testid=republication] tbody tr', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));
    expect(changed).toContainEqual([expect.any(String), cell[1], String(Number(cell[1]) + 1)]);
    await shot('report-republication');

    // Every request went to the loopback fixture.
    expect(new Set(columns.hosts.map((h) => h.split(':')[0]))).toEqual(new Set(['127.0.0.1']));
    expect(pageErrors).toEqual([]);
  });
});
