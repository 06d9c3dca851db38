#!/usr/bin/env node
// The issue-17 check, by hand: N anonymous national `ranking` queries in a row from one client against a
// running api. Prints where the first 429 came (and its Retry-After), whether another client (a token) is
// served at that moment, and the loop's requests per second (answered + refused).
// Usage: node tools/bench/scripts/rate-limit-loop.mjs <api url> [--n 1000] [--token <another client's token>]
/* global fetch, performance -- Node 20 globals */
const [apiUrl, ...rest] = process.argv.slice(2);
let n = 1000;
let token = null;
for (let i = 0; i < rest.length; i += 2) {
  if (rest[i] === '--n') n = Number(rest[i + 1]);
  else if (rest[i] === '--token') token = rest[i + 1];
}
if (!apiUrl || !(n > 0)) {
  console.error('usage: rate-limit-loop.mjs <api url> [--n 1000] [--token <secret>]');
  process.exit(64);
}
const RANKING = '{ ranking(metric: "t3_new_received_tot", year: 2024, level: county) { count entries { rank value } } }';
const post = async (headers = {}) => {
  const res = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: RANKING }) });
  const body = await res.json().catch(() => null);
  return { status: res.status, retryAfter: res.headers.get('retry-after'), code: body?.errors?.[0]?.extensions?.code ?? null };
};
const statuses = new Map();
let first429 = null;
let otherClient = null;
const t0 = performance.now();
for (let i = 1; i <= n; i++) {
  const r = await post();
  statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  if (r.status === 429 && first429 === null) {
    first429 = { at: i, retryAfter: r.retryAfter, code: r.code };
    if (token) otherClient = await post({ authorization: `Bearer ${token}` });
  }
}
const seconds = (performance.now() - t0) / 1000;
console.log(`${n} ranking queries in ${seconds.toFixed(2)} s (${(n / seconds).toFixed(0)} req/s): ${[...statuses].map(([s, c]) => `${c} × HTTP ${s}`).join(', ')}`);
console.log(first429 ? `first 429 at request ${first429.at}, Retry-After ${first429.retryAfter} s, code ${first429.code}` : 'no 429');
if (otherClient) console.log(`another client (token) at that moment: HTTP ${otherClient.status}`);
