// OCR speed and memory: every document of the real corpus (../shared/corpus/real) as a scan — report.pdf as
// published, else page.html printed to A4 PDF by Chromium — rendered to 200 dpi greyscale PNG by pdftoppm, then
// read page by page by TesseractReader (libs/document-ocr, built) and parsed by parseScannedLayer.
// One core: run under `taskset -c 0` with OMP_THREAD_LIMIT=1 (the reader sets it for Tesseract anyway).
// Peak RSS: run under `/usr/bin/time -v` (its "Maximum resident set size" is the largest of this process and the
// Tesseract/pdftoppm children it waited for).
//   npx nx run-many -t build && OMP_THREAD_LIMIT=1 /usr/bin/time -v taskset -c 0 node tools/bench/scripts/ocr-bench.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const { TesseractReader } = await import(join(root, 'libs/document-ocr/dist/index.js'));
const { parseScannedLayer } = await import(join(root, 'libs/report-parser/dist/index.js'));
const corpus = resolve(root, '../shared/corpus/real');
const scans = join(tmpdir(), 'gongkai-ocr-scans');

// The corpus test (libs/document-ocr/src/corpus-scans.spec.ts) caches the Chromium prints and page renders
// there; report.pdf files are rendered here when it has not run.
const sources = [];
for (const id of readdirSync(corpus).sort()) {
  const pdf = join(corpus, id, 'report.pdf');
  if (existsSync(pdf)) sources.push({ id, pdf });
}
for (const dir of existsSync(scans) ? readdirSync(scans).sort() : []) if (existsSync(join(scans, dir, 'in.pdf'))) sources.push({ id: `scan ${dir}`, pdf: join(scans, dir, 'in.pdf') });

const reader = new TesseractReader({ dpi: 200 });
const rows = [];
const seen = new Set();
for (const s of sources) {
  const bytes = readFileSync(s.pdf);
  const key = bytes.length;
  if (seen.has(key)) continue;
  seen.add(key);
  const dir = mkdtempSync(join(tmpdir(), 'ocr-bench-'));
  execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', s.pdf, join(dir, 'p')]);
  const pages = readdirSync(dir).sort((a, b) => Number(/\d+/.exec(a)[0]) - Number(/\d+/.exec(b)[0])).map((n) => ({ fileName: n, bytes: readFileSync(join(dir, n)) }));
  const started = process.hrtime.bigint();
  const reading = await reader.read({ kind: 'images', pages });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // The parse is timed apart (it is the parser's, milliseconds); a scan it refuses still cost its OCR.
  let outcome;
  try {
    const report = parseScannedLayer(reading, {});
    outcome = report.needsReview ? 'needs review' : 'clean';
  } catch (error) {
    outcome = `refused: ${error.code}`;
  }
  rows.push({ id: s.id, pages: pages.length, ms, perPage: ms / pages.length, outcome });
  rmSync(dir, { recursive: true, force: true });
}
const pages = rows.reduce((n, r) => n + r.pages, 0);
const total = rows.reduce((n, r) => n + r.ms, 0);
console.log('| document | pages | OCR wall ms | ms per page | parse |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.id} | ${r.pages} | ${r.ms.toFixed(0)} | ${r.perPage.toFixed(0)} | ${r.outcome} |`);
console.log(`| all | ${pages} | ${total.toFixed(0)} | ${(total / pages).toFixed(0)} | |`);
console.log(`node maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
