import fc from 'fast-check';

import { hashString } from '../src';
import { checkCase, type FuzzFailure, fuzzCases, generatedSeeds, ParserWatchdog, REAL_CORPUS, realSeeds } from './fuzz';
import { manySamples } from './helpers';
import { silentProperty } from './perturb';

/**
 * Corruption suite: truncation, byte flips, shuffled and dropped rows, enormous cells, deep nesting and
 * wrong encodings over generated documents and the real corpus. For every case the parser must return a
 * report or throw a ReportParseError, finish within the per-case bound (a watchdog that fails that case,
 * not a benchmark), give every non-derived number a provenance, and report no number that does not occur
 * in the input. FUZZ_CASES sets the budget (default 14 per seed set here, two rounds of the seven mutations; `npm run fuzz` runs 700), FUZZ_SEED the
 * seed, FUZZ_CASE_MS the per-case bound (default 5,000 ms).
 */
const CASES = Number(process.env.FUZZ_CASES ?? 14);
const SEED = process.env.FUZZ_SEED ?? 'fuzz-2026';
// 5 s per document: a hang detector on a shared 2-core machine, not a speed target (those live in tools/bench).
const BOUND_MS = Number(process.env.FUZZ_CASE_MS ?? 5000);

describe('parser under corrupted input', () => {
  const real = realSeeds();
  if (real.length === 0) {
    if (process.env.CI === 'true') throw new Error(`real corpus missing at ${REAL_CORPUS} (required when CI=true)`);
    console.warn(`real corpus absent at ${REAL_CORPUS}: fuzzing generated documents only`);
  }

  const watchdog = new ParserWatchdog(BOUND_MS);
  afterAll(() => watchdog.close());

  it.each([
    ['generated documents', () => generatedSeeds(Math.max(6, Math.ceil(CASES / 7)), SEED)],
    ['the real corpus', () => realSeeds()],
  ])(`survives ${CASES} corrupted variants of %s`, (_name, seeds) => {
    const list = seeds();
    if (list.length === 0) return;
    const failures: FuzzFailure[] = [];
    const started = Date.now();
    let worst = 0;
    for (const c of fuzzCases(list, CASES, SEED)) {
      const t = Date.now();
      const found = checkCase(c, watchdog, BOUND_MS);
      failures.push(...found);
      worst = Math.max(worst, Date.now() - t);
      if (process.env.FUZZ_VERBOSE) console.info(`${c.id}: ${Date.now() - t} ms ${found.map((f) => f.problem).join('; ')}`);
    }
    console.info(
      `fuzz: ${CASES} cases over ${list.length} seeds in ${Date.now() - started} ms (slowest case ${worst} ms, bound ${BOUND_MS} ms); ` +
        `${failures.length} failures`,
    );
    expect(failures.slice(0, 15)).toEqual([]);
  }, 3_600_000);
});

describe('never silently wrong, fuzzed', () => {
  // Ten perturbed documents per fuzz case: 140 in `npm test`, 7,000 in `npm run fuzz`.
  const runs = CASES * 10;
  it(`names every misread value in an ERROR finding over ${runs} perturbed documents`, () => {
    const check = silentProperty(manySamples(Math.max(14, Math.ceil(CASES / 5)), SEED));
    fc.assert(check.property, { seed: hashString(SEED), numRuns: runs });
    expect(check.misread()).toBeGreaterThan(0);
  }, 3_600_000);
});
