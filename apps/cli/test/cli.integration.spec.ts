import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { getRule, type RuleId } from '@gongkai/domain';

/**
 * Runs the built `gongkai` binary as a child process, as a user would: on the real corpus and on files
 * that are not reports. Needs `npm run build` (the nx test target builds first).
 */
const repoRoot = resolve(__dirname, '../../..');
const bin = join(repoRoot, 'apps/cli/bin/gongkai.js');
const corpusDir = resolve(repoRoot, '../shared/corpus/real');
const corpusPresent = existsSync(corpusDir);

// Every test starts node, loads the parser (and pdf.js for PDFs): seconds each on a busy machine.
jest.setTimeout(90_000);

type Result = { code: number; stdout: string; stderr: string };

function gongkai(...args: string[]): Promise<Result> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: repoRoot, timeout: 60_000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      done({ code, stdout, stderr });
    });
  });
}

type Expected = { year: number; template: string; failing_rules: RuleId[] };

/** The published documents of each corpus report (report.* and page.html; page.txt is a text dump). */
function corpusDocuments(): { id: string; path: string; expected: Expected }[] {
  return readdirSync(corpusDir)
    .sort()
    .flatMap((id) => {
      const expected = JSON.parse(readFileSync(join(corpusDir, id, 'expected.json'), 'utf8')) as Expected;

      return readdirSync(join(corpusDir, id))
        .filter((file) => /^report\.(txt|html|docx|pdf)$|^page\.html?$/.test(file))
        .map((file) => ({ id: `${id}/${file}`, path: join(corpusDir, id, file), expected }));
    });
}

beforeAll(() => {
  if (!existsSync(join(repoRoot, 'apps/cli/dist/main.js'))) {
    throw new Error('apps/cli/dist/main.js is missing: run `npm run build` (or `npx nx run cli:test`, which builds first)');
  }
});

describe('the gongkai binary', () => {
  it('prints its help and exits 0', async () => {
    const result = await gongkai('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: gongkai');
  });

  describe('on files that are not readable reports', () => {
    let dir: string;

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'gongkai-bin-'));
      writeFileSync(join(dir, 'empty.txt'), '');
      // A PNG signature followed by bytes that are not text in any encoding.
      writeFileSync(join(dir, 'image.bin'), Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256))]));
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('exits 2 on an empty file and names the typed error', async () => {
      const result = await gongkai('check', join(dir, 'empty.txt'));
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('无法读取报告：文件是空的。（代码 EMPTY_INPUT）\n');
    });

    it('exits 2 on a binary file, in English with --lang en', async () => {
      const result = await gongkai('parse', join(dir, 'image.bin'), '--lang', 'en');
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^Cannot read the report: .+ \(code (BINARY_INPUT|UNSUPPORTED_FORMAT|CORRUPT_FILE)\)\n$/);
    });
  });

  describe('on the real corpus (../shared/corpus/real)', () => {
    if (!corpusPresent) {
      if (process.env['CI'] === 'true') {
        it('needs the real corpus under CI', () => {
          throw new Error(`the real corpus is missing at ${corpusDir}`);
        });
      } else {
        it.skip(`skipped: the real corpus is absent (${corpusDir})`, () => undefined);
      }

      return;
    }
    const documents = corpusDocuments();

    it('finds the corpus documents', () => {
      expect(documents.length).toBeGreaterThan(0);
    });

    it.each(documents.map((d) => [d.id, d] as const))('%s: parse prints its year and template as JSON', async (_id, doc) => {
      const result = await gongkai('parse', doc.path);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout) as { year: unknown; template: unknown; values: Record<string, { state: string }> };
      expect({ year: json.year, template: json.template }).toEqual({ year: doc.expected.year, template: doc.expected.template });
      expect(Object.keys(json.values).length).toBeGreaterThan(150);
    });

    it.each(documents.map((d) => [d.id, d] as const))('%s: check exits 1 exactly when the document breaks an ERROR rule', async (_id, doc) => {
      const result = await gongkai('check', doc.path, '--lang', 'en');
      const errors = doc.expected.failing_rules.filter((rule) => getRule(rule).severity === 'ERROR');
      expect(result.code).toBe(errors.length > 0 ? 1 : 0);
      for (const rule of errors) expect(result.stdout).toMatch(new RegExp(`^${rule}\\s+error\\s+strict\\s`, 'm'));
      expect(result.stdout).toMatch(new RegExp(`^Year: ${doc.expected.year}$`, 'm'));
    });
  });
});
