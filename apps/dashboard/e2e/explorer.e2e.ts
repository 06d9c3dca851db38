import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { type Page, type Request } from 'playwright-core';

import { type RunningApi } from './support/api-server';
import { describeInChromium, SCREENSHOTS } from './support/session';

// The api's offline explorer at /graphql (apps/api/explorer), not a dashboard page: a browser on a network
// without internet access must still get a working GraphiQL, so every request to another origin is blocked
// (and recorded) and the page must still load its schema and answer the guide's first example.
describeInChromium('offline GraphQL explorer at /graphql in Chromium', (session) => {
  let api: RunningApi;
  let page: Page;
  const foreign: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    api = session.api;
    const context = await session.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    const origin = new URL(api.baseUrl).origin;
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
      foreign.push(url);

      return route.abort('internetdisconnected');
    });
    page = await context.newPage();
    page.setDefaultTimeout(120_000);
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => session.pageErrors.push(error.message));
  });

  it('serves GraphiQL under its CSP, loads nothing from another origin and runs the guide examples', async () => {
    const response = await page.goto(`${api.baseUrl}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.waitForSelector('.graphiql-container');
    // The guide's examples are preloaded as tabs, the first one (regions) active.
    await page.waitForSelector('.graphiql-tab');
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThan(15);
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('regions'));

    const answered = page.waitForResponse((r: { url: () => string; request: () => Request }) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('regions'));
    await page.click('.graphiql-execute-button');
    expect((await answered).status()).toBe(200);
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('巴宜区'));

    // The schema came through introspection: the documentation explorer lists the root types with their text.
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'graphql-explorer-offline.png') });

    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('still answers scripts at GET /graphql with Apollo', async () => {
    const res = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ datasetInfo { reportCount } }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { datasetInfo: { reportCount: number } } }).data.datasetInfo.reportCount).toBeGreaterThan(0);
  });
});
