import { type Page } from 'playwright-core';

import { gql, type RunningApi } from './support/api-server';
import { describeInChromium } from './support/session';

/** What the page itself reports when the api's Content-Security-Policy blocks something. */
type Violation = { directive: string; blocked: string; source: string };

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

describeInChromium('every dashboard page under the api’s Content-Security-Policy', (session) => {
  let api: RunningApi;
  let page: Page;
  const consoleCsp: string[] = [];
  const { pageErrors, shot } = session;

  beforeAll(async () => {
    ({ api, page } = session);
    // Injected by the browser (not a page script), so the policy under test cannot block the listener itself.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations?.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` });
      });
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) consoleCsp.push(message.text());
    });
  }, 300_000);

  const visit = async (path: string, selector: string): Promise<Violation[]> => {
    const response = await page.goto(`${api.baseUrl}${path}`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    // The page really was served under the strict policy: a test without it would prove nothing.
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    await page.waitForSelector(selector);
    // Lazily loaded chunks, fonts and chart images arrive after the first paint.
    await page.waitForLoadState('networkidle');

    return await page.evaluate(() => window.__cspViolations ?? []);
  };

  it('renders every page, and exports a chart as PNG, with no CSP violation and no page error', async () => {
    const info = await gql<{ reports: { edges: Array<{ node: { id: string; region: { code: string; level: string; parentCode: string } } }> } }>(
      api.baseUrl,
      '{ reports(first: 1) { edges { node { id region { code level parentCode } } } } }',
    );
    const { id: reportId, region } = info.reports.edges[0].node;
    const prefecture = region.level === 'prefecture' ? region.code : region.parentCode;
    const pages: Array<[string, string, string]> = [
      ['overview', `/?pref=${prefecture}`, '[data-testid=ranking-table] tbody tr'],
      ['trends', `/trends?pref=${prefecture}`, '[data-testid=page-trends]'],
      ['compare', `/compare?pref=${prefecture}`, '[data-testid=page-compare] .recharts-wrapper'],
      ['county', `/county/${region.code}`, '[data-testid=card-county-reports] tbody tr'],
      ['report', `/report/${reportId}`, '[data-testid=report-tables]'],
      ['quality', `/quality?pref=${prefecture}`, '[data-testid=coverage-grid]'],
      ['upload', '/upload', '[data-testid=page-upload]'],
      ['harvest', '/harvest', '[data-testid=page-harvest]'],
      ['admin', '/admin', '[data-testid=page-admin]'],
      // The province board (the overview of a province).
      ['board-province', '/?pref=540000', '[data-testid=page-overview]'],
      ['overview-en', `/?lang=en&pref=${prefecture}`, '[data-testid=ranking-table] tbody tr'],
    ];
    const seen: Record<string, Violation[]> = {};
    for (const [name, path, selector] of pages) {
      const violations = await visit(path, selector);
      if (violations.length > 0) seen[name] = violations;
    }
    await shot('csp-overview-en');

    // A PNG export draws the chart's SVG through a blob: image onto a canvas: the policy must allow exactly that.
    await visit(`/?pref=${prefecture}`, '[data-testid=ranking-table] tbody tr');
    const exportButton = await page.$('[data-testid=export-png]');
    expect(exportButton).not.toBeNull();
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton?.click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const afterExport = await page.evaluate(() => window.__cspViolations ?? []);
    if (afterExport.length > 0) seen['export-png'] = afterExport;

    expect(seen).toEqual({});
    expect(consoleCsp).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows an admin the audit log on the upload page and downloads it as CSV, under the policy', async () => {
    if (!api.adminToken) throw new Error('no admin token: build the CLI (npx nx run cli:build) or run with TEST_DATABASE_URL/E2E_ADMIN_TOKEN');
    await visit('/upload', '[data-testid=page-upload]');
    await page.fill('[data-testid=token-input]', api.adminToken);
    await page.waitForSelector('[data-testid=audit-log-table] tbody tr');
    // The demo loader's reports, each recorded in its own ingest transaction, by the system.
    const rows = await page.$$eval('[data-testid=audit-log-table] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-action'), tr.children[1]?.textContent ?? '', tr.children[2]?.textContent ?? '']));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toContainEqual(['report_ingested', '入库报告', 'system']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=audit-download]')]);
    expect(download.suggestedFilename()).toBe('audit-log.csv');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF时间,操作,action,操作者')).toBe(true);
    await shot('audit-log-panel');
    expect(await page.evaluate(() => window.__cspViolations ?? [])).toEqual([]);
  });

  it('answers the explorer page with frame-ancestors none and nosniff', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('logs JSON lines only, and every line of a request carries its request id', async () => {
    if (process.env.E2E_BASE_URL) throw new Error('this test reads the logs of the api it starts: unset E2E_BASE_URL');
    const id = 'e2e-log-check-0001';
    const res = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': id },
      body: JSON.stringify({ query: '{ datasetInfo { reportCount } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe(id);
    await res.text();
    await new Promise((r) => setTimeout(r, 500));
    const lines = api.logs().split('\n').filter((l) => l.trim() !== '');
    const parsed = lines.map((line) => {
      try {
        return JSON.parse(line) as { reqId?: string; req?: { id?: string; path?: string }; res?: { statusCode?: number }; responseTime?: number; msg?: string };
      } catch {
        return null;
      }
    });
    expect(lines.filter((_, i) => parsed[i] === null)).toEqual([]);
    const mine = parsed.filter((p) => p?.reqId === id || p?.req?.id === id);
    expect(mine).toContainEqual(expect.objectContaining({ req: expect.objectContaining({ id, path: '/graphql' }), res: { statusCode: 200 }, responseTime: expect.any(Number) }));
    // Answered requests are logged with their id; none without.
    expect(parsed.filter((p) => p?.res !== undefined && !p?.req?.id)).toEqual([]);
  });
});
