import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { type Browser, type Page } from 'playwright-core';

import { API_MAIN, DASHBOARD_DIST, REPO_ROOT, startApi, type RunningApi } from './api-server';
import { findChromium, launchChromium } from './chromium';

export const SCREENSHOTS = join(REPO_ROOT, 'apps/dashboard/test-output/screenshots');

/** What every browser suite works with: the real api on the embedded demo data, one Chinese-locale page. */
export type ChromiumSession = {
  api: RunningApi;
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page, for suites that assert there were none. */
  pageErrors: string[];
  /** A full-page screenshot into apps/dashboard/test-output/screenshots/<name>.png. */
  shot: (name: string) => Promise<void>;
};

/**
 * A describe block that runs in headless Chromium against a freshly started api. Without Chromium the suite is
 * skipped with the install command, except under CI=true, where a missing browser is a failure: CI installs it,
 * so its absence means the run would prove nothing. The session's fields are set by the time the body's own
 * beforeAll hooks run (they run after this one, in order).
 */
export function describeInChromium(title: string, body: (session: ChromiumSession) => void): void {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const message = `${title}: SKIPPED — no Chromium found (/usr/bin/chromium; set CHROMIUM_PATH). Install with: apt-get install -y chromium fonts-noto-cjk`;
    if (process.env.CI === 'true') {
      test('Chromium is installed (required under CI=true)', () => {
        throw new Error(message);
      });
    } else {
      console.warn(message);
      test.skip('browser tests (no Chromium)', () => undefined);
    }
    return;
  }

  describe(title, () => {
    const session = { pageErrors: [] as string[] } as unknown as ChromiumSession;
    session.shot = async (name) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await session.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    };

    beforeAll(async () => {
      if (!existsSync(API_MAIN))
        throw new Error(`${API_MAIN} is missing: run \`npx nx run-many -t build\` first`);
      if (!existsSync(join(DASHBOARD_DIST, 'index.html')))
        throw new Error('apps/dashboard/dist is missing: run `npx nx run dashboard:build` first');
      session.api = await startApi();
      session.browser = await launchChromium(chromiumPath);
      const context = await session.browser.newContext({
        viewport: { width: 1400, height: 1000 },
        acceptDownloads: true,
        locale: 'zh-CN',
      });
      session.page = await context.newPage();
      // This machine may be busy (CI runs everything at once): generous waits, no timing assertions.
      session.page.setDefaultTimeout(120_000);
      session.page.on('pageerror', (error) => session.pageErrors.push(error.message));
    }, 300_000);

    afterAll(async () => {
      await session.browser?.close();
      await session.api?.stop();
    });

    body(session);
  });
}
