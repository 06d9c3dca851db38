import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { failingRules, type ParsedReport, parseReport } from '@gongkai/report-parser';
import { accuracy, type Expected, readAsExpected } from '@gongkai/report-parser/src/testing/expected-json';
import { htmlPages, missingTool, OFFICE_VARIANTS, removeProducerProfile, saveAsOfficeWithLibreOffice } from '@gongkai/report-parser/src/testing/real-producers';

import { convertIfOffice } from './lib/convert-if-office';
import { type DocumentConverter } from './lib/document-converter';
import { LibreOfficeConverter } from './lib/libreoffice-converter';
import { detectOfficeFormat } from './lib/office-format';

/**
 * Legacy and other office documents made by a real producer from every real HTML page of the corpus
 * (../shared/corpus/real): the page saved by LibreOffice as .doc (Word 97–2003), .rtf and .odt, then read the way
 * the product reads them — LibreOfficeConverter (its own subprocess, profile, limits) to .docx, the parser on that.
 * Each must read exactly like the page's expected.json: every value and the failing rules. Without soffice the
 * variants are skipped with the reason; with CI=true that fails.
 */
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/real');
const pages = htmlPages(CORPUS);
const missing = missingTool('libreoffice.docx');
const cases = pages.flatMap((page) => OFFICE_VARIANTS.map((variant) => ({ ...page, variant, name: `${page.id}/${variant}` })));
const converter = new LibreOfficeConverter();

afterAll(() => removeProducerProfile());

if (pages.length === 0 || missing !== null) {
  const reason = pages.length === 0 ? `corpus not found at ${CORPUS}` : (missing as string);
  describe('office-format variants of the real corpus', () => {
    if (process.env['CI'] === 'true') {
      it('can be made in CI', () => {
        throw new Error(`office-format variants cannot be made: ${reason}`);
      });
    } else {
      console.warn(`office-format variants skipped: ${reason}`);
      it(`notes what is missing: ${reason}`, () => expect(reason).not.toBe(''));
    }
  });
}

describe.each(missing === null ? cases : [])('LibreOffice $name read through the converter', ({ id, path: page, variant, name }) => {
  const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, id, 'expected.json'), 'utf8')) as Expected;
  const ext = variant.split('.')[1] as 'doc' | 'rtf' | 'odt';
  let bytes: Uint8Array;
  let report: ParsedReport | undefined;

  beforeAll(async () => {
    bytes = await saveAsOfficeWithLibreOffice(new Uint8Array(fs.readFileSync(page)), variant);
    // PRODUCER_VARIANTS_OUT=<dir> keeps a copy for the parse benchmark (npm run bench -- parse --extra <dir>).
    const out = process.env['PRODUCER_VARIANTS_OUT'];
    if (out) {
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(path.join(out, `${id}.${variant}`), bytes);
    }
    const converted = await convertIfOffice(bytes, `report.${ext}`, converter);
    if (!converted) throw new Error(`${name} was not recognised as an office document`);
    report = await parseReport(converted.docx, { fileName: 'report.docx' });
    const { right, total } = accuracy(report, expected);
    console.info(`${name}: converted in ${converted.ms} ms by ${converted.by}; ${right}/${total} values, failing ${JSON.stringify(failingRules(report.findings))}`);
  }, 180_000);

  it('is recognised by its content as what it is', () => {
    expect(detectOfficeFormat(bytes)).toEqual({ kind: 'convert', format: ext });
  });

  it('reads every value and failing rule of expected.json', () => {
    const { got, want } = readAsExpected(report as ParsedReport, expected);
    expect(got).toEqual(want);
    expect(failingRules((report as ParsedReport).findings)).toEqual([...expected.failing_rules].sort());
  });
});

describe.each(missing === null && pages.length > 0 ? [pages[0] as { id: string; path: string }] : [])('a real .doc ($id) beyond the happy path', ({ path: page }) => {
  let doc: Uint8Array;

  beforeAll(async () => {
    doc = await saveAsOfficeWithLibreOffice(new Uint8Array(fs.readFileSync(page)), 'libreoffice.doc');
  }, 180_000);

  it('is refused as ENCRYPTED when its FIB says encrypted, without starting LibreOffice', async () => {
    const encrypted = markEncrypted(doc);
    const calls: string[] = [];
    const spy: DocumentConverter = { toDocx: (b, f, o) => (calls.push(f), converter.toDocx(b, f, o)) };
    await expect(convertIfOffice(encrypted, 'secret.doc', spy)).rejects.toMatchObject({ code: 'ENCRYPTED' });
    expect(calls).toEqual([]);
  });

  it('answers LIBREOFFICE_MISSING naming the package when soffice is not on PATH', async () => {
    const absent = new LibreOfficeConverter({ path: path.join(CORPUS, 'no-such-bin') });
    const error = await convertIfOffice(doc, 'report.doc', absent).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'LIBREOFFICE_MISSING' });
    expect((error as Error & { messageZh: string }).messageZh).toContain('请安装 Debian 软件包 libreoffice-writer');
  });

  it('reads the same .doc named .wps (a Kingsoft WPS file is the same container)', async () => {
    const converted = await convertIfOffice(doc, '报告.wps', converter);
    expect(converted?.from).toBe('wps');
    const viaDoc = await convertIfOffice(doc, '报告.doc', converter);
    const [a, b] = await Promise.all([parseReport(converted?.docx as Uint8Array), parseReport(viaDoc?.docx as Uint8Array)]);
    expect(a.values).toEqual(b.values);
  });

  it('is stopped at the time limit with CONVERT_TIMEOUT and leaves no folder behind', async () => {
    const tmpDir = fs.mkdtempSync(path.join(tmpdir(), 'gongkai-convert-timeout-'));
    try {
      // 200 ms: LibreOffice never starts that fast (a warm machine converted this .doc in 1.04 s, past a 1 s limit).
      const hurried = new LibreOfficeConverter({ timeoutMs: 200, tmpDir });
      await expect(hurried.toDocx(doc, 'doc')).rejects.toMatchObject({ code: 'CONVERT_TIMEOUT' });
      expect(fs.readdirSync(tmpDir)).toEqual([]);
      // No LibreOffice process of that call is left (soffice.bin runs with the call's profile on its command line).
      expect(processesMentioning(tmpDir)).toEqual([]);
    } finally {
      fs.rmSync(tmpDir, { recursive: true, force: true });
    }
  });
});

/** Live processes whose command line names `text` (zombies waiting for a container's init to reap them excluded). */
function processesMentioning(text: string): string[] {
  return fs.readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      const state = /^\d+ \(.*\) (\w)/.exec(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];

      return state !== 'Z' && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
    } catch {
      return false;
    }
  });
}

/** The same .doc with the FIB's fEncrypted bit set (the WordDocument stream found through the container). */
function markEncrypted(doc: Uint8Array): Uint8Array {
  const copy = new Uint8Array(doc);
  // The WordDocument stream of a LibreOffice .doc starts at a sector boundary with the FIB's wIdent 0xA5EC.
  for (let at = 512; at + 12 < copy.length; at += 512) {
    if (copy[at] === 0xec && copy[at + 1] === 0xa5) {
      copy[at + 11] = (copy[at + 11] as number) | 0x01;

      return copy;
    }
  }
  throw new Error('no FIB found');
}
