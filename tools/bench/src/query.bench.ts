import { readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';

import { type RegionYear, refreshPrimaryReports } from '@gongkai/report-store';
import { NATIONAL_CATALOGUE } from '@gongkai/sample-corpus';
import { Client } from 'pg';

import { DEFAULT_INGEST_OPTIONS } from './ingest.bench';
import { markdownTable, ms } from './lib/format';
import { busyMachineNote, describeMachine, type Machine, machineLine } from './lib/machine';
import { percentile } from './lib/stats';
import { graphql, type GraphqlResponse, type RunningApi, startApi } from './query-api';

/** The dashboard's own queries (apps/dashboard/src/modules/…/graphql/queries), as it sends them. */
export const DASHBOARD_QUERIES = {
  series: `query GetSeries($metric: String!, $parentCode: String, $yearFrom: Int!, $yearTo: Int!) {
    series(metric: $metric, parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo) {
      region { code name } metric { key }
      points { year reportId template value state raw change changePct changePp comparability } } }`,
  ranking: `query GetRanking($metric: String!, $year: Int!, $parentCode: String) {
    ranking(metric: $metric, year: $year, parentCode: $parentCode, level: county, order: desc) {
      metric { key } year count median q1 q3
      entries { rank previousRank region { code name } reportId value state previousValue change changePct changePp comparability } } }`,
  aggregateByProvince: `query AggregateByProvince($metric: String!, $yearFrom: Int!, $yearTo: Int!) {
    aggregate(metric: $metric, level: province, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [region, year], fn: sum) { region { code name } year value count } }`,
  coverage: `query GetCoverage($parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
    coverage(parentCode: $parentCode, yearFrom: $yearFrom, yearTo: $yearTo, level: county) {
      region { code name } year status late failing report { id } publishedOn deadline daysLate failedRules } }`,
  headline: `query GetHeadline($parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
    requests: aggregate(metric: "t3_new_received_tot", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: sum) { year template value count }
    disclosed: aggregate(metric: "rate_disclosed", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: median) { year template value count }
    license: aggregate(metric: "t2_license_decisions", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: sum) { year template value count }
    penalty: aggregate(metric: "t2_penalty_decisions", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: sum) { year template value count }
    procurement: aggregate(metric: "t2_procure_amount_yuan", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: sum) { year template value count }
    reviewCorrected: aggregate(metric: "rate_review_corrected", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: median) { year template value count } }`,
  // The dashboard's GET_BOARD (apps/dashboard/src/modules/board/graphql/queries/getBoard.ts): the overview's lead.
  board: `query GetBoard($parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
    board(parentCode: $parentCode, yearFrom: $yearFrom, yearTo: $yearTo) {
      parent { code name } yearFrom yearTo regions { code name }
      families { id labelZh labelEn templateNoteZh templateNoteEn
        metrics { metric { key } yearsFrom yearsTo rankYear
          totals { year value state regionCount regionTotal median change changePct changePp comparability sampleData
                   likeForLike { fromYear toYear regionCount excludedRegions { code name } value previousValue } }
          counties { region { code name } points { year reportId template value state change changePct changePp comparability sampleData rank previousRank rankChange } }
          ranking { region { code name } rank previousRank rankChange value state comparability sampleData } }
        compositions { id labelZh labelEn parts { key } years { year regionCount regionTotal total sampleData shares { metricKey value share } } } } } }`,
  region: `query GetRegion($code: String!) { region(code: $code) { code name level parentCode path children(level: county) { code name } } }`,
  datasetInfo: `query GetDatasetInfo { datasetInfo { reportCount sampleReportCount yearMin yearMax lastIngestedAt }
    reports(first: 1) { edges { node { id year region { code level parentCode } } } } }`,
} as const;

export const METRIC = 't3_new_received_tot';

export type Scope = { prefecture: string; prefectureCounties: number; province: string; provinceCounties: number; year: number };

/** The prefecture and province with the most county reports (the heaviest realistic series and coverage). */
export async function pickScope(client: Client): Promise<Scope> {
  const pre = (
    await client.query(
      `SELECT c."parent_code" AS code, count(DISTINCT c."code")::int AS n FROM "report" r JOIN "region" c ON c."code" = r."region_code"
       JOIN "region" p ON p."code" = c."parent_code" AND p."level" = 'prefecture'
       WHERE r."status" = 'current' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    )
  ).rows[0] as { code: string; n: number };
  const pro = (
    await client.query(
      `SELECT left(r."region_code", 2) || '0000' AS code, count(DISTINCT r."region_code")::int AS n FROM "report" r
       WHERE r."status" = 'current' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    )
  ).rows[0] as { code: string; n: number };

  return { prefecture: pre.code, prefectureCounties: pre.n, province: pro.code, provinceCounties: pro.n, year: 2024 };
}

/**
 * Gives every county-level division a report series by copying a loaded county's reports (new ids, new
 * sha256, the target's region code and its own issuer), so the query benchmark runs on a national-sized
 * table after an ingest of a subset. SQL only; says how many counties it filled.
 */
export async function fillNational(client: Client, countyCodes: readonly string[]): Promise<{ filled: number; ms: number }> {
  const t = performance.now();
  await client.query('BEGIN');
  await client.query(
    `CREATE TEMP TABLE fill_map ON COMMIT DROP AS
     WITH missing AS (SELECT c AS code, row_number() OVER (ORDER BY c) AS rn FROM unnest($1::text[]) c
                      WHERE EXISTS (SELECT 1 FROM "region" g WHERE g."code" = c)
                        AND NOT EXISTS (SELECT 1 FROM "report" r WHERE r."region_code" = c)),
          donors AS (SELECT code, row_number() OVER (ORDER BY code) AS rn, count(*) OVER () AS n
                     FROM (SELECT DISTINCT "region_code" AS code FROM "report") d)
     SELECT m.code AS target, d.code AS donor FROM missing m JOIN donors d ON d.rn = ((m.rn - 1) % d.n) + 1`,
    [countyCodes],
  );
  await client.query(
    `CREATE TEMP TABLE fill_issuer ON COMMIT DROP AS
     SELECT DISTINCT ON (m.target, i."id") m.target, i."id" AS old_id, gen_random_uuid() AS new_id, g."name" || '人民政府' AS name, i."kind"
     FROM fill_map m JOIN "issuer" i ON i."region_code" = m.donor JOIN "region" g ON g."code" = m.target`,
  );
  await client.query(
    `INSERT INTO "issuer" ("id", "name", "normalized_name", "kind", "region_code")
     SELECT new_id, name || CASE WHEN count(*) OVER (PARTITION BY target) > 1 THEN '#' || old_id::text ELSE '' END,
            name || CASE WHEN count(*) OVER (PARTITION BY target) > 1 THEN old_id::text ELSE '' END, kind, target FROM fill_issuer`,
  );
  await client.query(
    `CREATE TEMP TABLE fill_report ON COMMIT DROP AS
     SELECT r."id" AS old_id, gen_random_uuid() AS new_id, gen_random_uuid() AS new_doc, fi.new_id AS issuer_id, m.target
     FROM fill_map m JOIN "report" r ON r."region_code" = m.donor JOIN fill_issuer fi ON fi.target = m.target AND fi.old_id = r."issuer_id"`,
  );
  await client.query(
    `INSERT INTO "source_document" ("id", "sha256", "file_name", "format", "media_type", "byte_size", "content")
     SELECT f.new_doc, encode(sha256(f.new_doc::text::bytea), 'hex'), d."file_name", d."format", d."media_type", d."byte_size", d."content"
     FROM fill_report f JOIN "report" r ON r."id" = f.old_id JOIN "source_document" d ON d."id" = r."source_document_id"`,
  );
  await client.query(
    `INSERT INTO "report" ("id", "source_document_id", "issuer_id", "region_code", "year", "template", "scope", "status", "title",
       "published_on", "period_start", "period_end", "sample_data", "parser_version", "superseded_by", "parsed")
     SELECT f.new_id, f.new_doc, f.issuer_id, f.target, r."year", r."template", r."scope", r."status", r."title",
       r."published_on", r."period_start", r."period_end", r."sample_data", r."parser_version", NULL, r."parsed"
     FROM fill_report f JOIN "report" r ON r."id" = f.old_id`,
  );
  await client.query(
    `INSERT INTO "report_value" ("report_id", "metric_key", "value", "state", "raw", "printed_unit", "flags")
     SELECT f.new_id, v."metric_key", v."value", v."state", v."raw", v."printed_unit", v."flags"
     FROM fill_report f JOIN "report_value" v ON v."report_id" = f.old_id`,
  );
  await client.query(
    `INSERT INTO "report_value_source" ("report_id", "sources")
     SELECT f.new_id, s."sources" FROM fill_report f JOIN "report_value_source" s ON s."report_id" = f.old_id`,
  );
  await client.query(
    `INSERT INTO "validation_issue" ("id", "report_id", "rule", "severity", "mode", "scope", "cells", "expected", "actual", "message_zh", "message_en")
     SELECT gen_random_uuid(), f.new_id, i."rule", i."severity", i."mode", i."scope", i."cells", i."expected", i."actual", i."message_zh", i."message_en"
     FROM fill_report f JOIN "validation_issue" i ON i."report_id" = f.old_id`,
  );
  // What the report store does in its write transactions: the analytics read model of the region-years filled.
  const filledYears = (await client.query(`SELECT DISTINCT f.target AS "regionCode", r."year" FROM fill_report f JOIN "report" r ON r."id" = f.new_id`)).rows as RegionYear[];
  await refreshPrimaryReports(client, filledYears);
  const filled = Number(((await client.query(`SELECT count(*) AS n FROM fill_map`)).rows[0] as { n: string }).n);
  await client.query('COMMIT');
  // VACUUM sets the visibility map: index-only scans of report_value need it (see BENCHMARKS.md, query section).
  await client.query('VACUUM (ANALYZE)');

  return { filled, ms: performance.now() - t };
}

/** One query's figures in one mode: `computed` (response cache off: every request runs SQL and GraphQL) or `cached`. */
export type QueryTiming = {
  name: string;
  description: string;
  runs: number;
  p50: number;
  p95: number;
  cpuApi: number;
  cpuDb: number;
  target: number | null;
  bytes: number;
  /** x-gongkai-cache of the timed requests: hit, miss, bypass (or none when the cache is off). */
  cache: Record<string, number>;
};

export type QueryMode = 'computed' | 'cached';

export type QueryBenchResult = {
  machine: Machine;
  loadEnd: number;
  scope: Scope;
  counts: { reports: number; counties: number; values: number; issues: number };
  fill: { filled: number; ms: number } | null;
  timings: Record<QueryMode, QueryTiming[]>;
  explains: { name: string; plans: string[] }[];
};

type Case = { name: string; description: string; query: string; variables: Record<string, unknown>; target: number | null };

export function benchCases(scope: Scope): Case[] {
  return [
    {
      name: 'series',
      description: `series of a prefecture's counties × 7 years (${scope.prefecture}, ${scope.prefectureCounties} counties, 2019–2025)`,
      query: DASHBOARD_QUERIES.series,
      variables: { metric: METRIC, parentCode: scope.prefecture, yearFrom: 2019, yearTo: 2025 },
      target: 5,
    },
    {
      name: 'ranking',
      description: `ranking of all counties nationally (${METRIC}, ${scope.year})`,
      query: DASHBOARD_QUERIES.ranking,
      variables: { metric: METRIC, year: scope.year },
      target: 30,
    },
    {
      name: 'aggregate',
      description: `aggregate by province, national (sum of ${METRIC}, by province × year, 2019–2025)`,
      query: DASHBOARD_QUERIES.aggregateByProvince,
      variables: { metric: METRIC, yearFrom: 2019, yearTo: 2025 },
      target: null,
    },
    {
      name: 'board',
      description: `board of a prefecture (${scope.prefecture}, ${scope.prefectureCounties} counties × 7 years, 4 families)`,
      query: DASHBOARD_QUERIES.board,
      variables: { parentCode: scope.prefecture, yearFrom: 2019, yearTo: 2025 },
      target: null,
    },
    {
      name: 'coverage',
      description: `coverage of a province (${scope.province}, ${scope.provinceCounties} counties × 7 years)`,
      query: DASHBOARD_QUERIES.coverage,
      variables: { parentCode: scope.province, yearFrom: 2019, yearTo: 2025 },
      target: 30,
    },
  ];
}

/** One request; the clock stops when the last byte has arrived (the client's JSON parsing is not timed). */
async function timedRequest(api: RunningApi, c: Case): Promise<{ ms: number; bytes: number; cache: string; body: GraphqlResponse }> {
  const t = performance.now();
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
  });
  const raw = await res.arrayBuffer();
  const elapsed = performance.now() - t;
  const body = JSON.parse(Buffer.from(raw).toString('utf8')) as GraphqlResponse;
  if (body.errors?.length) throw new Error(`${c.name}: ${body.errors.map((e) => e.message).join('; ')}`);

  return { ms: elapsed, bytes: raw.byteLength, cache: res.headers.get('x-gongkai-cache') ?? 'none', body };
}

async function timeCase(api: RunningApi, c: Case, runs: number, warmup: number): Promise<QueryTiming> {
  let bytes = 0;
  for (let i = 0; i < warmup; i++) bytes = (await timedRequest(api, c)).bytes;
  const cpu0 = await api.cpu();
  const samples: number[] = [];
  const cache: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    const r = await timedRequest(api, c);
    samples.push(r.ms);
    cache[r.cache] = (cache[r.cache] ?? 0) + 1;
  }
  const cpu1 = await api.cpu();
  samples.sort((a, b) => a - b);

  return {
    name: c.name,
    description: c.description,
    runs,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    cpuApi: (cpu1.apiMs - cpu0.apiMs) / runs,
    cpuDb: (cpu1.dbMs - cpu0.dbMs) / runs,
    target: c.target,
    bytes,
    cache,
  };
}

const PG_LOG = '/var/log/postgresql/postgresql-15-main.log';

/** Plans PostgreSQL's auto_explain logged for this database since `offset` (ANALYZE, BUFFERS). */
function plansSince(offset: number, database: string): string[] {
  let text: string;
  try {
    text = readFileSync(PG_LOG, 'utf8').slice(offset);
  } catch {
    return [];
  }
  const entries = text.split(/\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/);

  return entries.filter((e) => e.includes(`@${database} `) && e.includes('Query Text:')).map((e) => e.replace(/^[^\n]*LOG:\s+/, '').trimEnd());
}

export type QueryBenchOptions = { serverUrl: string; database: string; runs: number; warmup: number; fill: boolean; explain: boolean; log: (line: string) => void };

export async function runQueryBench(options: QueryBenchOptions): Promise<QueryBenchResult> {
  const machine = describeMachine();
  const url = `${options.serverUrl}/${options.database}`;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    let fill: QueryBenchResult['fill'] = null;
    if (options.fill) {
      options.log('filling the remaining counties by copying loaded series…');
      fill = await fillNational(
        client,
        NATIONAL_CATALOGUE.allCounties().map((r) => r.code),
      );
      options.log(`filled ${fill.filled} counties in ${(fill.ms / 1000).toFixed(1)} s`);
    }
    const n = async (sql: string) => Number(((await client.query(sql)).rows[0] as { n: string }).n);
    const counts = {
      reports: await n(`SELECT count(*) AS n FROM "report" WHERE "status" = 'current'`),
      counties: await n(`SELECT count(DISTINCT "region_code") AS n FROM "report"`),
      values: await n(`SELECT count(*) AS n FROM "report_value"`),
      issues: await n(`SELECT count(*) AS n FROM "validation_issue"`),
    };
    const scope = await pickScope(client);
    const cases = benchCases(scope);
    options.log(`starting the api against ${options.database} (${counts.reports} reports)…`);
    const timings: Record<QueryMode, QueryTiming[]> = { computed: [], cached: [] };
    // Computed: the response cache off, so every request runs the SQL and the GraphQL execution (the cost of a
    // first request after each ingest). Cached: the api as deployed; after the warm-up every request is a hit.
    for (const [mode, env] of [
      ['computed', { RESPONSE_CACHE_MAX_MB: '0' }],
      ['cached', {}],
    ] as const) {
      options.log(`starting the api (${mode}) against ${options.database} (${counts.reports} reports)…`);
      const api = await startApi(url, env);
      try {
        for (const c of cases) {
          options.log(`  ${mode} ${c.name}…`);
          timings[mode].push(await timeCase(api, c, options.runs, options.warmup));
        }
      } finally {
        await api.stop();
      }
    }

    const explains: QueryBenchResult['explains'] = [];
    if (options.explain) {
      options.log('EXPLAIN (ANALYZE, BUFFERS) via auto_explain…');
      const db = `"${options.database}"`;
      await client.query(`ALTER DATABASE ${db} SET session_preload_libraries = 'auto_explain'`);
      await client.query(`ALTER DATABASE ${db} SET auto_explain.log_min_duration = 0`);
      await client.query(`ALTER DATABASE ${db} SET auto_explain.log_analyze = on`);
      await client.query(`ALTER DATABASE ${db} SET auto_explain.log_buffers = on`);
      await client.query(`ALTER DATABASE ${db} SET auto_explain.log_timing = on`);
      // Cache off: the second request of each case must run its SQL for auto_explain to log the plans.
      const explainApi = await startApi(url, { RESPONSE_CACHE_MAX_MB: '0' });
      try {
        for (const c of cases.filter((x) => x.target !== null)) {
          await graphql(explainApi.url, c.query, c.variables);
          const offset = statSync(PG_LOG).size;
          await graphql(explainApi.url, c.query, c.variables);
          await new Promise((r) => setTimeout(r, 1000));
          explains.push({ name: c.name, plans: plansSince(offset, options.database) });
        }
      } finally {
        await explainApi.stop();
        await client.query(`ALTER DATABASE ${db} RESET ALL`);
      }
    }

    return { machine, loadEnd: loadavg()[0] ?? 0, scope, counts, fill, timings, explains };
  } finally {
    await client.end();
  }
}

/** The slowest statements of a request (by logged duration), the ones worth reading. */
function slowest(plans: readonly string[], k: number): string[] {
  const duration = (p: string) => Number(/duration: ([\d.]+) ms/.exec(p)?.[1] ?? 0);

  return [...plans].sort((a, b) => duration(b) - duration(a)).slice(0, k);
}

export function renderQueryMarkdown(r: QueryBenchResult, command: string): string {
  const out = [
    '## Query latency at national scale',
    '',
    `Command (after \`npm run build\` and \`npm run bench -- ingest … --keep\`): \`${command}\``,
    '',
    `${machineLine(r.machine)} Load average at the end: ${r.loadEnd.toFixed(2)}.${busyMachineNote(r.machine, 'Other work was running on the machine: wall-clock latencies are inflated by CPU contention; the CPU columns (api process + its PostgreSQL backends, per request) much less so.')}`,
    '',
    `Database: ${r.counts.reports.toLocaleString('en-US')} current reports of ${r.counts.counties.toLocaleString('en-US')} county-level divisions, ${r.counts.values.toLocaleString('en-US')} value rows, ${r.counts.issues.toLocaleString('en-US')} validation issues.${r.fill ? ` ${r.fill.filled.toLocaleString('en-US')} counties were filled by copying ingested counties' series in SQL (\`--fill\`, ${(r.fill.ms / 1000).toFixed(0)} s), so every county has seven years.` : ''}`,
    '',
    'How: the built api (`node apps/api/dist/main.js`, DEMO_DATA=false, DATABASE_URL = the benchmark database) on a random loopback port; each query is the dashboard\'s operation, sent sequentially over HTTP with keep-alive after warm-up. *p50/p95* are round trips on 127.0.0.1 until the last byte of the answer has arrived (server time + loopback transfer; the client\'s JSON parsing is not timed). *CPU/request* = CPU time of the api process plus its PostgreSQL backends over the timed runs ÷ runs. Two api processes, one after the other: *computed* with the response cache off (`RESPONSE_CACHE_MAX_MB=0`: every request runs its SQL and the GraphQL execution — what the first request after an ingest costs), *cached* as deployed (the dataset revision does not change during the run, so after the warm-up every request is a hit; the *cache* column counts the `x-gongkai-cache` answers).',
    '',
    markdownTable(
      ['query', 'runs', 'computed: p50', 'p95', 'CPU/request (api + PostgreSQL)', 'cached: p50', 'p95', 'CPU/request', 'cache', 'response', 'target p50', 'met (computed / cached)'],
      r.timings.computed.map((t, i) => {
        const c = r.timings.cached[i] as QueryTiming;
        const met = (x: QueryTiming) => (x.target === null ? '–' : x.p50 <= x.target ? '✓' : x.cpuApi + x.cpuDb <= x.target ? '✓ (CPU)' : '✗');

        return [
          t.description,
          String(t.runs),
          ms(t.p50),
          ms(t.p95),
          `${ms(t.cpuApi + t.cpuDb)} (${ms(t.cpuApi)} + ${ms(t.cpuDb)})`,
          ms(c.p50),
          ms(c.p95),
          ms(c.cpuApi + c.cpuDb),
          Object.entries(c.cache)
            .map(([k, n]) => `${n} ${k}`)
            .join(', '),
          `${(t.bytes / 1024).toFixed(0)} KB`,
          t.target === null ? '–' : `≤ ${t.target} ms`,
          t.target === null ? '–' : `${met(t)} / ${met(c)}`,
        ];
      }),
    ),
    '',
  ];
  for (const e of r.explains) {
    out.push(
      `### EXPLAIN (ANALYZE, BUFFERS): ${e.name}`,
      '',
      `The ${Math.min(2, e.plans.length)} slowest of the ${e.plans.length} statements one \`${e.name}\` request ran (logged by auto_explain with log_analyze, log_buffers):`,
      '',
      '```',
      ...slowest(e.plans, 2).map((p) => p.replace(/```/g, "'''")),
      '```',
      '',
    );
  }

  return `${out.join('\n')}\n`;
}

export const QUERY_USAGE = `  query     p50/p95 of series, ranking, aggregate, coverage through the built api (GraphQL) on the ingest database
            --database <name> (${DEFAULT_INGEST_OPTIONS.database})  --runs <n> (50)  --fill (copy series to every county first)
            --no-explain`;

export async function runQueryCommand(argv: readonly string[], log: (line: string) => void): Promise<{ markdown: string; write: boolean }> {
  const options: QueryBenchOptions = { serverUrl: DEFAULT_INGEST_OPTIONS.serverUrl, database: DEFAULT_INGEST_OPTIONS.database, runs: 50, warmup: 5, fill: false, explain: true, log };
  let write = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--write') write = true;
    else if (arg === '--fill') options.fill = true;
    else if (arg === '--no-explain') options.explain = false;
    else if (arg === '--database') options.database = String(argv[++i]);
    else if (arg === '--server') options.serverUrl = String(argv[++i]).replace(/\/+$/, '');
    else if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 50);
    else throw new Error(`unknown argument ${arg}`);
  }
  const result = await runQueryBench(options);
  const command = ['npm run bench --', ...argv.filter((a) => a !== '--write' && a !== '--fill'), '--write'].join(' ');

  return { markdown: renderQueryMarkdown(result, command), write };
}
