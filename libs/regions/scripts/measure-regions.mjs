#!/usr/bin/env node
// Measures the built library (run `npx nx run regions:build` first):
//   node libs/regions/scripts/measure-regions.mjs [corpusDir]
// Prints time to first lookup (require + index build + getRegion) and resolveRegion timings over the real corpus hints.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const t0 = performance.now();
const regions = require(join(here, '..', 'dist', 'index.js'));
regions.getRegion('540421');
const firstLookup = performance.now() - t0;

const corpusDir = process.argv[2] ?? join(here, '..', '..', '..', '..', 'shared', 'corpus', 'real');
const hints = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((d) => existsSync(join(corpusDir, d, 'expected.json')))
      .map((d) => JSON.parse(readFileSync(join(corpusDir, d, 'expected.json'), 'utf8')))
      .map((e) => ({ title: e.title, issuer: e.issuer, regionHint: e.region_hint ?? null }))
  : [];
if (hints.length === 0) throw new Error(`no corpus at ${corpusDir}`);
const t1 = performance.now();
regions.resolveRegion(hints[0]);
const firstResolve = performance.now() - t1;
const times = [];
for (let round = 0; round < 200; round++) {
  for (const h of hints) {
    const t = performance.now();
    regions.resolveRegion(h);
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const q = (p) => times[Math.floor(p * (times.length - 1))].toFixed(3);
console.log(`first lookup (require + catalogue maps + getRegion): ${firstLookup.toFixed(1)} ms`);
console.log(`first resolveRegion (builds the name/pinyin indexes): ${firstResolve.toFixed(1)} ms`);
console.log(
  `resolveRegion over ${hints.length} corpus hints × 200: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`,
);
console.log(
  `getRegion × 1e6: ${(() => {
    const t = performance.now();
    for (let i = 0; i < 1e6; i++) regions.getRegion('540421');
    return (performance.now() - t).toFixed(1);
  })()} ms`,
);
