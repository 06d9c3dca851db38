#!/usr/bin/env node
// Security probe of a running api (docs/RELIABILITY.md): the authorization matrix (anonymous, invalid token,
// viewer, editor in scope, editor out of scope, admin × every write: GraphQL ingestReport, deleteReport,
// REST POST /api/reports), GraphQL depth/complexity attacks, huge page sizes, and injection strings in every
// string filter argument. Creates its tokens directly in api_token (sha-256 of a random secret, as the api
// stores them) and deletes them at the end. It DOES delete two reports and ingest up to two documents in the
// target database: point it at a benchmark database only.
// Usage: node tools/bench/scripts/security-probe.mjs <api url> <database url>
/* global fetch, FormData, Blob, performance -- Node 20 globals */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..', '..');
const { Client } = require('pg');
const sample = require(join(root, 'tools/sample-corpus/dist/index.js'));

const [apiUrl, dbUrl] = process.argv.slice(2);
if (!apiUrl || !dbUrl) {
  console.error('usage: security-probe.mjs <api url> <database url>');
  process.exit(64);
}
const db = new Client({ connectionString: dbUrl });
await db.connect();
const results = [];
const record = (area, name, ok, detail) => {
  results.push({ area, name, ok, detail });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${area}: ${name} — ${detail}`);
};

async function gql(query, variables = {}, token) {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  return { status: res.status, body };
}
const codeOf = (r) => r.body?.errors?.[0]?.extensions?.code ?? (r.body?.errors ? 'ERROR' : 'OK');

// ---- tokens ----
const province = (await db.query(`SELECT left(region_code, 2) || '0000' AS p FROM report GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0].p;
const otherProvince = (await db.query(`SELECT left(region_code, 2) || '0000' AS p FROM report WHERE left(region_code, 2) <> left($1, 2) GROUP BY 1 LIMIT 1`, [province])).rows[0].p;
const tokens = {};
const tokenIds = [];
for (const [name, role, region] of [
  ['viewer', 'viewer', null],
  ['editor-in-scope', 'editor', province],
  ['editor-out-of-scope', 'editor', otherProvince],
  ['admin', 'admin', null],
]) {
  const secret = randomBytes(32).toString('base64url');
  const id = randomUUID();
  await db.query(`INSERT INTO api_token (id, name, token_hash, role, region_code) VALUES ($1, $2, $3, $4, $5)`, [
    id,
    `security-probe ${name}`,
    createHash('sha256').update(secret).digest('hex'),
    role,
    region,
  ]);
  tokens[name] = secret;
  tokenIds.push(id);
}
tokens['invalid-token'] = randomBytes(32).toString('base64url');
const actors = ['anonymous', 'invalid-token', 'viewer', 'editor-out-of-scope', 'editor-in-scope', 'admin'];
const allowed = new Set(['editor-in-scope', 'admin']);

// Two current reports in the editor's province: one deleted by the editor, one by the admin.
const victims = (await db.query(`SELECT id FROM report WHERE status = 'current' AND left(region_code, 2) = left($1, 2) ORDER BY id LIMIT 2`, [province])).rows.map((r) => r.id);
// Documents to upload: a county of the editor's province, years outside the loaded 2019–2025.
const county = (await db.query(`SELECT code FROM region WHERE level = 'county' AND left(code, 2) = left($1, 2) ORDER BY code LIMIT 1`, [province])).rows[0].code;
const region = sample.NATIONAL_CATALOGUE.getRegion(county);
let nextYear = 2030;
// A fresh seed per run: documents from an earlier run would come back as duplicates (same bytes).
const runSeed = Number(process.env.PROBE_SEED ?? Date.now() % 1_000_000_000);
const newDocument = () => {
  const [s] = sample.generateReportSeries({ region, years: [nextYear++], seed: runSeed });
  return { bytes: sample.renderSample(s, 'txt'), name: `${s.id}.txt` };
};

try {
  // ---- authorization matrix ----
  for (const actor of actors) {
    const token = actor === 'anonymous' ? undefined : tokens[actor];
    const expectOk = allowed.has(actor);
    // deleteReport: the editor deletes victims[0], the admin victims[1]; the others try victims[0].
    const victim = actor === 'admin' ? victims[1] : victims[0];
    const del = await gql(`mutation($id: ID!) { deleteReport(id: $id) }`, { id: victim }, token);
    const deleted = del.body?.data?.deleteReport === true;
    record('authz', `${actor} × deleteReport`, deleted === expectOk, `${deleted ? 'deleted' : `refused (${codeOf(del)})`}`);

    // REST upload.
    const doc = newDocument();
    const form = new FormData();
    form.append('file', new Blob([doc.bytes]), doc.name);
    const rest = await fetch(`${apiUrl}/api/reports`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
    const restBody = await rest.json().catch(() => null);
    const restOk = rest.status === 200 && restBody?.results?.[0]?.status === 'ingested';
    record('authz', `${actor} × POST /api/reports`, restOk === expectOk, `HTTP ${rest.status}${restBody?.results?.[0] ? ` ${restBody.results[0].status}${restBody.results[0].error ? ` ${restBody.results[0].error.code}` : ''}` : ''}`);

    // GraphQL multipart ingestReport (graphql-multipart-request-spec).
    const doc2 = newDocument();
    const mform = new FormData();
    mform.append('operations', JSON.stringify({ query: 'mutation($file: Upload!) { ingestReport(file: $file) { status error { code } } }', variables: { file: null } }));
    mform.append('map', JSON.stringify({ 0: ['variables.file'] }));
    mform.append('0', new Blob([doc2.bytes]), doc2.name);
    const up = await fetch(`${apiUrl}/graphql`, { method: 'POST', body: mform, headers: { 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    const upBody = await up.json().catch(() => null);
    const upOk = upBody?.data?.ingestReport?.status === 'ingested';
    record('authz', `${actor} × ingestReport`, upOk === expectOk, upOk ? 'ingested' : `refused (${upBody?.errors?.[0]?.extensions?.code ?? upBody?.data?.ingestReport?.error?.code ?? `HTTP ${up.status}`})`);
  }

  // ---- query limits ----
  let nested = 'code';
  for (let i = 0; i < 15; i++) nested = `code children { ${nested} }`;
  const deep = await gql(`{ regions { ${nested} } }`);
  record('limits', 'depth 16 (limit 10)', !!deep.body?.errors && !deep.body?.data?.regions, `HTTP ${deep.status}, ${codeOf(deep)}`);
  const aliases = Array.from({ length: 200 }, (_, i) => `r${i}: ranking(metric: "t3_new_received_tot", year: 2024, level: county) { count entries { value } }`).join('\n');
  const t0 = performance.now();
  const complex = await gql(`{ ${aliases} }`);
  record('limits', '200 aliased national rankings (complexity)', !!complex.body?.errors && !complex.body?.data, `HTTP ${complex.status}, ${codeOf(complex)}, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const first of [101, 100000, -1]) {
    const page = await gql(`{ reports(first: ${first}) { edges { node { id } } } }`);
    record('limits', `reports(first: ${first})`, !!page.body?.errors && !(page.body?.data?.reports?.edges?.length > 100), `HTTP ${page.status}, ${codeOf(page)}`);
  }
  const findingsPage = await gql(`{ findings(first: 100000) { edges { node { rule } } } }`);
  record('limits', 'findings(first: 100000)', !!findingsPage.body?.errors, `HTTP ${findingsPage.status}, ${codeOf(findingsPage)}`);

  // ---- injection strings in every string argument ----
  const countBefore = (await db.query(`SELECT (SELECT count(*) FROM report) + (SELECT count(*) FROM report_value) AS n`)).rows[0].n;
  const payloads = ["' OR '1'='1", "'; DROP TABLE report; --", '1) OR 1=1 --', '%', '\\', '$1', "540402' UNION SELECT token_hash FROM api_token --", '{"$ne":null}', '<script>alert(1)</script>', '\u0000'];
  const targets = [
    ['series.metric', (p) => `{ series(metric: ${JSON.stringify(p)}, parentCode: "540400", yearFrom: 2019, yearTo: 2025) { region { code } } }`],
    ['series.parentCode', (p) => `{ series(metric: "t3_new_received_tot", parentCode: ${JSON.stringify(p)}, yearFrom: 2019, yearTo: 2025) { region { code } } }`],
    ['series.regionCodes', (p) => `{ series(metric: "t3_new_received_tot", regionCodes: [${JSON.stringify(p)}], yearFrom: 2019, yearTo: 2025) { region { code } } }`],
    ['ranking.parentCode', (p) => `{ ranking(metric: "t3_new_received_tot", year: 2024, parentCode: ${JSON.stringify(p)}) { count } }`],
    ['aggregate.parentCode', (p) => `{ aggregate(metric: "t3_new_received_tot", parentCode: ${JSON.stringify(p)}, yearFrom: 2019, yearTo: 2025, groupBy: [year], fn: sum) { value } }`],
    ['coverage.parentCode', (p) => `{ coverage(parentCode: ${JSON.stringify(p)}, yearFrom: 2019, yearTo: 2025) { year } }`],
    ['region.code', (p) => `{ region(code: ${JSON.stringify(p)}) { code } }`],
    ['regions.parentCode', (p) => `{ regions(parentCode: ${JSON.stringify(p)}) { code } }`],
    ['regions.search', (p) => `{ regions(search: ${JSON.stringify(p)}) { code } }`],
    ['reports.where.regionCode', (p) => `{ reports(first: 5, where: { regionCode: ${JSON.stringify(p)} }) { edges { node { id } } } }`],
    ['findings.where.regionCode', (p) => `{ findings(first: 5, where: { regionCode: ${JSON.stringify(p)} }) { edges { node { rule } } } }`],
    ['findings.where.rule', (p) => `{ findings(first: 5, where: { rule: ${JSON.stringify(p)} }) { edges { node { rule } } } }`],
    ['report.id', (p) => `{ report(id: ${JSON.stringify(p)}) { id } }`],
  ];
  for (const [name, build] of targets) {
    const bad = [];
    for (const p of payloads) {
      const r = await gql(build(p));
      // The payload echoed back in an error message is harmless: look at the answer without it.
      const text = JSON.stringify(r.body ?? '').split(JSON.stringify(p).slice(1, -1)).join('');
      // Harmless = no server error, no internal error, no SQL error text, no token hash (64 hex) in the answer.
      if (r.status >= 500 || /INTERNAL_SERVER_ERROR|syntax error at or near|invalid byte sequence|[0-9a-f]{64}/i.test(text)) bad.push(`${JSON.stringify(p)} → HTTP ${r.status} ${codeOf(r)}`);
    }
    record('injection', name, bad.length === 0, bad.length === 0 ? `${payloads.length} payloads: answered or refused cleanly` : bad.join('; '));
  }
  const countAfter = (await db.query(`SELECT (SELECT count(*) FROM report) + (SELECT count(*) FROM report_value) AS n`)).rows[0].n;
  record('injection', 'tables unchanged by the injection round', countBefore === countAfter, `${countBefore} → ${countAfter} rows in report + report_value`);
  const alive = await gql('{ __typename }');
  record('injection', 'api still answers', alive.status === 200, `HTTP ${alive.status}`);
} finally {
  await db.query(`DELETE FROM api_token WHERE id = ANY($1::uuid[])`, [tokenIds]);
  await db.end();
}
const failed = results.filter((r) => !r.ok);
console.log(`\nsecurity-probe: ${results.length - failed.length}/${results.length} passed`);
process.exit(failed.length === 0 ? 0 : 1);
