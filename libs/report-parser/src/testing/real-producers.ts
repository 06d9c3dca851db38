import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Test inputs made by real producers from a real page, at test time (never committed): what a browser's
 * "save as PDF" gives (Chromium, A4), and what LibreOffice writes when the page is saved as .docx and
 * that .docx is exported to PDF. Converted files are cached in the OS temp folder under the sha-256 of
 * their input and producer, so a second run costs nothing.
 */

export type ProducerVariant = 'chromium.pdf' | 'chromium.mhtml' | 'libreoffice.docx' | 'libreoffice.pdf';
export const PRODUCER_VARIANTS: readonly ProducerVariant[] = ['chromium.pdf', 'chromium.mhtml', 'libreoffice.docx', 'libreoffice.pdf'];

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The flags a headless print needs in a container, without any network or first-run work. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const SOFFICE_MS = 120_000;

const CACHE = join(tmpdir(), 'gongkai-real-producers');

/** Why a producer cannot run here, or null when it can. */
export function missingTool(variant: ProducerVariant): string | null {
  if (variant === 'chromium.pdf' || variant === 'chromium.mhtml') return existsSync(CHROMIUM_PATH) ? null : `Chromium not found at ${CHROMIUM_PATH} (Debian package chromium)`;
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 30_000 });

  return probe.status === 0 ? null : 'soffice not found (Debian package libreoffice-writer)';
}

function cached(input: Uint8Array, variant: string, make: (out: string) => Promise<void> | void): Promise<Uint8Array> {
  mkdirSync(CACHE, { recursive: true });
  const key = createHash('sha256').update(variant).update('\0').update(input).digest('hex');
  const file = join(CACHE, `${key}.${variant}`);
  if (existsSync(file)) return Promise.resolve(new Uint8Array(readFileSync(file)));
  const partial = `${file}.${process.pid}.part`;

  return Promise.resolve(make(partial)).then(() => {
    // Renamed into place whole: a run stopped half-way never leaves a truncated file in the cache.
    renameSync(partial, file);

    return new Uint8Array(readFileSync(file));
  });
}

/** Prints an HTML page to an A4 PDF with headless Chromium; requests other than the page itself are refused. */
export async function printWithChromium(html: Uint8Array): Promise<Uint8Array> {
  return cached(html, 'chromium.pdf', async (out) => {
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-print-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, html);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const tab = await browser.newPage();
      await tab.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      await tab.goto(`file://${page}`, { waitUntil: 'load', timeout: 60_000 });
      await tab.pdf({ path: out, format: 'A4' });
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** Saves an HTML page as a web archive (MHTML, quoted-printable), as a browser's "save as single file" does. */
export async function saveMhtmlWithChromium(html: Uint8Array): Promise<Uint8Array> {
  return cached(html, 'chromium.mhtml', async (out) => {
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-mhtml-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, html);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const tab = await browser.newPage();
      await tab.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      await tab.goto(`file://${page}`, { waitUntil: 'load', timeout: 60_000 });
      const cdp = await tab.context().newCDPSession(tab);
      const { data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
      writeFileSync(out, data, 'latin1');
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/**
 * A private LibreOffice profile for this test process: never the user's, and made once (creating a
 * profile is most of a conversion's time); removed by removeProducerProfile.
 */
let profile: string | undefined;
function profileDir(): string {
  profile ??= mkdtempSync(join(tmpdir(), 'gongkai-soffice-profile-'));

  return profile;
}

export function removeProducerProfile(): void {
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = undefined;
}

/** One LibreOffice conversion with a time limit; its temp folder is removed after. */
function soffice(input: Uint8Array, inputName: string, args: readonly string[], outExt: string, out: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-soffice-'));
  try {
    const source = join(dir, inputName);
    writeFileSync(source, input);
    const result = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${profileDir()}`, ...args, '--outdir', join(dir, 'out'), source], {
      encoding: 'utf8',
      timeout: SOFFICE_MS,
    });
    const produced = join(dir, 'out', `${basename(inputName).replace(/\.[^.]+$/, '')}.${outExt}`);
    if (result.status !== 0 || !existsSync(produced)) throw new Error(`soffice failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
    copyFileSync(produced, out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page opened in LibreOffice Writer (its HTML import) and saved as .docx. */
export function saveAsDocxWithLibreOffice(html: Uint8Array): Promise<Uint8Array> {
  return cached(html, 'libreoffice.docx', (out) => soffice(html, 'page.html', ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML'], 'docx', out));
}

/** A .docx exported to PDF by LibreOffice. */
export function exportPdfWithLibreOffice(docx: Uint8Array): Promise<Uint8Array> {
  return cached(docx, 'libreoffice.pdf', (out) => soffice(docx, 'report.docx', ['--convert-to', 'pdf'], 'pdf', out));
}

/**
 * Office formats the parser does not read itself (libs/document-convert converts them to .docx): the page opened in
 * LibreOffice Writer and saved as Word 97–2003 .doc, RTF and ODF text.
 */
export type OfficeVariant = 'libreoffice.doc' | 'libreoffice.rtf' | 'libreoffice.odt';
export const OFFICE_VARIANTS: readonly OfficeVariant[] = ['libreoffice.doc', 'libreoffice.rtf', 'libreoffice.odt'];
const OFFICE_FILTERS: Record<OfficeVariant, string> = { 'libreoffice.doc': 'doc:MS Word 97', 'libreoffice.rtf': 'rtf:Rich Text Format', 'libreoffice.odt': 'odt:writer8' };

export function saveAsOfficeWithLibreOffice(html: Uint8Array, variant: OfficeVariant): Promise<Uint8Array> {
  const ext = variant.split('.')[1] as string;

  return cached(html, variant, (out) => soffice(html, 'page.html', ['--infilter=HTML (StarWriter)', '--convert-to', OFFICE_FILTERS[variant]], ext, out));
}

export async function makeVariant(html: Uint8Array, variant: ProducerVariant): Promise<Uint8Array> {
  if (variant === 'chromium.pdf') return printWithChromium(html);
  if (variant === 'chromium.mhtml') return saveMhtmlWithChromium(html);
  const docx = await saveAsDocxWithLibreOffice(html);

  return variant === 'libreoffice.docx' ? docx : exportPdfWithLibreOffice(docx);
}

/** Corpus folders holding a real HTML page and its expected.json. */
export function htmlPages(corpus: string): { id: string; path: string }[] {
  if (!existsSync(corpus)) return [];

  return readdirSync(corpus)
    .sort()
    .filter((id) => existsSync(join(corpus, id, 'page.html')) && existsSync(join(corpus, id, 'expected.json')))
    .map((id) => ({ id, path: join(corpus, id, 'page.html') }));
}
