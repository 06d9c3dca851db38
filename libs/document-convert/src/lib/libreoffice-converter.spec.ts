import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { LIBREOFFICE_PACKAGE } from './convert-error';
import { LibreOfficeConverter } from './libreoffice-converter';

/**
 * The converter's process handling and error mapping with stand-in `soffice` scripts: no LibreOffice needed.
 * Each script finds --outdir and the input among its arguments as LibreOffice would.
 */
const PREAMBLE = `#!/bin/sh
if [ "$1" = "--version" ]; then echo "LibreOffice 9.9.9.9 00(Build:1)"; exit 0; fi
out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; input="$a"; done
`;

let bin: string;
let work: string;
const SYSTEM_PATH = '/usr/bin:/bin';

function fakeSoffice(body: string): string {
  writeFileSync(join(bin, 'soffice'), PREAMBLE + body);
  chmodSync(join(bin, 'soffice'), 0o755);

  return `${bin}:${SYSTEM_PATH}`;
}

beforeEach(() => {
  bin = mkdtempSync(join(tmpdir(), 'gongkai-fake-soffice-'));
  work = mkdtempSync(join(tmpdir(), 'gongkai-convert-test-'));
});

afterEach(() => {
  rmSync(bin, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** Alive and not a zombie (a killed orphan may wait for a container's init to reap it). */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]);

describe('LibreOfficeConverter', () => {
  it('answers LIBREOFFICE_MISSING naming the Debian package when soffice is not on PATH', async () => {
    // Not even /usr/bin: that is where Debian's soffice lives.
    const converter = new LibreOfficeConverter({ path: join(bin, 'empty'), tmpDir: work });
    const error = await converter.toDocx(doc, 'doc').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'LIBREOFFICE_MISSING' });
    expect((error as { messageZh: string }).messageZh).toContain(`未安装 LibreOffice：请安装 Debian 软件包 ${LIBREOFFICE_PACKAGE}`);
    expect((error as { messageEn: string }).messageEn).toContain('libreoffice-writer');
  });

  it('answers LIBREOFFICE_MISSING for a configured soffice path that does not exist', async () => {
    const converter = new LibreOfficeConverter({ soffice: join(bin, 'no-such-soffice'), tmpDir: work });
    await expect(converter.toDocx(doc, 'doc')).rejects.toMatchObject({ code: 'LIBREOFFICE_MISSING' });
  });

  it('returns the .docx soffice wrote, with the converter and its version, the input under a fixed name and the folder removed', async () => {
    const path = fakeSoffice(`mkdir -p "$out"; case "$input" in */document.rtf) printf 'PK-docx' > "$out/document.docx";; esac; pwd > "${bin}/cwd"; printf '%s\\n' "$@" > "${bin}/args"`);
    const converter = new LibreOfficeConverter({ path, tmpDir: work });
    const converted = await converter.toDocx(new TextEncoder().encode('{\\rtf1 x}'), 'rtf');
    expect(new TextDecoder().decode(converted.docx)).toBe('PK-docx');
    expect(converted).toMatchObject({ from: 'rtf', by: 'LibreOffice 9.9.9.9' });
    const args = readFileSync(join(bin, 'args'), 'utf8').split('\n');
    expect(args).toEqual(expect.arrayContaining(['--headless', '--convert-to', 'docx:MS Word 2007 XML']));
    // A private profile inside the call's own folder.
    expect(args.find((a) => a.startsWith('-env:UserInstallation=file://'))).toMatch(/^-env:UserInstallation=file:\/\/.*gongkai-convert-[^/]+\/profile$/);
    expect(readdirSync(work)).toEqual([]);
  });

  it('runs soffice under the address-space limit', async () => {
    const path = fakeSoffice(`ulimit -v > "${bin}/limit"; mkdir -p "$out"; printf 'PK' > "$out/document.docx"`);
    await new LibreOfficeConverter({ path, tmpDir: work, memoryMb: 700 }).toDocx(doc, 'doc');
    expect(readFileSync(join(bin, 'limit'), 'utf8').trim()).toBe(String(700 * 1024));
  });

  it('answers CONVERT_FAILED when soffice fails or writes nothing, with its last words', async () => {
    const failing = new LibreOfficeConverter({ path: fakeSoffice('echo "Error: source file could not be loaded" >&2; exit 1'), tmpDir: work });
    const error = await failing.toDocx(doc, 'doc').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONVERT_FAILED' });
    expect((error as Error).message).toContain('source file could not be loaded');
    const silent = new LibreOfficeConverter({ path: fakeSoffice('exit 0'), tmpDir: work });
    await expect(silent.toDocx(doc, 'doc')).rejects.toMatchObject({ code: 'CONVERT_FAILED' });
    expect(readdirSync(work)).toEqual([]);
  });

  it('kills the whole process group at the time limit and answers CONVERT_TIMEOUT', async () => {
    // A child of soffice (as soffice.bin is of the soffice script) that would outlive a plain kill of the parent.
    const path = fakeSoffice(`sleep 30 & echo $! > "${bin}/child"; wait`);
    const started = Date.now();
    await expect(new LibreOfficeConverter({ path, tmpDir: work, timeoutMs: 700 }).toDocx(doc, 'doc')).rejects.toMatchObject({ code: 'CONVERT_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(5000);
    const child = Number(readFileSync(join(bin, 'child'), 'utf8'));
    await new Promise((r) => setTimeout(r, 100));
    expect(isRunning(child)).toBe(false);
    expect(readdirSync(work)).toEqual([]);
  });

  it('runs at most `concurrency` conversions at once; a call that waits past its time limit answers CONVERT_TIMEOUT', async () => {
    const path = fakeSoffice(`if [ -e "${bin}/busy" ]; then echo overlap >> "${bin}/overlaps"; fi; touch "${bin}/busy"; sleep 0.4; rm -f "${bin}/busy"; mkdir -p "$out"; printf 'PK' > "$out/document.docx"`);
    const converter = new LibreOfficeConverter({ path, tmpDir: work, concurrency: 1, timeoutMs: 10_000 });
    const results = await Promise.all([1, 2, 3].map(() => converter.toDocx(doc, 'doc')));
    expect(results).toHaveLength(3);
    expect(() => readFileSync(join(bin, 'overlaps'))).toThrow();

    const impatient = new LibreOfficeConverter({ path, tmpDir: work, concurrency: 1, maxWaitMs: 200 });
    const outcomes = await Promise.allSettled([impatient.toDocx(doc, 'doc'), impatient.toDocx(doc, 'doc')]);
    // One gets the slot; the other gives up waiting (which one is up to the order their PATH look-ups finish).
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'CONVERT_TIMEOUT' } });
  });
});
