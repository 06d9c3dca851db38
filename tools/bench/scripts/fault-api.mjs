#!/usr/bin/env node
// The HTTP half of the fault suite (fault-suite.sh, docs/RELIABILITY.md): one check per sub-command against a
// running api and its database. Each prints its findings as indented lines and exits 1 when a check fails
// (2 on a usage error); fault-suite.sh turns that into the case's PASS/FAIL line.
//   ready      <api> <ms>                        the api answers GraphQL within ms
//   count      <api> <n>                         datasetInfo.reportCount is n
//   token      <db>                              prints a new admin token (stored in <db>'s api_token)
//   down       <api> <pid> <token> [stopped-at ms] with PostgreSQL stopped: reads and an upload answer a clear
//                                                error (SERVICE_UNAVAILABLE) promptly, a query cached before
//                                                the stop is answered stale; the api stays up
//   recover    <api> <n> <ms> <token>            after PostgreSQL is back: reportCount n again within ms, and
//                                                an upload is stored
//   duplicates <api> <db> <n>                    n concurrent uploads of one document: one report, n-1 duplicate
//   race       <api> <db> <rounds>               two versions of one (issuer, year) uploaded together, per round
//   oversize   <api> <db> <pid> <bytes> <max>    uploads of <bytes> (declared length, then chunked) against an
//                                                UPLOAD_MAX_BYTES of <max>: 413 early, bounded api memory
// Documents come from the sample generator for years 2040+ (outside the bulk set's 2019–2025), with a fresh
// seed base per run, so re-running against the same database finds no earlier document.
/* global fetch, FormData, Blob, performance, AbortSignal, Buffer, URL, setTimeout, setInterval, clearInterval -- Node 20 globals */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
// The generator's build (a dependency of @gongkai/bench; the suite's shell script checks it is built).
const sample = require('@gongkai/sample-corpus');

let failed = false;
const ok = (line) => console.log(`  ok      ${line}`);
const notOk = (line) => {
  failed = true;
  console.log(`  NOT OK  ${line}`);
};
const check = (cond, line) => (cond ? ok(line) : notOk(line));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

let probeNo = 0;
/**
 * One GraphQL field (`field` is its selection, e.g. `datasetInfo { reportCount }`) under a fresh alias, so no
 * response cache can answer for the database. Never throws: { status, data, code, message, ms } (status 0 and
 * code FETCH_FAILED when no HTTP answer came within timeoutMs).
 */
async function gqlField(api, field, timeoutMs = 10_000) {
  // Unique across the runs of this script too (each sub-command is a new process).
  const alias = `probe${process.pid}_${++probeNo}`;
  const t0 = performance.now();
  try {
    const res = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${alias}: ${field} }` }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await res.json().catch(() => null);
    const error = body?.errors?.[0];

    return {
      status: res.status,
      data: body?.data?.[alias] ?? null,
      code: error ? (error.extensions?.code ?? 'ERROR') : null,
      message: error?.message ?? null,
      ms: performance.now() - t0,
    };
  } catch (error) {
    return {
      status: 0,
      data: null,
      code: 'FETCH_FAILED',
      message: String(error?.cause?.code ?? error?.name ?? error),
      ms: performance.now() - t0,
    };
  }
}

async function datasetInfo(api, timeoutMs) {
  const r = await gqlField(api, 'datasetInfo { reportCount }', timeoutMs);

  return { ...r, count: r.data?.reportCount ?? null };
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);

    return true;
  } catch {
    return false;
  }
};

/** Resident set size of a process, from /proc (bytes). */
const rssOf = (pid) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));

  return m ? Number(m[1]) * 1024 : NaN;
};

/** An admin token for the uploads, stored as the api stores them (sha-256 of the secret). */
async function adminToken(db) {
  const secret = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO api_token (id, name, token_hash, role, region_code) VALUES ($1, $2, $3, 'admin', NULL)`,
    [randomUUID(), 'fault-suite', createHash('sha256').update(secret).digest('hex')],
  );

  return secret;
}

/** POST /api/reports with one file: { http, status (the file's result), code (its error or the request's), ms }. */
async function upload(api, token, doc) {
  const t0 = performance.now();
  const form = new FormData();
  form.append('file', new Blob([doc.bytes]), doc.fileName);
  try {
    const res = await fetch(`${api}/api/reports`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(60_000),
    });
    const body = await res.json().catch(() => null);
    const result = body?.results?.[0];

    return {
      http: res.status,
      status: result?.status ?? 'no result',
      code: result?.error?.code ?? body?.error?.code ?? null,
      ms: performance.now() - t0,
    };
  } catch (error) {
    return {
      http: 0,
      status: `failed (${error?.cause?.code ?? error})`,
      code: null,
      ms: performance.now() - t0,
    };
  }
}

const seedBase = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000_000);
const counties = sample.NATIONAL_CATALOGUE.allCounties();

/** A generated txt report of the county at `index` (spread over the catalogue) for `year`. */
function documentOf(index, year, seed) {
  const region = sample.NATIONAL_CATALOGUE.getRegion(counties[(index * 7919) % counties.length].code);
  const [report] = sample.generateReportSeries({ region, years: [year], seed, errorRate: 0 });

  return { report, bytes: sample.renderSample(report, 'txt'), fileName: `${report.id}-${seed}.txt` };
}

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** A fixed query text (no fresh alias): the response cache may answer it, from memory or — database down — stale. */
const CACHED_QUERY = 'query FaultCachedCount { datasetInfo { reportCount } }';

async function cachedCount(api) {
  const t0 = performance.now();
  try {
    const res = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: CACHED_QUERY }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = await res.json().catch(() => null);

    return { status: res.status, cache: res.headers.get('x-gongkai-cache'), count: body?.data?.datasetInfo?.reportCount ?? null, code: body?.errors?.[0]?.extensions?.code ?? null, ms: performance.now() - t0 };
  } catch (error) {
    return { status: 0, cache: null, count: null, code: String(error?.cause?.code ?? error?.name ?? error), ms: performance.now() - t0 };
  }
}

const commands = {
  async ready(api, ms) {
    const deadline = performance.now() + Number(ms);
    let last;
    do {
      last = await datasetInfo(api, 2_000);
      if (last.status !== 0) return ok(`api answers (HTTP ${last.status}, reportCount ${last.count})`);
      await sleep(250);
    } while (performance.now() < deadline);
    notOk(`api did not answer within ${ms} ms (${last.message})`);
  },

  async count(api, n) {
    // Also asks the fixed query twice, so the response cache holds it when PostgreSQL goes down (see `down`).
    await cachedCount(api);
    const cached = await cachedCount(api);
    check(cached.cache === 'hit' && cached.count === Number(n), `fixed query cached: ${cached.cache}, reportCount ${cached.count}`);
    const r = await datasetInfo(api);
    check(
      r.count === Number(n),
      `datasetInfo.reportCount = ${r.count ?? `error ${r.code}`} (expected ${n}), ${r.ms.toFixed(0)} ms`,
    );
  },

  async token(dbUrl) {
    const db = new Client({ connectionString: dbUrl });
    await db.connect();
    console.log(await adminToken(db));
    await db.end();
  },

  async down(api, pid, token, stoppedAtMs) {
    const stoppedAt = Number(stoppedAtMs ?? Date.now());
    // Reads of three kinds, twice (the first may meet pooled connections the shutdown closed, the second new
    // connects), and an upload: each a clear SERVICE_UNAVAILABLE, promptly.
    const reads = [
      'datasetInfo { reportCount }',
      'reports(first: 1) { edges { node { id } } }',
      'ranking(metric: "t3_new_received_tot", year: 2024, level: county) { count }',
    ];
    for (const round of [1, 2]) {
      for (const field of reads) {
        const r = await gqlField(api, field, 15_000);
        check(
          r.status !== 0 && r.code === 'SERVICE_UNAVAILABLE' && r.ms < 10_000,
          `${field.split(/[ (]/)[0]} (${round}) while PostgreSQL is down: HTTP ${r.status}, ${r.code}${r.message ? ` "${r.message}"` : ''} in ${r.ms.toFixed(0)} ms`,
        );
      }
    }
    // A query answered before the stop is still answered, from the cache and marked stale, with its data. Within
    // the api's revision TTL (RESPONSE_CACHE_REVISION_TTL_MS) the cache does not ask the database at all and
    // answers a plain hit, by design; on a fast machine the stop and the reads above fit inside it (CI saw `hit`).
    // So wait the TTL out from the stop, after which the revision must be read and its failure shows.
    const revisionTtlMs = Number(process.env.RESPONSE_CACHE_REVISION_TTL_MS ?? 1000);
    await sleep(Math.max(0, stoppedAt + revisionTtlMs + 250 - Date.now()));
    const stale = await cachedCount(api);
    check(
      stale.status === 200 && stale.cache === 'stale' && stale.count !== null && stale.ms < 10_000,
      `fixed query asked before the stop while PostgreSQL is down: HTTP ${stale.status}, x-gongkai-cache ${stale.cache}, reportCount ${stale.count ?? stale.code} in ${stale.ms.toFixed(0)} ms`,
    );
    const u = await upload(api, token, documentOf(seedBase % 1000, 2039, seedBase));
    check(
      u.http === 503 && u.code === 'SERVICE_UNAVAILABLE' && u.ms < 10_000,
      `POST /api/reports while PostgreSQL is down: HTTP ${u.http} ${u.code ?? u.status} in ${u.ms.toFixed(0)} ms`,
    );
    check(alive(Number(pid)), `api process ${pid} ${alive(Number(pid)) ? 'still running' : 'is gone'}`);
  },

  async recover(api, n, ms, token) {
    const t0 = performance.now();
    let last;
    let tries = 0;
    do {
      tries++;
      last = await datasetInfo(api, 5_000);
      if (last.count === Number(n)) break;
      await sleep(250);
    } while (performance.now() - t0 < Number(ms));
    if (last.count !== Number(n)) {
      return notOk(
        `no correct answer within ${ms} ms of PostgreSQL being up (last: HTTP ${last.status}, ${last.code ?? `reportCount ${last.count}`})`,
      );
    }
    ok(
      `reads again: reportCount ${last.count}, ${(performance.now() - t0).toFixed(0)} ms after PostgreSQL was up (query ${tries})`,
    );
    const u = await upload(api, token, documentOf(seedBase % 1000, 2039, seedBase));
    check(
      u.http === 200 && u.status === 'ingested',
      `writes again: POST /api/reports HTTP ${u.http} ${u.status}${u.code ? ` ${u.code}` : ''}`,
    );
  },

  async duplicates(api, dbUrl, n) {
    const db = new Client({ connectionString: dbUrl });
    await db.connect();
    try {
      const token = await adminToken(db);
      const doc = documentOf(seedBase % 1000, 2040, seedBase);
      const t0 = performance.now();
      const results = await Promise.all(Array.from({ length: Number(n) }, () => upload(api, token, doc)));
      const tally = new Map();
      for (const r of results)
        tally.set(
          `HTTP ${r.http} ${r.status}${r.code ? ` ${r.code}` : ''}`,
          (tally.get(`HTTP ${r.http} ${r.status}${r.code ? ` ${r.code}` : ''}`) ?? 0) + 1,
        );
      const ingested = results.filter((r) => r.http === 200 && r.status === 'ingested').length;
      const duplicate = results.filter((r) => r.http === 200 && r.status === 'duplicate').length;
      check(
        ingested === 1 && duplicate === Number(n) - 1,
        `${n} concurrent uploads of ${doc.fileName} in ${(performance.now() - t0).toFixed(0)} ms: ${[...tally].map(([k, c]) => `${c} × ${k}`).join(', ')}`,
      );
      const rows = (
        await db.query(
          `SELECT (SELECT count(*) FROM source_document WHERE sha256 = $1)::int AS documents,
                  (SELECT count(*) FROM report r JOIN source_document d ON d.id = r.source_document_id WHERE d.sha256 = $1)::int AS reports`,
          [sha(doc.bytes)],
        )
      ).rows[0];
      check(
        rows.documents === 1 && rows.reports === 1,
        `in the database: ${rows.documents} source document, ${rows.reports} report for those bytes (expected 1, 1)`,
      );
    } finally {
      await db.end();
    }
  },

  async race(api, dbUrl, rounds) {
    const db = new Client({ connectionString: dbUrl });
    await db.connect();
    try {
      const token = await adminToken(db);
      let good = 0;
      const t0 = performance.now();
      for (let round = 0; round < Number(rounds); round++) {
        // Two versions of one county's report for one year: different seeds (so different values and bytes),
        // the same issuer; the generator varies the issuer wording with the seed, so look for a pair that agrees.
        const index = (seedBase % 1000) + 1 + round;
        const year = 2041 + (round % 10);
        const first = documentOf(index, year, seedBase + round);
        let second = null;
        for (let k = 1; k < 50 && !second; k++) {
          const candidate = documentOf(index, year, seedBase + round + 1000 * k);
          if (candidate.report.issuer === first.report.issuer) second = candidate;
        }
        if (!second) {
          notOk(`round ${round + 1}: no second version with the issuer ${first.report.issuer}`);
          continue;
        }
        const results = await Promise.all([upload(api, token, first), upload(api, token, second)]);
        const statuses = results.map((r) => `HTTP ${r.http} ${r.status}${r.code ? ` ${r.code}` : ''}`);
        const answered =
          results.every((r) => r.http === 200) &&
          results.some((r) => r.status === 'ingested') &&
          results.some((r) => r.status === 'superseded');
        const rows = (
          await db.query(
            `SELECT r.status, r.superseded_by, r.id, d.sha256, r.issuer_id, (SELECT count(*) FROM report_value v WHERE v.report_id = r.id)::int AS "values"
             FROM report r JOIN source_document d ON d.id = r.source_document_id WHERE d.sha256 = ANY($1)`,
            [[sha(first.bytes), sha(second.bytes)]],
          )
        ).rows;
        const current = rows.filter((r) => r.status === 'current');
        const superseded = rows.filter((r) => r.status === 'superseded');
        const sameIssuer = new Set(rows.map((r) => r.issuer_id)).size === 1;
        const currentOfIssuer = sameIssuer
          ? Number(
              (
                await db.query(
                  `SELECT count(*) AS n FROM report WHERE issuer_id = $1 AND year = $2 AND status = 'current'`,
                  [rows[0].issuer_id, year],
                )
              ).rows[0].n,
            )
          : -1;
        const linked =
          superseded.length === 1 && current.length === 1 && superseded[0].superseded_by === current[0].id;
        const whole = rows.length === 2 && rows.every((r) => r.values > 0);
        const good1 = answered && rows.length === 2 && sameIssuer && currentOfIssuer === 1 && linked && whole;
        if (good1) good++;
        else {
          notOk(
            `round ${round + 1} (${first.report.region.code} ${year}): answers ${statuses.join(' / ')}; in the database ${rows.length} reports (${current.length} current, ${superseded.length} superseded${linked ? ', linked' : ''}), ${sameIssuer ? `current for the issuer and year: ${currentOfIssuer}` : 'different issuers'}, value rows ${rows.map((r) => r.values).join('/')}`,
          );
        }
      }
      check(
        good === Number(rounds),
        `${good} of ${rounds} rounds: one version current, the other superseded by it, both documents and their values kept (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
      );
    } finally {
      await db.end();
    }
  },

  async oversize(api, dbUrl, pid, bytes, max) {
    const db = new Client({ connectionString: dbUrl });
    await db.connect();
    const token = await adminToken(db);
    await db.end();
    for (const declared of [true, false])
      await oversizeUpload(api, token, Number(pid), Number(bytes), Number(max), declared);
  },
};

/**
 * Streams a multipart upload of `size` bytes (one reused 1 MiB chunk: the client holds no more) and stops
 * as soon as the api answers. With a declared Content-Length the api should refuse before reading the body;
 * chunked, once the file passes the limit. Samples the api's RSS every 20 ms meanwhile.
 */
async function oversizeUpload(api, token, pid, size, max, declared) {
  const boundary = `----fault-suite-${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.txt"\r\nContent-Type: text/plain\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(1024 * 1024, 'x');
  const url = new URL(`${api}/api/reports`);
  const rssBefore = rssOf(pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    if (alive(pid)) rssPeak = Math.max(rssPeak, rssOf(pid));
  }, 20);
  let sent = 0;
  const t0 = performance.now();
  const outcome = await new Promise((resolve) => {
    let answered = false;
    const req = request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        ...(declared ? { 'content-length': String(head.length + size + tail.length) } : {}),
      },
    });
    req.on('response', (res) => {
      answered = true;
      const at = sent;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode, sentAtAnswer: at, body });
      });
      res.on('error', () => resolve({ status: res.statusCode, sentAtAnswer: at, body }));
    });
    req.on('error', (error) => {
      if (!answered) resolve({ status: 0, sentAtAnswer: sent, body: String(error?.code ?? error) });
    });
    (async () => {
      const write = (buf) => new Promise((r) => (req.write(buf) ? r() : req.once('drain', r)));
      await write(head);
      while (sent < size && !answered && !req.destroyed) {
        const n = Math.min(chunk.length, size - sent);
        await write(n === chunk.length ? chunk : chunk.subarray(0, n));
        sent += n;
      }
      if (!answered && !req.destroyed) req.end(tail);
    })().catch(() => undefined);
  });
  clearInterval(sampler);
  await sleep(200);
  const rssAfter = alive(pid) ? rssOf(pid) : NaN;
  const ms = performance.now() - t0;
  const code =
    outcome.status === 0
      ? `no answer: ${outcome.body}`
      : (/"code":"([A-Z_]+)"/.exec(outcome.body)?.[1] ?? '');
  const label = declared ? `declared Content-Length ${mb(size)}` : `chunked ${mb(size)} (no length)`;
  // Declared: refused before the body is read; chunked: once the file passes the limit. What the client has
  // sent by the time it sees the answer adds what was in flight (socket buffers, a busy event loop): bounds
  // with that margin, still a small part of the upload.
  const earlyBound = (declared ? 0 : max) + 64 * 1024 * 1024;
  check(
    outcome.status === 413 && outcome.sentAtAnswer <= earlyBound,
    `${label}: HTTP ${outcome.status} ${code} after ${mb(outcome.sentAtAnswer)} sent (bound ${mb(earlyBound)}), ${ms.toFixed(0)} ms`,
  );
  const growth = rssPeak - rssBefore;
  check(
    alive(pid) && growth < 64 * 1024 * 1024,
    `${label}: api RSS ${mb(rssBefore)} before, peak ${mb(rssPeak)} (+${mb(growth)}, bound +64 MiB), ${Number.isNaN(rssAfter) ? 'api gone' : `${mb(rssAfter)} after`}`,
  );
}

const [name, ...args] = process.argv.slice(2);
if (!commands[name] || args.length < commands[name].length) {
  console.error(
    'usage: fault-api.mjs ready|count|down|recover|duplicates|race|oversize <args> (see the header)',
  );
  process.exit(2);
}
await commands[name](...args);
process.exit(failed ? 1 : 0);
