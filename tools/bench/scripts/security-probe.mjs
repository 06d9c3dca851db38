#!/usr/bin/env node
// Security probe of a running api (docs/RELIABILITY.md, run by security-suite.sh):
//   authz      anonymous, invalid token, viewer, editor in scope, editor out of scope, admin × every write
//              (GraphQL ingestReport, deleteReport, REST POST /api/reports)
//   limits     depth and complexity attacks, huge page sizes
//   injection  injection strings and NUL in every string filter argument: clean answers, rows unchanged
//   headers    helmet's headers (strict CSP, nosniff, no-referrer) and a request id on every route; /metrics closed
//   audit      exactly one audit_event row per allowed write of the authorization matrix, none for refused ones
//   ratelimit  a burst from one token over its read budget: 429 + Retry-After in GraphQL's errors shape, another
//              client still served, the same client served again after Retry-After
//   hostile    zip bombs (.docx and .zip, sizes declared honestly and falsely), thousands of entries,
//              malformed documents: each refused with its typed code, nothing stored, the api's memory and
//              responsiveness bounded (with --api-pid: VmRSS/VmHWM from /proc)
// Creates its tokens directly in api_token (sha-256 of a random secret, as the api stores them) and deletes
// them at the end. It DOES delete two reports and ingest up to four documents in the target database: point
// it at a benchmark database only. Prints one PASS/FAIL line per check; exits 1 when any check failed.
// With --rounds n the hostile uploads run n times (worst case kept) and the api's RSS must not creep.
// Usage: node tools/bench/scripts/security-probe.mjs <api url> <database url> [--api-pid <pid>] [--rounds <n>]
/* global fetch, FormData, Blob, Buffer, performance, setTimeout -- Node 20 globals */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
// The generator's build (a dependency of @gongkai/bench; the suite's shell script checks it is built).
const sample = require('@gongkai/sample-corpus');

const [apiUrl, dbUrl, ...options] = process.argv.slice(2);
let apiPid = null;
let rounds = 1;
for (let i = 0; i < options.length; i += 2) {
  const value = Number(options[i + 1]);
  if (options[i] === '--api-pid' && value > 0) apiPid = value;
  else if (options[i] === '--rounds' && value >= 1) rounds = Math.floor(value);
  else apiPid = rounds = NaN;
}
if (!apiUrl || !dbUrl || Number.isNaN(rounds)) {
  console.error('usage: security-probe.mjs <api url> <database url> [--api-pid <pid>] [--rounds <hostile rounds, 1>]');
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
  const body = await res.json().catch(() => null);
  return { status: res.status, body };
}
const codeOf = (r) => r.body?.errors?.[0]?.extensions?.code ?? (r.body?.errors ? 'ERROR' : 'OK');
const reasonOf = (r) => r.body?.errors?.[0]?.extensions?.reason ?? '';

/**
 * One document through one write path. Answers { http, results: [{ file, status, code }] }: REST gives one
 * result per document (a .zip one per member); GraphQL's ingestReport one, or status 'refused' with the
 * error's code when the mutation itself failed (authorization, limits).
 */
/**
 * fetch, once more when the connection broke before any answer (EPIPE/ECONNRESET: a kept-alive socket the api
 * closed as the request went out, which a loaded machine makes likely). A second break is an answer of its own
 * (status 0 and the error code), so the case fails with what happened instead of the probe crashing.
 */
const BROKEN_CONNECTION = new Set(['EPIPE', 'ECONNRESET', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
async function send(url, init) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(url, init);
    } catch (error) {
      const code = error?.cause?.code ?? error?.code;
      if (!BROKEN_CONNECTION.has(code)) throw error;
      if (attempt === 2) return { status: 0, json: async () => ({ error: { code } }) };
    }
  }
}

async function upload(via, bytes, fileName, token) {
  const auth = token ? { authorization: `Bearer ${token}` } : {};
  const form = new FormData();
  if (via === 'rest') {
    form.append('file', new Blob([bytes]), fileName);
    const res = await send(`${apiUrl}/api/reports`, { method: 'POST', body: form, headers: auth });
    const body = await res.json().catch(() => null);
    const results = (body?.results ?? []).map((r) => ({ file: r.file, status: r.status, code: r.error?.code ?? null }));
    return { http: res.status, results: results.length > 0 ? results : [{ file: fileName, status: 'refused', code: body?.error?.code ?? null }] };
  }
  // graphql-multipart-request-spec; Apollo's CSRF guard wants the preflight header.
  form.append('operations', JSON.stringify({ query: 'mutation($file: Upload!) { ingestReport(file: $file) { status error { code } } }', variables: { file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([bytes]), fileName);
  const res = await send(`${apiUrl}/graphql`, { method: 'POST', body: form, headers: { 'apollo-require-preflight': 'true', ...auth } });
  const body = await res.json().catch(() => null);
  const answer = body?.data?.ingestReport;
  return {
    http: res.status,
    results: [answer ? { file: fileName, status: answer.status, code: answer.error?.code ?? null } : { file: fileName, status: 'refused', code: body?.errors?.[0]?.extensions?.code ?? body?.error?.code ?? `HTTP ${res.status}` }],
  };
}
const describeUpload = (u) => `HTTP ${u.http} ${u.results.map((r) => `${r.status}${r.code ? ` ${r.code}` : ''}`).join(', ')}`;

// ---- the api process (/proc) ----
const MiB = 1024 * 1024;
/** VmRSS / VmHWM (peak) of the api in bytes, or null without --api-pid. */
const memoryOf = (field) => {
  if (!apiPid) return null;
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${apiPid}/status`, 'utf8'))?.[1];
  return kb ? Number(kb) * 1024 : null;
};
/** Resets VmHWM to the current RSS (clear_refs 5, Linux ≥ 4.0; needs the api's owner or root). */
const resetPeak = () => {
  try {
    writeFileSync(`/proc/${apiPid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
};

// ---- hostile documents, built in memory (a few MB each, never written to disk) ----
/**
 * Raw deflate of `bytes` spaces at deflate's maximum ratio (1032:1), built in milliseconds: zlib's stream of
 * 16 MiB of spaces is mostly one repeated byte, each standing for four 258-byte matches (1032 spaces);
 * lengthening that run lengthens the output. Checked on a small copy, so a different zlib fails loudly.
 */
function spaceDeflate(bytes) {
  const base = zlib.deflateRawSync(Buffer.alloc(16 * MiB, 0x20), { level: 9 });
  let run = { start: 0, length: 0 };
  for (let i = 0; i < base.length; ) {
    let j = i;
    while (j < base.length && base[j] === base[i]) j += 1;
    if (j - i > run.length) run = { start: i, length: j - i };
    i = j;
  }
  const at = run.start + (run.length >> 1);
  const stretch = (extra) => Buffer.concat([base.subarray(0, at), Buffer.alloc(extra, base[at]), base.subarray(at)]);
  if (zlib.inflateRawSync(stretch(1000)).length !== 16 * MiB + 1000 * 1032) throw new Error('spaceDeflate: this zlib does not emit 1032 bytes per run byte');
  const extra = Math.floor((bytes - 16 * MiB) / 1032);
  const length = 16 * MiB + extra * 1032;
  let crc = 0;
  const chunk = Buffer.alloc(64 * MiB, 0x20);
  for (let done = 0; done < length; done += chunk.length) crc = zlib.crc32(chunk.subarray(0, Math.min(chunk.length, length - done)), crc);
  return { data: stretch(extra), length, crc };
}

/** A zip archive (no zip64) of { name, data, method: 0 stored | 8 deflated, crc, size: the declared uncompressed size }. */
function zipOf(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
const deflated = (name, text) => {
  const bytes = Buffer.from(text, 'utf8');
  return { name, data: zlib.deflateRawSync(bytes), method: 8, crc: zlib.crc32(bytes), size: bytes.length };
};
const stored = (name, bytes) => ({ name, data: bytes, method: 0, crc: zlib.crc32(bytes), size: bytes.length });
/** A .docx skeleton around the given word/document.xml entry (and any extra entries). */
const docxOf = (documentXml, extra = []) =>
  zipOf([
    deflated('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    deflated('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    { name: 'word/document.xml', ...documentXml },
    ...extra,
  ]);

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
  ['burst', 'viewer', null],
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
const newDocument = (format = 'txt') => {
  const [s] = sample.generateReportSeries({ region, years: [nextYear++], seed: runSeed });
  return { bytes: sample.renderSample(s, format), name: `${s.id}.${format}` };
};
const storedRows = async () => (await db.query(`SELECT (SELECT count(*) FROM report) + (SELECT count(*) FROM report_value) + (SELECT count(*) FROM source_document) AS n`)).rows[0].n;


try {
  // ---- security headers on every route ----
  const routes = [
    ['/', { headers: { accept: 'text/html' } }],
    ['/county/110101', { headers: { accept: 'text/html' } }],
    ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }],
    ['/graphql', { headers: { accept: 'text/html' } }],
    [`/api/reports/${randomUUID()}/source`, {}],
    ['/api/audit-log.csv', {}],
    ['/health/live', {}],
    ['/metrics', {}],
  ];
  for (const [path, init] of routes) {
    const res = await fetch(`${apiUrl}${path}`, init);
    await res.arrayBuffer();
    const h = (name) => res.headers.get(name) ?? '';
    const csp = h('content-security-policy');
    // /graphql has its route policy (the explorer's page sets its own nonce'd script policy); the rest the strict one.
    const strict = path.startsWith('/graphql') ? /connect-src 'self'/.test(csp) : /script-src 'self'/.test(csp) && /connect-src 'self'/.test(csp);
    const ok = /frame-ancestors 'none'/.test(csp) && strict && h('x-content-type-options') === 'nosniff' && h('referrer-policy') === 'no-referrer' && /^[0-9a-f-]{36}$/.test(h('x-request-id'));
    record('headers', `${init.method ?? 'GET'} ${path}`, ok, `HTTP ${res.status}; CSP "${csp.slice(0, 60)}…", nosniff ${h('x-content-type-options') || 'missing'}, Referrer-Policy ${h('referrer-policy') || 'missing'}, X-Request-Id ${h('x-request-id') ? 'set' : 'missing'}`);
  }
  const metricsAnonymous = await fetch(`${apiUrl}/metrics`);
  const metricsAdmin = await fetch(`${apiUrl}/metrics`, { headers: { authorization: `Bearer ${tokens.admin}` } });
  const metricsText = await metricsAdmin.text();
  record(
    'headers',
    '/metrics closed to the public, Prometheus text to a token',
    metricsAnonymous.status === 401 && metricsAdmin.status === 200 && metricsText.includes('# TYPE gongkai_http_requests_total counter'),
    `anonymous HTTP ${metricsAnonymous.status}; with a token HTTP ${metricsAdmin.status}, ${metricsText.split('\n').filter((l) => l && !l.startsWith('#')).length} samples`,
  );

  // ---- authorization matrix ----
  const auditBefore = new Set((await db.query(`SELECT id FROM audit_event`)).rows.map((r) => r.id));
  for (const actor of actors) {
    const token = actor === 'anonymous' ? undefined : tokens[actor];
    const expectOk = allowed.has(actor);
    // deleteReport: the editor deletes victims[0], the admin victims[1]; the others try victims[0].
    const victim = actor === 'admin' ? victims[1] : victims[0];
    const del = await gql(`mutation($id: ID!) { deleteReport(id: $id) }`, { id: victim }, token);
    const deleted = del.body?.data?.deleteReport === true;
    record('authz', `${actor} × deleteReport`, deleted === expectOk, deleted ? 'deleted' : `refused (${codeOf(del)})`);
    for (const [via, label] of [['rest', 'POST /api/reports'], ['graphql', 'ingestReport']]) {
      const doc = newDocument();
      const up = await upload(via, doc.bytes, doc.name, token);
      const ingested = up.results.length === 1 && up.results[0].status === 'ingested';
      record('authz', `${actor} × ${label}`, ingested === expectOk, describeUpload(up));
    }
  }
  // ---- audit rows of the matrix: one per allowed write, in its transaction; none for the refused ----
  const audited = (await db.query(`SELECT id, action, actor, actor_role FROM audit_event ORDER BY occurred_at, id`)).rows.filter((r) => !auditBefore.has(r.id));
  const tally = (actor, action) => audited.filter((r) => r.actor === `security-probe ${actor}` && r.action === action).length;
  for (const actor of [...allowed]) {
    record('audit', `${actor}: 1 delete + 2 ingests recorded`, tally(actor, 'report_deleted') === 1 && tally(actor, 'report_ingested') === 2, `${tally(actor, 'report_deleted')} report_deleted, ${tally(actor, 'report_ingested')} report_ingested`);
  }
  record('audit', 'no row for a refused write', audited.length === 2 * 3, `${audited.length} new audit rows for ${2 * 3} allowed writes (${actors.length * 3} attempts)`);

  // ---- query limits ----
  let nested = 'code';
  for (let i = 0; i < 15; i++) nested = `code children { ${nested} }`;
  const deep = await gql(`{ regions { ${nested} } }`);
  record('limits', 'depth 16 (limit 10)', codeOf(deep) === 'GRAPHQL_VALIDATION_FAILED' && !deep.body?.data?.regions, `HTTP ${deep.status}, ${codeOf(deep)}`);
  const aliases = Array.from({ length: 200 }, (_, i) => `r${i}: ranking(metric: "t3_new_received_tot", year: 2024, level: county) { count entries { value } }`).join('\n');
  const t0 = performance.now();
  const complex = await gql(`{ ${aliases} }`);
  const complexSeconds = (performance.now() - t0) / 1000;
  record(
    'limits',
    '200 aliased national rankings (complexity)',
    complex.status === 400 && reasonOf(complex) === 'QUERY_TOO_COMPLEX' && codeOf(complex) === 'BAD_USER_INPUT' && !complex.body?.data && complexSeconds < 5,
    `HTTP ${complex.status}, ${codeOf(complex)} ${reasonOf(complex)}, ${complexSeconds.toFixed(2)} s`,
  );
  for (const first of [101, 100000, -1]) {
    const page = await gql(`{ reports(first: ${first}) { edges { node { id } } } }`);
    record('limits', `reports(first: ${first})`, codeOf(page) === 'BAD_USER_INPUT' && !(page.body?.data?.reports?.edges?.length > 100), `HTTP ${page.status}, ${codeOf(page)}`);
  }
  const findingsPage = await gql(`{ findings(first: 100000) { edges { node { rule } } } }`);
  record('limits', 'findings(first: 100000)', codeOf(findingsPage) === 'BAD_USER_INPUT', `HTTP ${findingsPage.status}, ${codeOf(findingsPage)}`);

  // ---- injection strings and NUL in every string argument ----
  const rowsBefore = await storedRows();
  const NUL = '\u0000';
  const payloads = ["' OR '1'='1", "'; DROP TABLE report; --", '1) OR 1=1 --', '%', '\\', '$1', "540402' UNION SELECT token_hash FROM api_token --", '{"$ne":null}', '<script>alert(1)</script>', NUL];
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
  const nulStatuses = new Set();
  for (const [name, build] of targets) {
    const bad = [];
    for (const p of payloads) {
      const r = await gql(build(p));
      // The payload echoed back in an error message is harmless: look at the answer without it.
      const text = JSON.stringify(r.body ?? '').split(JSON.stringify(p).slice(1, -1)).join('');
      // Harmless = a typed answer or refusal: no internal error, no SQL error text, no token hash (64 hex).
      if (r.body === null || /INTERNAL_SERVER_ERROR|syntax error at or near|invalid byte sequence|[0-9a-f]{64}/i.test(text)) bad.push(`${JSON.stringify(p)} → HTTP ${r.status} ${codeOf(r)}`);
      // NUL cannot reach PostgreSQL text: refused up front as the caller's mistake.
      if (p === NUL) {
        nulStatuses.add(r.status);
        if (r.status !== 400 || codeOf(r) !== 'BAD_USER_INPUT' || reasonOf(r) !== 'NUL_IN_TEXT') bad.push(`NUL → HTTP ${r.status} ${codeOf(r)} ${reasonOf(r)}`);
      }
    }
    record('injection', name, bad.length === 0, bad.length === 0 ? `${payloads.length} payloads answered or refused cleanly; NUL → HTTP 400 BAD_USER_INPUT NUL_IN_TEXT` : bad.join('; '));
  }
  const rowsAfter = await storedRows();
  record('injection', 'tables unchanged by the injection round', rowsBefore === rowsAfter, `${rowsBefore} → ${rowsAfter} rows in report + report_value + source_document`);
  const alive = await gql('{ __typename }');
  record('injection', 'api still answers', alive.status === 200, `HTTP ${alive.status} (NUL refusals answered HTTP ${[...nulStatuses].join('/')})`);

  // ---- hostile documents: zip bombs and malformed files, uploaded by the admin ----
  const hostileRowsBefore = await storedRows();
  const rssStart = memoryOf('VmRSS');
  const bomb = spaceDeflate(4096 * MiB - MiB);
  // Declared honestly (the archive's headers say 4 GiB) and falsely (they say 512 KiB, the data still inflates to 4 GiB).
  const honest = { data: bomb.data, method: 8, crc: bomb.crc, size: bomb.length };
  const lying = { ...honest, size: 512 * 1024 };
  const manyEntries = (n, name) => Array.from({ length: n }, (_, i) => stored(name(i), Buffer.from(`${i}\n`)));
  const truncatedDocx = newDocument('docx').bytes;
  const cases = [
    // [name, file name, bytes, write paths, expected code]
    ['docx, document.xml declared 4 GiB (4 MB upload)', 'bomb.docx', docxOf(honest), ['rest', 'graphql'], 'ZIP_BOMB'],
    ['docx, document.xml declared 512 KiB, inflating to 4 GiB', 'liar.docx', docxOf(lying), ['rest', 'graphql'], 'ZIP_BOMB'],
    ['docx with 5,000 entries', 'many.docx', docxOf(deflated('word/document.xml', '<w:document/>'), manyEntries(5000, (i) => `word/media/p${i}.xml`)), ['rest'], 'ZIP_BOMB'],
    ['.zip with a member declared 4 GiB', 'bomb.zip', zipOf([{ name: 'report.txt', ...honest }]), ['rest'], 'ZIP_BOMB'],
    ['.zip with a member declared 512 KiB, inflating to 4 GiB', 'liar.zip', zipOf([{ name: 'report.txt', ...lying }]), ['rest'], 'ZIP_BOMB'],
    ['.zip with 5,000 members', 'many.zip', zipOf(manyEntries(5000, (i) => `r${i}.txt`)), ['rest'], 'ZIP_BOMB'],
    ['.zip holding the 4 GiB docx', 'nested.zip', zipOf([stored('report.docx', docxOf(honest))]), ['rest'], 'ZIP_BOMB'],
    ['truncated docx (first 60 %)', 'truncated.docx', truncatedDocx.subarray(0, Math.floor(truncatedDocx.length * 0.6)), ['rest', 'graphql'], 'CORRUPT_FILE'],
    ['PDF header followed by garbage', 'garbage.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(64 * 1024)]), ['rest', 'graphql'], 'CORRUPT_FILE'],
    ['random bytes named .html', 'random.html', randomBytes(64 * 1024), ['rest', 'graphql'], 'BINARY_INPUT'],
    ['empty file', 'empty.txt', Buffer.alloc(0), ['rest', 'graphql'], 'EMPTY_INPUT'],
    // The OLE signature over random bytes: the container's header is refused before LibreOffice would run.
    ['legacy Word .doc (OLE signature + random bytes)', 'report.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(8 * 1024)]), ['rest', 'graphql'], 'CORRUPT_FILE'],
  ];
  /** One hostile upload beside a ping loop (a blocked event loop shows as one slow answer), with the api's memory. */
  const hostileUpload = async (via, bytes, fileName) => {
    const rssBefore = memoryOf('VmRSS');
    const peakReset = apiPid ? resetPeak() : false;
    let uploading = true;
    let slowestPing = 0;
    const pings = (async () => {
      while (uploading) {
        const p0 = performance.now();
        await gql('{ __typename }').catch(() => null);
        slowestPing = Math.max(slowestPing, performance.now() - p0);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const u0 = performance.now();
    const up = await upload(via, bytes, fileName, tokens.admin);
    const seconds = (performance.now() - u0) / 1000;
    uploading = false;
    await pings;
    const rssAfter = memoryOf('VmRSS');
    const grew = rssBefore === null ? null : (peakReset ? memoryOf('VmHWM') : Math.max(rssAfter, rssBefore)) - rssBefore;
    return { up, seconds, slowestPing, rssBefore, rssAfter, grew, peakReset };
  };
  const runs = new Map();
  const rssAfterRound = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, fileName, bytes, paths, expected] of cases) {
      for (const via of paths) {
        const label = `${name} via ${via === 'rest' ? 'POST /api/reports' : 'ingestReport'}`;
        if (!runs.has(label)) runs.set(label, { bytes, expected, list: [] });
        runs.get(label).list.push(await hostileUpload(via, bytes, fileName));
      }
    }
    rssAfterRound.push(memoryOf('VmRSS'));
  }
  for (const [label, { bytes, expected, list }] of runs) {
    const worst = (f) => Math.max(...list.map(f));
    const first = list[0];
    const refused = list.every((r) => r.up.results.length > 0 && r.up.results.every((x) => x.status === 'rejected' && x.code === expected));
    const seconds = worst((r) => r.seconds);
    const slowestPing = worst((r) => r.slowestPing);
    const grew = first.grew === null ? null : worst((r) => r.grew);
    // 256 MiB: far above what refusing a few MB needs, far below what inflating the bombs would take.
    const bounded = grew === null || grew < 256 * MiB;
    const responsive = seconds < 5 && slowestPing < 5000;
    record(
      'hostile',
      label,
      refused && bounded && responsive,
      `${(bytes.length / 1e6).toFixed(2)} MB → ${describeUpload((list.find((r) => !r.up.results.every((x) => x.code === expected)) ?? first).up)} (expected ${expected})` +
        `${rounds > 1 ? ` ×${rounds}, worst` : ''} in ${seconds.toFixed(2)} s; slowest concurrent ping ${(slowestPing / 1000).toFixed(2)} s; ` +
        (grew === null ? 'RSS not measured (no --api-pid)' : `RSS ${(first.rssBefore / MiB).toFixed(0)} → ${(first.rssAfter / MiB).toFixed(0)} MiB, ${first.peakReset ? 'peak' : 'growth'} +${(grew / MiB).toFixed(0)} MiB`),
    );
  }
  if (rounds > 1 && rssAfterRound[0] !== null) {
    // After the first round (parser caches, PDF.js loaded) the same uploads again must not keep memory.
    const creep = rssAfterRound.at(-1) - rssAfterRound[0];
    record('hostile', `RSS steady over ${rounds} rounds`, creep < 96 * MiB, `after each round: ${rssAfterRound.map((r) => (r / MiB).toFixed(0)).join(' → ')} MiB`);
  }
  const hostileRowsAfter = await storedRows();
  record('hostile', 'nothing stored from the hostile documents', hostileRowsBefore === hostileRowsAfter, `${hostileRowsBefore} → ${hostileRowsAfter} rows in report + report_value + source_document`);
  const rssEnd = memoryOf('VmRSS');
  const stillAlive = await gql('{ datasetInfo { reportCount } }');
  record(
    'hostile',
    'api still answers after the hostile uploads',
    stillAlive.status === 200 && typeof stillAlive.body?.data?.datasetInfo?.reportCount === 'number',
    `HTTP ${stillAlive.status}, ${stillAlive.body?.data?.datasetInfo?.reportCount} reports${rssStart === null ? '' : `; RSS ${(rssStart / MiB).toFixed(0)} → ${(rssEnd / MiB).toFixed(0)} MiB over the hostile uploads`}`,
  );
  // ---- rate limit: one token's burst over its read budget (last: the budget refills only after the window) ----
  const wide = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  let refusedBurst = null;
  let served = 0;
  for (let i = 0; i < 2000 && !refusedBurst; i++) {
    const res = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.burst}` }, body: JSON.stringify({ query: wide }) });
    const body = await res.json().catch(() => null);
    if (res.status === 429) refusedBurst = { retryAfter: Number(res.headers.get('retry-after')), body };
    else served++;
  }
  const other = await gql('{ datasetInfo { reportCount } }', {}, tokens.viewer);
  const retryAfter = refusedBurst?.retryAfter ?? NaN;
  record(
    'ratelimit',
    'a burst over the read budget gets 429 with Retry-After, in GraphQL errors shape',
    refusedBurst !== null && retryAfter >= 1 && refusedBurst.body?.errors?.[0]?.extensions?.code === 'RATE_LIMITED' && refusedBurst.body?.data === undefined,
    refusedBurst ? `429 after ${served} requests of 100 fields; Retry-After ${retryAfter} s; ${refusedBurst.body?.errors?.[0]?.extensions?.messageZh}` : `no 429 in ${served} requests`,
  );
  record('ratelimit', 'another client is still served', other.status === 200 && typeof other.body?.data?.datasetInfo?.reportCount === 'number', `viewer token: HTTP ${other.status}`);
  if (refusedBurst && retryAfter >= 1) {
    await new Promise((r) => setTimeout(r, (retryAfter + 1) * 1000));
    const again = await gql('{ __typename }', {}, tokens.burst);
    record('ratelimit', 'the client is served again after Retry-After', again.status === 200, `after ${retryAfter + 1} s: HTTP ${again.status}`);
  }
} finally {
  await db.query(`DELETE FROM api_token WHERE id = ANY($1::uuid[])`, [tokenIds]);
  await db.end();
}
const failed = results.filter((r) => !r.ok);
console.log(`\nsecurity-probe: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
