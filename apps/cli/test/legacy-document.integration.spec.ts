import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type ParsedReport } from '@gongkai/report-parser';
import { type Expected, readAsExpected } from '@gongkai/report-parser/src/testing/expected-json';
import { htmlPages, missingTool, removeProducerProfile, saveAsOfficeWithLibreOffice } from '@gongkai/report-parser/src/testing/real-producers';

import { bin, corpusDir, readEmbeddedRows, repoRoot, runNode } from './support/cli-process';

/**
 * Legacy Word through the built `gongkai` binary: every real report page saved by LibreOffice as .doc, a folder of
 * them ingested (the folder walk picks .doc up, LibreOffice converts, the workers parse), the stored values read
 * back and compared with expected.json; `gongkai parse` of a .doc; and both without LibreOffice, where the answer
 * names the package. Needs the build (the nx test target builds first), soffice and the real corpus.
 */

jest.setTimeout(300_000);

// What the CLI stored, read back from its embedded database.
const STORED_ROWS_SQL = `SELECT r.title, d.format, d.file_name, v.metric_key AS key, v.value::text AS value, v.state::text AS state, v.raw, v.flags FROM report r JOIN source_document d ON d.id = r.source_document_id JOIN report_value v ON v.report_id = r.id WHERE r.status = 'current'`;

const pages = htmlPages(corpusDir);
const missing = pages.length === 0 ? `the real corpus is absent at ${corpusDir}` : missingTool('libreoffice.docx');
if (missing && process.env['CI'] === 'true') throw new Error(`legacy document CLI tests cannot run: ${missing}`);

(missing ? describe.skip : describe)('gongkai with legacy Word (.doc)', () => {
  let work: string;
  const docs: { id: string; file: string; expected: Expected }[] = [];

  beforeAll(async () => {
    if (!existsSync(join(repoRoot, 'apps/cli/dist/main.js'))) throw new Error('apps/cli/dist/main.js is missing: run `npm run build`');
    work = mkdtempSync(join(tmpdir(), 'gongkai-legacy-cli-'));
    mkdirSync(join(work, 'reports'));
    for (const page of pages) {
      const file = join(work, 'reports', `${page.id}.doc`);
      writeFileSync(file, await saveAsOfficeWithLibreOffice(new Uint8Array(readFileSync(page.path)), 'libreoffice.doc'));
      docs.push({ id: page.id, file, expected: JSON.parse(readFileSync(join(corpusDir, page.id, 'expected.json'), 'utf8')) as Expected });
    }
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    removeProducerProfile();
  });

  it('ingests a folder of .doc files and stores the values of expected.json under the original documents', async () => {
    const env = { DATA_DIR: join(work, 'db'), DEMO_DATA: 'false' };
    const result = await runNode([bin, 'ingest', join(work, 'reports')], env);
    expect(result.stderr + result.stdout).toContain(`入库 ${docs.length}`);
    expect(result.code).toBe(0);

    const rows = await readEmbeddedRows<{ title: string; format: string; file_name: string; key: string; value: string | null; state: string; raw: string; flags: string[] }>(STORED_ROWS_SQL, env);
    for (const { id, expected } of docs) {
      const stored = rows.filter((r) => r.title === expected.title);
      // The label is the path relative to the working directory.
      expect([...new Set(stored.map((r) => `${r.format} ${r.file_name.split('/').pop()}`))]).toEqual([`doc ${id}.doc`]);
      const values = Object.fromEntries(stored.map((r) => [r.key, r]));
      const { got, want } = readAsExpected({ values } as unknown as ParsedReport, expected);
      expect({ id, values: got }).toEqual({ id, values: want });
    }
  });

  it('parses a .doc to JSON', async () => {
    const { file, expected } = docs[0] as (typeof docs)[number];
    const result = await runNode([bin, 'parse', file], {});
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ year: expected.year });
  });

  it('names the package to install when LibreOffice is missing: parse exits 2, ingest rejects the file', async () => {
    const { file } = docs[0] as (typeof docs)[number];
    const env = { LIBREOFFICE_PATH: '/nonexistent/soffice', DATA_DIR: join(work, 'db-missing'), DEMO_DATA: 'false' };
    const parsed = await runNode([bin, 'parse', file], env);
    expect(parsed.code).toBe(2);
    expect(parsed.stderr).toContain('LIBREOFFICE_MISSING');
    expect(parsed.stderr).toContain('请安装 Debian 软件包 libreoffice-writer');
    const ingested = await runNode([bin, 'ingest', file], env);
    expect(ingested.code).toBe(1);
    expect(ingested.stdout).toContain('LIBREOFFICE_MISSING');
    expect(ingested.stdout).toContain('libreoffice-writer');
  });
});
