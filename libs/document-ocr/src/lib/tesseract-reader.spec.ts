import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import sharp from 'sharp';

import { isOcrError } from './ocr-error';
import { findOnPath, parseTsv, TesseractReader } from './tesseract-reader';

const hasTesseract = findOnPath('tesseract') !== null;

/** A small page image with a ruled 2×2 table (no text needed to exercise the limits). */
async function page(): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="700"><rect width="1000" height="700" fill="white"/><g stroke="black" stroke-width="2"><line x1="100" y1="100" x2="900" y2="100"/><line x1="100" y1="300" x2="900" y2="300"/><line x1="100" y1="500" x2="900" y2="500"/><line x1="100" y1="100" x2="100" y2="500"/><line x1="500" y1="100" x2="500" y2="500"/><line x1="900" y1="100" x2="900" y2="500"/></g><text x="130" y="220" font-size="60">2024</text></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).greyscale().png().toBuffer());
}

describe('parseTsv', () => {
  it('keeps the words (level 5) with their boxes and confidence as 0…1', () => {
    const tsv = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n4\t1\t1\t1\t1\t0\t10\t10\t100\t20\t-1\t\n5\t1\t1\t1\t1\t1\t10\t12\t40\t18\t91.5\t2024\n5\t1\t1\t1\t1\t2\t60\t12\t40\t18\t95\t \n';
    expect(parseTsv(tsv)).toEqual([{ text: '2024', left: 10, top: 12, width: 40, height: 18, confidence: 0.915 }]);
  });
});

describe('TesseractReader limits and errors', () => {
  it('names the Debian packages when tesseract is not installed (OCR_MISSING)', async () => {
    const reader = new TesseractReader({ tesseractPath: '/nonexistent/tesseract' });
    const error = await reader.read({ kind: 'images', pages: [{ fileName: 'p.png', bytes: await page() }] }).catch((e: unknown) => e);
    expect(isOcrError(error) && error.code).toBe('OCR_MISSING');
    expect((error as Error).message).toContain('tesseract-ocr tesseract-ocr-chi-sim');
    expect((error as { messageZh: string }).messageZh).toContain('tesseract-ocr-chi-sim');
  });

  (hasTesseract ? it : it.skip)('stops a page past its time limit with OCR_TIMEOUT', async () => {
    const reader = new TesseractReader({ pageTimeoutMs: 1 });
    const error = await reader.read({ kind: 'images', pages: [{ fileName: 'p.png', bytes: await page() }] }).catch((e: unknown) => e);
    expect(isOcrError(error) && error.code).toBe('OCR_TIMEOUT');
  });

  it('kills a Tesseract that runs past the page limit and says OCR_TIMEOUT', async () => {
    // A stand-in tesseract that knows chi_sim and then hangs: the limit, not the engine, ends the page.
    const dir = mkdtempSync(join(tmpdir(), 'ocr-hang-'));
    const fake = join(dir, 'tesseract');
    writeFileSync(fake, '#!/bin/sh\ncase "$1" in --list-langs) echo chi_sim; exit 0;; --version) echo "tesseract 5.0.0"; exit 0;; esac\nexec sleep 30\n');
    chmodSync(fake, 0o755);
    try {
      const started = Date.now();
      const error = await new TesseractReader({ tesseractPath: fake, pageTimeoutMs: 1500 }).read({ kind: 'images', pages: [{ fileName: 'p.png', bytes: await page() }] }).catch((e: unknown) => e);
      expect(isOcrError(error) && error.code).toBe('OCR_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  (hasTesseract ? it : it.skip)('reads a page image: rules in the layer, cells with their text, a greyscale PNG of the page', async () => {
    const reading = await new TesseractReader().read({ kind: 'images', pages: [{ fileName: 'p.png', bytes: await page() }] });
    expect(reading.engine).toMatch(/^Tesseract 5\.\S+ \(chi_sim\)$/u);
    expect(reading.layer.pages[0]?.rules?.length).toBe(6);
    expect(reading.cells).toHaveLength(4);
    expect(reading.cells[0]?.text).toBe('2024');
    expect(reading.cells[1]).toMatchObject({ text: '', confidence: 1 });
    expect(reading.pageImages[0]).toMatchObject({ page: 1, mediaType: 'image/png', width: 1000, height: 700 });
  });

  (hasTesseract ? it : it.skip)('refuses bytes that are not an image (OCR_FAILED)', async () => {
    const error = await new TesseractReader().read({ kind: 'images', pages: [{ fileName: 'p.png', bytes: new Uint8Array([1, 2, 3]) }] }).catch((e: unknown) => e);
    expect(isOcrError(error) && error.code).toBe('OCR_FAILED');
  });
});
