/* global fetch, setTimeout, performance */
// Dashboard benchmark: initial JS (gzip) of the built app and time to a rendered overview in headless
// Chromium on localhost (median of several cold loads). Not a test: it prints figures.
//   node apps/dashboard/e2e/bench.mjs            (starts the api with demo data on a random port)
//   BASE_URL=http://127.0.0.1:3000 node apps/dashboard/e2e/bench.mjs
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const dist = join(root, 'apps/dashboard/dist');
const LOADS = Number(process.env.LOADS ?? 7);

function initialJs() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  let js = 0;
  let jsRaw = 0;
  let css = 0;
  for (const ref of new Set(refs)) {
    const bytes = readFileSync(join(dist, ref));
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (ref.endsWith('.js')) {
      js += gz;
      jsRaw += bytes.length;
    } else css += gz;
  }

  return { files: refs.length, jsGzipKB: js / 1024, jsRawKB: jsRaw / 1024, cssGzipKB: css / 1024 };
}

async function freePort() {
  return await new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

async function startApi() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-dashboard-bench-'));
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(dataDir, 'pglite'), DEMO_DATA: 'true', DASHBOARD_DIR: dist, DATABASE_URL: '' },
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      const r = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ datasetInfo { reportCount } }' }) });
      const body = await r.json();
      if (body?.data?.datasetInfo?.reportCount > 0) break;
    } catch {
      // starting
    }
    if (child.exitCode !== null || Date.now() - started > 300_000) throw new Error('api did not start');
    await new Promise((r) => setTimeout(r, 1000));
  }

  return {
    baseUrl,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const size = initialJs();
const api = process.env.BASE_URL ? { baseUrl: process.env.BASE_URL, stop: () => undefined } : await startApi();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
const boardTimes = [];
try {
  // One warm-up load so the api's first-query costs are not counted as the dashboard's.
  for (let i = 0; i <= LOADS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${api.baseUrl}/`, { waitUntil: 'commit' });
    // The board (issue 18): all four family panels with their totals, from its one request.
    await page.waitForSelector('[data-testid=board-requests] [data-testid=board-total]', { timeout: 60_000 });
    const boardMs = await page.evaluate(() => performance.now());
    if (i > 0) boardTimes.push(boardMs);
    await page.waitForSelector('[data-testid=ranking-table] tbody tr', { timeout: 60_000 });
    await page.waitForSelector('[data-testid=small-multiples] .mini-trend-line path', { timeout: 60_000 });
    await page.waitForSelector('[data-testid=headline-cards]', { timeout: 60_000 });
    const ms = await page.evaluate(() => performance.now());
    if (i > 0) times.push(ms);
    await context.close();
  }
} finally {
  await browser.close();
  api.stop();
}
times.sort((a, b) => a - b);
boardTimes.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const boardMedian = boardTimes[Math.floor(boardTimes.length / 2)];
console.log('| measure | value | target |');
console.log('|---|---|---|');
console.log(`| initial JS (gzip, ${size.files} files referenced by index.html) | ${size.jsGzipKB.toFixed(1)} KB (raw ${size.jsRawKB.toFixed(1)} KB; CSS ${size.cssGzipKB.toFixed(1)} KB gzip) | ≤ 350 KB |`);
console.log(`| time to rendered overview (headless Chromium, localhost, median of ${times.length} cold loads) | ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}) | ≤ 1500 ms |`);
console.log(`| time to the rendered board (four family panels; same loads) | ${boardMedian.toFixed(0)} ms (min ${boardTimes[0].toFixed(0)}, max ${boardTimes[boardTimes.length - 1].toFixed(0)}) | ≤ 1500 ms |`);
if (!existsSync(join(dist, 'index.html'))) process.exitCode = 1;
