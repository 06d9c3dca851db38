// The board's computation in-process, without HTTP or GraphQL: the query's SQL and computeBoard, each the mean of
// RUNS calls, over a prefecture's counties in a database (after `npm run build`).
//   node tools/bench/scripts/board-compute.cjs postgres://postgres@127.0.0.1:5432/<database> [parentCode]
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');

const root = join(__dirname, '../../..');
const { Client } = require('pg');
const { BOARD_FAMILIES } = require(join(root, 'libs/domain/dist/index.js'));
const { computeBoard } = require(join(root, 'apps/api/dist/analytics/utils/compute-board.util.js'));
const { boardMetricKeys } = require(join(root, 'apps/api/dist/analytics/utils/board-metric-keys.util.js'));

const [url, parentCode = '130600'] = process.argv.slice(2);
const runs = Number(process.env.RUNS ?? 10);

(async () => {
  const client = new Client({ connectionString: url });
  await client.connect();
  const regions = (await client.query(`SELECT code, name, level::text AS level, parent_code, path FROM region WHERE parent_code = $1 AND level = 'county' ORDER BY code`, [parentCode])).rows;
  // The service's query (analytics.service.ts, board) without issuer kinds: the read model primary_report.
  const sql = `WITH pr AS NOT MATERIALIZED (SELECT p.report_id AS id, p.region_code, p.year, p.template::text AS template FROM primary_report p WHERE p.region_code = ANY($1::varchar[]) AND p.year BETWEEN 2019 AND 2025)
    SELECT p.region_code, p.year, p.id::text AS report_id, p.template, r.sample_data, v.metric_key, v.value::text AS value, v.state::text AS state
    FROM pr p JOIN report r ON r.id = p.id LEFT JOIN report_value v ON v.report_id = p.id AND v.metric_key = ANY($2::text[]) ORDER BY p.region_code, p.year`;
  const keys = boardMetricKeys(BOARD_FAMILIES);
  let t = performance.now();
  let rows = [];
  for (let i = 0; i < runs; i++) rows = (await client.query(sql, [regions.map((r) => r.code), keys])).rows;
  const sqlMs = (performance.now() - t) / runs;
  const reports = new Map();
  const values = [];
  for (const row of rows) {
    const key = `${row.region_code}|${row.year}`;
    if (!reports.has(key)) reports.set(key, { regionCode: row.region_code, year: row.year, reportId: row.report_id, template: row.template, sampleData: row.sample_data });
    if (row.metric_key) values.push({ regionCode: row.region_code, year: row.year, metricKey: row.metric_key, value: row.value, state: row.state });
  }
  t = performance.now();
  for (let i = 0; i < runs; i++) computeBoard({ parent: regions[0], regions, yearFrom: 2019, yearTo: 2025, families: BOARD_FAMILIES, reports: [...reports.values()], values });
  const computeMs = (performance.now() - t) / runs;
  console.log(`board(${parentCode}): ${regions.length} counties, ${rows.length} rows; SQL ${sqlMs.toFixed(1)} ms, computeBoard ${computeMs.toFixed(1)} ms (mean of ${runs})`);
  await client.end();
})();
