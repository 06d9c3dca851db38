import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { failingRules, type ParsedReport, parseScannedLayer } from '@gongkai/report-parser';
import { accuracy, type Expected } from '@gongkai/report-parser/src/testing/expected-json';
import { missingTool, printWithChromium } from '@gongkai/report-parser/src/testing/real-producers';
import sharp from 'sharp';

import { findOnPath, TesseractReader } from './lib/tesseract-reader';

/**
 * Scans made from every document of the real corpus (../shared/corpus/real) by real producers: a PDF as
 * published (report.pdf), else the page printed to A4 PDF by Chromium (page.html; a plain-text report as a
 * preformatted page), rendered to 200 dpi greyscale PNG by pdftoppm — and a variant of each page turned by 1°
 * and saved as JPEG quality 70 (sharp). Each is read as images by TesseractReader and parsed by
 * parseScannedLayer, then compared with expected.json. Asserted: no silent error (a scan with any wrong value has
 * an ERROR finding or needsReview), and no fewer exact values than measured; issue 13's ≥ 99 % / ≥ 97 % are not met.
 */
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/real');
const CACHE = path.join(tmpdir(), 'gongkai-ocr-scans');
const missing = findOnPath('tesseract') === null ? 'tesseract (tesseract-ocr tesseract-ocr-chi-sim)' : findOnPath('pdftoppm') === null ? 'pdftoppm (poppler-utils)' : missingTool('chromium.pdf');

type Doc = { id: string; source: string };
const docs: Doc[] = fs.existsSync(CORPUS)
  ? fs
      .readdirSync(CORPUS)
      .sort()
      .filter((id) => fs.existsSync(path.join(CORPUS, id, 'expected.json')))
      .map((id) => ({ id, source: ['report.pdf', 'page.html', 'report.txt'].find((f) => fs.existsSync(path.join(CORPUS, id, f))) ?? '' }))
      .filter((d) => d.source !== '')
  : [];

async function pdfOf(doc: Doc): Promise<Uint8Array> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(CORPUS, doc.id, doc.source)));
  if (doc.source.endsWith('.pdf')) return bytes;
  if (doc.source.endsWith('.html')) return printWithChromium(bytes);
  const text = new TextDecoder().decode(bytes).replace(/[&<>]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string);
  return printWithChromium(new TextEncoder().encode(`<!doctype html><meta charset="utf-8"><pre style="font-family:'Noto Sans Mono CJK SC',monospace;font-size:10pt;white-space:pre-wrap">${text}</pre>`));
}

/** The pages as 200 dpi greyscale PNG (pdftoppm), cached by the PDF's hash; `skewed`: turned 1° and JPEG q70. */
async function scanOf(doc: Doc, skewed: boolean): Promise<{ fileName: string; bytes: Uint8Array }[]> {
  const pdf = await pdfOf(doc);
  const dir = path.join(CACHE, createHash('sha256').update(pdf).digest('hex').slice(0, 16));
  if (!fs.existsSync(path.join(dir, 'done'))) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', path.join(dir, 'in.pdf'), path.join(dir, 'page')], { timeout: 120_000 });
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.png'))) {
      await sharp(path.join(dir, name)).rotate(1, { background: '#ffffff' }).greyscale().jpeg({ quality: 70 }).toFile(path.join(dir, name.replace('.png', '.skew.jpg')));
    }
    fs.writeFileSync(path.join(dir, 'done'), '');
  }
  const names = fs
    .readdirSync(dir)
    .filter((n) => (skewed ? n.endsWith('.skew.jpg') : /^page-\d+\.png$/u.test(n)))
    .sort((a, b) => Number(/\d+/u.exec(a)?.[0]) - Number(/\d+/u.exec(b)?.[0]));
  return names.map((n) => ({ fileName: n, bytes: new Uint8Array(fs.readFileSync(path.join(dir, n))) }));
}

const reader = new TesseractReader({ dpi: 200 });

if (docs.length === 0 || missing !== null) {
  const reason = docs.length === 0 ? `corpus not found at ${CORPUS}` : (missing as string);
  describe('OCR of scans of the real corpus', () => {
    if (process.env['CI'] === 'true') {
      it('can run in CI', () => {
        throw new Error(`OCR corpus scans cannot run: ${reason}`);
      });
    } else {
      console.warn(`OCR corpus scans skipped: ${reason}`);
      it(`notes what is missing: ${reason}`, () => expect(reason).not.toBe(''));
    }
  });
} else {
  describe.each([
    // target: issue 13's; floor: just under what is measured now (52.65 % and 41.44 %, 2026-12-08), so a change that
    // reads worse fails here while the target is still open.
    { variant: '200 dpi greyscale PNG', skewed: false, target: 0.99, floor: 0.5 },
    { variant: '1° skew, JPEG quality 70', skewed: true, target: 0.97, floor: 0.38 },
  ])('OCR of scans of the real corpus: $variant', ({ variant, skewed, target, floor }) => {
    const results: { id: string; right: number; total: number; wrong: string[]; flagged: boolean; report: ParsedReport | null; error?: string }[] = [];

    beforeAll(async () => {
      // Two documents at a time: Tesseract runs one thread each (OMP_THREAD_LIMIT=1), the machine has two cores.
      const readOne = async (doc: Doc) => {
        const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, doc.id, 'expected.json'), 'utf8')) as Expected;
        try {
          const reading = await reader.read({ kind: 'images', pages: await scanOf(doc, skewed) });
          const report = parseScannedLayer(reading, { fileName: doc.source });
          const a = accuracy(report, expected);
          const flagged = report.needsReview || failingRules(report.findings).length > 0;
          return { id: doc.id, ...a, flagged, report };
        } catch (error) {
          // A scan that cannot be read at all stores nothing: not a silent error, but every value is missed.
          const total = accuracy({ values: {} } as unknown as ParsedReport, expected).total;
          return { id: doc.id, right: 0, total, wrong: [], flagged: true, report: null, error: error instanceof Error ? error.message : String(error) };
        }
      };
      // Renders (Chromium, pdftoppm) first, one at a time; then the OCR two at a time.
      for (const doc of docs) await scanOf(doc, skewed);
      for (let i = 0; i < docs.length; i += 2) results.push(...(await Promise.all(docs.slice(i, i + 2).map(readOne))));
      const lines = results.map((r) => `${r.id}: ${String(r.right)}/${String(r.total)} = ${((100 * r.right) / r.total).toFixed(1)} %${r.flagged ? ' (flagged: needs review or ERROR)' : ''}${r.error ? ` — not read: ${r.error}` : ''}${r.wrong.length > 0 ? ` wrong: ${r.wrong.slice(0, 8).join(', ')}` : ''}`);
      const right = results.reduce((s, r) => s + r.right, 0);
      const total = results.reduce((s, r) => s + r.total, 0);
      console.log(`OCR ${variant}:\n${lines.join('\n')}\nall: ${String(right)}/${String(total)} = ${((100 * right) / total).toFixed(2)} %`);
    }, 280_000);

    it('has no silent error: every scan with a wrong value has an ERROR finding or needs review', () => {
      const silent = results.filter((r) => r.wrong.length > 0 && !r.flagged).map((r) => `${r.id}: ${r.wrong.join(', ')}`);
      expect(silent).toEqual([]);
    });

    it(`reads no fewer values exactly than it did (${String(floor * 100)} %; the issue's target is ${String(target * 100)} %, not met)`, () => {
      const right = results.reduce((s, r) => s + r.right, 0);
      const total = results.reduce((s, r) => s + r.total, 0);
      expect(right / total).toBeGreaterThanOrEqual(floor);
    });
  });
}
