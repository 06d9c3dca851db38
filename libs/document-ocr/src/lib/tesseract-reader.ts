import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

import { type OcrCell, type PdfRule, type PdfTextItem, type PdfTextLayer, type ScanInput, type ScanReader, type ScanReading } from '@gongkai/report-parser';
import sharp, { type Sharp } from 'sharp';

import { OcrError } from './ocr-error';
import { cellsOf, eraseRules, estimateSkew, findRules, type GreyImage, type PixelRule } from './pixels';

export type TesseractOptions = {
  /** Resolution PDF pages are rendered at (and images without a stated density are taken to have). */
  dpi: number;
  /** Time limit for each page's OCR (rendering and Tesseract); past it the read fails with OCR_TIMEOUT. */
  pageTimeoutMs: number;
  /** Reports are a handful of pages; a scan beyond this is refused. */
  maxPages: number;
  /** Tesseract language model (the Debian package tesseract-ocr-chi-sim). */
  language: string;
  tesseractPath: string;
  pdftoppmPath: string;
  /** Address-space limit of each Tesseract and pdftoppm process, in MiB (`ulimit -v`). */
  memoryMb: number;
};

export const DEFAULT_TESSERACT_OPTIONS: TesseractOptions = {
  dpi: 200,
  pageTimeoutMs: 60_000,
  maxPages: 60,
  language: 'chi_sim',
  tesseractPath: 'tesseract',
  pdftoppmPath: 'pdftoppm',
  memoryMb: 1024,
};

/** The first executable of this name on PATH, or null. */
export function findOnPath(name: string): string | null {
  if (name.includes('/')) return existsSync(name) ? name : null;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

type Run = { stdout: string; stderr: string };

function run(file: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv = process.env, memoryMb?: number): Promise<Run> {
  if (!findOnPath(file)) return Promise.reject(new OcrError('OCR_MISSING', `${file} not found`));
  // Bounded memory: the process runs under `ulimit -v` (through sh, which every system has).
  const [command, argv] = memoryMb ? ['/bin/sh', ['-c', 'ulimit -v "$0" && exec "$@"', String(memoryMb * 1024), file, ...args]] : [file, args];
  return new Promise((resolve, reject) => {
    execFile(command as string, argv as string[], { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, env }, (error, stdout, stderr) => {
      if (error) {
        const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
        if (e.code === 'ENOENT') reject(new OcrError('OCR_MISSING', `${file} not found`));
        else if (e.killed || e.signal === 'SIGKILL') reject(new OcrError('OCR_TIMEOUT', `${String(timeoutMs)} ms`));
        else reject(new OcrError('OCR_FAILED', String(stderr || e.message).slice(0, 200)));
        return;
      }
      resolve({ stdout, stderr });
    });
  });
}

/**
 * Reads scanned reports with the Debian Tesseract 5: PDF pages rendered by pdftoppm at `dpi` in greyscale,
 * images decoded by sharp; each page deskewed, its table rules found in the pixels (and erased before the text
 * is read, so a rule is never read as a 一 or a 1), the text read with word boxes and confidences (TSV). The
 * result is the positioned text and rules the PDF path already turns into tables, plus the cells between the
 * rules with their text and lowest word confidence. Nothing is downloaded; Tesseract runs as a subprocess
 * with a time limit per page (killed past it).
 */
export class TesseractReader implements ScanReader {
  readonly options: TesseractOptions;
  private engineName: string | null = null;

  constructor(options: Partial<TesseractOptions> = {}) {
    this.options = { ...DEFAULT_TESSERACT_OPTIONS, ...options };
  }

  /** Whether Tesseract and its Chinese model are installed (the api and CLI inject the reader only then). */
  static available(options: Partial<TesseractOptions> = {}): boolean {
    return findOnPath(options.tesseractPath ?? DEFAULT_TESSERACT_OPTIONS.tesseractPath) !== null;
  }

  async engine(): Promise<string> {
    if (this.engineName) return this.engineName;
    const { stdout, stderr } = await run(this.options.tesseractPath, ['--list-langs'], 10_000);
    if (!`${stdout}\n${stderr}`.split(/\s+/u).includes(this.options.language)) throw new OcrError('OCR_MISSING', `the ${this.options.language} model is not installed`);
    const version = await run(this.options.tesseractPath, ['--version'], 10_000);
    const m = /tesseract\s+(\S+)/iu.exec(`${version.stdout}\n${version.stderr}`);
    this.engineName = `Tesseract ${m?.[1] ?? '?'} (${this.options.language})`;
    return this.engineName;
  }

  async read(input: ScanInput): Promise<ScanReading> {
    if (!findOnPath(this.options.tesseractPath)) throw new OcrError('OCR_MISSING', 'tesseract not found');
    const engine = await this.engine();
    const dir = await mkdtemp(join(tmpdir(), 'gongkai-ocr-'));
    const started = Date.now();
    try {
      const images = await this.pageImages(input, dir);
      const layer: PdfTextLayer = { pages: [], info: {}, numPages: images.length };
      const cells: OcrCell[] = [];
      const pageImages: ScanReading['pageImages'] = [];
      for (const [i, source] of images.entries()) {
        const page = await this.readPage(source.bytes, source.dpi, dir, i + 1);
        layer.pages.push(page.layer);
        cells.push(...page.cells);
        pageImages.push({ page: i + 1, mediaType: 'image/png', bytes: page.png, width: page.width, height: page.height, dpi: source.dpi });
      }

      return { layer, cells, engine, dpi: images[0]?.dpi ?? this.options.dpi, msPerPage: (Date.now() - started) / Math.max(1, images.length), pageImages };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async pageImages(input: ScanInput, dir: string): Promise<{ bytes: Uint8Array; dpi: number }[]> {
    if (input.kind === 'images') {
      if (input.pages.length > this.options.maxPages) throw new OcrError('OCR_FAILED', `more than ${String(this.options.maxPages)} pages`);
      return Promise.all(
        input.pages.map(async (p) => {
          const meta = await sharp(p.bytes).metadata().catch(() => {
            throw new OcrError('OCR_FAILED', `${p.fileName} is not an image`);
          });
          // A photo or scan without a stated density is taken to be at the default resolution.
          return { bytes: p.bytes, dpi: meta.density && meta.density >= 100 && meta.density <= 600 ? meta.density : this.options.dpi };
        }),
      );
    }
    if (!findOnPath(this.options.pdftoppmPath)) throw new OcrError('OCR_MISSING', 'pdftoppm not found');
    const pdf = join(dir, 'in.pdf');
    await writeFile(pdf, input.bytes);
    const { dpi, maxPages, pageTimeoutMs } = this.options;
    await run(this.options.pdftoppmPath, ['-r', String(dpi), '-gray', '-png', '-l', String(maxPages), pdf, join(dir, 'page')], pageTimeoutMs * maxPages, process.env, this.options.memoryMb);
    const names = (await readdir(dir)).filter((n) => /^page-\d+\.png$/u.test(n)).sort((a, b) => Number(/\d+/u.exec(a)?.[0]) - Number(/\d+/u.exec(b)?.[0]));
    if (names.length === 0) throw new OcrError('OCR_FAILED', 'no page rendered');
    return Promise.all(names.map(async (n) => ({ bytes: await readFile(join(dir, n)), dpi })));
  }

  private async readPage(bytes: Uint8Array, dpi: number, dir: string, page: number): Promise<{ layer: PdfTextLayer['pages'][number]; cells: OcrCell[]; png: Uint8Array; width: number; height: number }> {
    const deadline = Date.now() + this.options.pageTimeoutMs;
    const grey = await toGrey(sharp(bytes));
    const skew = estimateSkew(grey);
    const straight = Math.abs(skew) >= 0.1 ? await toGrey(sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } }).rotate(-skew, { background: { r: 255, g: 255, b: 255 } })) : grey;
    const minLength = Math.round(dpi * 0.3);
    const rules = findRules(straight, minLength);
    const erased = eraseRules(straight, rules);
    const input = join(dir, `ocr-${String(page)}.png`);
    await sharp(erased.data, { raw: { width: erased.width, height: erased.height, channels: 1 } }).png().toFile(input);
    const left = deadline - Date.now();
    if (left <= 0) throw new OcrError('OCR_TIMEOUT', `page ${String(page)}`);
    // One thread per Tesseract: the machine's cores are for several pages or reports, not one page's LSTM.
    const tsv = await run(this.options.tesseractPath, [input, 'stdout', '-l', this.options.language, '--psm', '6', '--dpi', String(dpi), 'tsv'], left, { ...process.env, OMP_THREAD_LIMIT: process.env['OMP_THREAD_LIMIT'] ?? '1' }, this.options.memoryMb);
    const firstPass = parseTsv(tsv.stdout);
    const words = await digitsPass(this.options, erased, rules, firstPass, dir, page, dpi, deadline);
    const png = await sharp(straight.data, { raw: { width: straight.width, height: straight.height, channels: 1 } }).png({ compressionLevel: 9 }).toBuffer();

    return { layer: toLayerPage(words, rules, straight, dpi), cells: toCells(words, rules, straight, page), png: new Uint8Array(png), width: straight.width, height: straight.height };
  }
}

const DIGITISH = /^[\d\s.,/\-—–|Il工oO]*$/u;

/**
 * The number cells read again, digits only: a cell whose first reading looks like a number (or is empty but has
 * ink) is cut out inside its rules and stacked with the others, one per line with white space between, into one
 * image that Tesseract reads with a digits-only character set — one process per page, not one per cell. The
 * first pass's words in those cells are replaced by what this pass read (a word the whole-page pass ran across
 * several narrow cells, '400000' for four cells, is so split back into its cells).
 */
async function digitsPass(options: TesseractOptions, image: GreyImage, rules: readonly PixelRule[], words: OcrWord[], dir: string, page: number, dpi: number, deadline: number): Promise<OcrWord[]> {
  const boxes = cellsOf(rules).filter((b) => b.x1 - b.x0 > 12 && b.y1 - b.y0 > 12);
  const overlaps = (w: OcrWord, b: (typeof boxes)[number]) => w.left < b.x1 && w.left + w.width > b.x0 && w.top + w.height / 2 >= b.y0 && w.top + w.height / 2 < b.y1;
  const numeric = boxes.filter((b) => {
    const mine = words.filter((w) => overlaps(w, b));
    return mine.length === 0 ? hasInk(image, b) : mine.every((w) => DIGITISH.test(w.text)) && mine.some((w) => /[\d工Il|oO]/u.test(w.text));
  });
  if (numeric.length === 0) return words;
  const M = 4;
  const GAP = 24;
  const crops = numeric.map((b) => ({ b, x0: Math.ceil(b.x0 + M), y0: Math.ceil(b.y0 + M), w: Math.max(1, Math.floor(b.x1 - M) - Math.ceil(b.x0 + M)), h: Math.max(1, Math.floor(b.y1 - M) - Math.ceil(b.y0 + M)) }));
  const width = Math.max(...crops.map((c) => c.w)) + 2 * GAP;
  let y = GAP;
  const placed = crops.map((c) => {
    const at = y;
    y += c.h + GAP;
    return { ...c, at };
  });
  const data = new Uint8Array(width * y).fill(255);
  for (const c of placed) for (let r = 0; r < c.h; r += 1) data.set(image.data.subarray((c.y0 + r) * image.width + c.x0, (c.y0 + r) * image.width + c.x0 + c.w), (c.at + r) * width + GAP);
  const file = join(dir, `digits-${String(page)}.png`);
  await sharp(data, { raw: { width, height: y, channels: 1 } }).png().toFile(file);
  const left = deadline - Date.now();
  if (left <= 0) throw new OcrError('OCR_TIMEOUT', `page ${String(page)}`);
  const tsv = await run(options.tesseractPath, [file, 'stdout', '-l', 'eng', '--psm', '6', '--dpi', String(dpi), '-c', 'tessedit_char_whitelist=0123456789./-', 'tsv'], left, { ...process.env, OMP_THREAD_LIMIT: process.env['OMP_THREAD_LIMIT'] ?? '1' }, options.memoryMb).catch(async (error: unknown) => {
    // Without the eng model the Chinese one reads the digits (the whitelist applies the same).
    if (error instanceof OcrError && error.code === 'OCR_TIMEOUT') throw error;
    return run(options.tesseractPath, [file, 'stdout', '-l', options.language, '--psm', '6', '--dpi', String(dpi), '-c', 'tessedit_char_whitelist=0123456789./-', 'tsv'], Math.max(1, deadline - Date.now()), { ...process.env, OMP_THREAD_LIMIT: '1' }, options.memoryMb);
  });
  const read = parseTsv(tsv.stdout);
  const kept = words.filter((w) => !numeric.some((b) => overlaps(w, b)));
  for (const c of placed) {
    const mine = read.filter((w) => w.top + w.height / 2 >= c.at && w.top + w.height / 2 < c.at + c.h).sort((a, b) => a.left - b.left);
    if (mine.length === 0) continue;
    // Back on the page: each word where it was in the crop.
    for (const w of mine) kept.push({ ...w, left: w.left - GAP + c.x0, top: w.top - c.at + c.y0 });
  }
  return kept;
}

async function toGrey(image: Sharp): Promise<GreyImage> {
  const { data, info } = await image.greyscale().raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) {
    // sharp keeps an alpha channel of a PNG: take the first channel.
    const out = new Uint8Array(info.width * info.height);
    for (let i = 0; i < out.length; i += 1) out[i] = data[i * info.channels] as number;
    return { data: out, width: info.width, height: info.height };
  }
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/** A word Tesseract read: its box in pixels and confidence 0…1. */
export type OcrWord = { text: string; left: number; top: number; width: number; height: number; confidence: number };

/** Tesseract's TSV: level 5 rows are words (level, page, block, par, line, word, left, top, width, height, conf, text). */
export function parseTsv(tsv: string): OcrWord[] {
  const out: OcrWord[] = [];
  for (const line of tsv.split('\n').slice(1)) {
    const f = line.split('\t');
    if (f[0] !== '5' || f.length < 12) continue;
    const text = (f.slice(11).join('\t') ?? '').trim();
    if (!text) continue;
    out.push({ text, left: Number(f[6]), top: Number(f[7]), width: Number(f[8]), height: Number(f[9]), confidence: Math.max(0, Math.min(1, Number(f[10]) / 100)) });
  }
  return out;
}

/** Words and rules in the PDF text layer's space: points, y up, baseline at the bottom of the word box. */
export function toLayerPage(words: readonly OcrWord[], rules: readonly PixelRule[], image: GreyImage, dpi: number): PdfTextLayer['pages'][number] {
  const k = 72 / dpi;
  const height = image.height * k;
  const items: PdfTextItem[] = words.map((w) => ({ str: w.text, transform: [w.height * k, 0, 0, w.height * k, w.left * k, height - (w.top + w.height) * k], width: w.width * k, height: w.height * k }));
  const pdfRules: PdfRule[] = rules.map((r) => (r.kind === 'h' ? [r.x0 * k, height - r.y * k, r.x1 * k, height - r.y * k] : [r.x * k, height - r.y1 * k, r.x * k, height - r.y0 * k]));
  return { height, content: { items }, rules: pdfRules };
}

/** The cells between the rules, in reading order, with the words whose centre falls in each. */
export function toCells(words: readonly OcrWord[], rules: readonly PixelRule[], image: GreyImage, page: number): OcrCell[] {
  const boxes = cellsOf(rules).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  return boxes.map((b) => {
    const inside = words.filter((w) => {
      const cx = w.left + w.width / 2;
      const cy = w.top + w.height / 2;
      return cx >= b.x0 && cx < b.x1 && cy >= b.y0 && cy < b.y1;
    });
    inside.sort((p, q) => (Math.abs(p.top - q.top) > p.height / 2 ? p.top - q.top : p.left - q.left));
    const text = inside.map((w) => w.text).join('');
    // Ink Tesseract read as nothing is the least sure reading there is; a cell without ink is surely blank.
    const confidence = inside.length > 0 ? Math.min(...inside.map((w) => w.confidence)) : hasInk(image, b) ? 0 : 1;
    return { page, box: [b.x0 / image.width, b.y0 / image.height, b.x1 / image.width, b.y1 / image.height], text, confidence };
  });
}

function hasInk(image: GreyImage, b: { x0: number; y0: number; x1: number; y1: number }): boolean {
  // Inside the rules only: a margin keeps the borders out.
  const m = 6;
  let dark = 0;
  for (let y = Math.ceil(b.y0 + m); y < b.y1 - m; y += 1) for (let x = Math.ceil(b.x0 + m); x < b.x1 - m; x += 1) if ((image.data[y * image.width + x] as number) < 128) dark += 1;
  return dark > 12;
}
