/* global fetch, performance */
// Latency of the board query against a running api (a short figure on the demo data; `npm run bench -- query`
// has the national-scale case). Sequential requests after one warm-up; prints p50/p95 and the answer's size.
//   BASE_URL=http://127.0.0.1:3000 RUNS=30 node tools/bench/scripts/board-latency.mjs [parentCode]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = (process.env.BASE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const runs = Number(process.env.RUNS ?? 30);
const parentCode = process.argv[2] ?? '540400';
// The dashboard's own document, so the figure is the dashboard's request.
const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../apps/dashboard/src/modules/board/graphql/queries/getBoard.ts'), 'utf8');
const query = /`([\s\S]*)`/.exec(source)?.[1];
if (!query) throw new Error('GET_BOARD not found');
const body = JSON.stringify({ query, variables: { parentCode, yearFrom: 2019, yearTo: 2025 } });

async function once() {
  const t = performance.now();
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  const ms = performance.now() - t;
  if (!res.ok || text.includes('"errors"')) throw new Error(text.slice(0, 500));

  return { ms, bytes: text.length, cache: res.headers.get('x-gongkai-cache') ?? 'none' };
}

await once();
const results = [];
for (let i = 0; i < runs; i++) results.push(await once());
const times = results.map((r) => r.ms).sort((a, b) => a - b);
const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const cache = Object.entries(results.reduce((acc, r) => ({ ...acc, [r.cache]: (acc[r.cache] ?? 0) + 1 }), {})).map(([k, v]) => `${v} ${k}`).join(', ');
console.log(`board(${parentCode}, 2019–2025): ${runs} runs, p50 ${pick(0.5).toFixed(1)} ms, p95 ${pick(0.95).toFixed(1)} ms, ${(results[0].bytes / 1024).toFixed(0)} KB, cache: ${cache}`);
