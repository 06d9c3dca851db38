// Quick latency measurement of `series` and `ranking` on the demo data set (林芝市 counties, 2019–2025).
// Usage (after building the libs and the api):  DIST=apps/api/dist DATA_DIR=tmp/bench-pglite node apps/api/test/analytics/support/measure-analytics-latency.cjs
// Starts the whole app in-process (embedded PGlite unless DATABASE_URL is set), loads the demo data when the database
// is empty, then times N GraphQL requests over HTTP on 127.0.0.1 (≈ server time: no network) and N direct service
// calls (SQL + mapping only). Prints p50/p95/max in milliseconds.
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const dist = path.resolve(process.env.DIST ?? 'apps/api/dist');
const N = Number(process.env.N ?? 200);
const { createApp } = require(path.join(dist, 'core/http/create-app'));
const { DemoDataService } = require(path.join(dist, 'demo/demo-data.service'));
const { AnalyticsService } = require(path.join(dist, 'analytics/analytics.service'));

const SERIES = `{ series(metric: "t3_new_received_tot", parentCode: "540400", level: county, yearFrom: 2019, yearTo: 2025) {
  region { code name } points { year value state change changePct comparability } } }`;
const RANKING = `{ ranking(metric: "t3_new_received_tot", year: 2024, parentCode: "540400", level: county) {
  count median q1 q3 entries { rank previousRank region { code name } value change comparability } } }`;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { n: sorted.length, p50: at(0.5).toFixed(1), p95: at(0.95).toFixed(1), max: sorted[sorted.length - 1].toFixed(1) };
}

async function timeIt(fn) {
  for (let i = 0; i < 10; i++) await fn(); // warm-up
  const samples = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

async function main() {
  const app = await createApp({ env: { ...process.env, DEMO_DATA: 'false' }, schemaFile: true, logger: ['error', 'warn'] });
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  const demo = await app.get(DemoDataService).loadIfEmpty();
  if (demo) console.log(`demo data: ${JSON.stringify(demo)}`);
  const post = async (query) => {
    const res = await globalThis.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };
  const info = await post('{ datasetInfo { reportCount yearMin yearMax } }');
  console.log(`dataset: ${JSON.stringify(info.data.datasetInfo)}; database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}`);
  const analytics = app.get(AnalyticsService);
  const rows = [
    ['series (HTTP)', await timeIt(() => post(SERIES))],
    ['ranking (HTTP)', await timeIt(() => post(RANKING))],
    ['series (service)', await timeIt(() => analytics.series({ metric: 't3_new_received_tot', parentCode: '540400', level: 'county', yearFrom: 2019, yearTo: 2025 }))],
    ['ranking (service)', await timeIt(() => analytics.ranking({ metric: 't3_new_received_tot', year: 2024, parentCode: '540400', level: 'county' }))],
  ];
  console.log('| query | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|');
  for (const [name, s] of rows) console.log(`| ${name} | ${s.n} | ${s.p50} | ${s.p95} | ${s.max} |`);
  await app.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
