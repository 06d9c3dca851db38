import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { bin, corpusDir, readEmbeddedRows, repoRoot, runNode } from './support/cli-process';

/**
 * `gongkai ingest` as a user runs it: the built binary on the real corpus into a fresh embedded database,
 * twice (the second run changes nothing), then reading the stored values back from that database and
 * comparing them with the hand-checked expected.json. Needs the build (the nx test target builds first).
 */

// Each run starts PGlite (WASM) and loads the parser: seconds each, more on a busy machine.
jest.setTimeout(300_000);

type Expected = { title: string; t3: Record<string, (number | null | 'NA')[]>; t4: { values: (number | null)[] } };

const COLUMNS = ['np', 'com', 'res', 'pub', 'law', 'oth', 'tot'];
const T4_KEYS = ['review', 'suit_direct', 'suit_after_review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => `t4_${g}_${o}`));

// What the CLI stored, read back from its embedded database.
const STORED_ROWS_SQL = `SELECT r.title, v.metric_key AS key, v.value::text AS value, v.state FROM report r JOIN report_value v ON v.report_id = r.id WHERE r.status = 'current'`;

describe('gongkai ingest', () => {
  if (!existsSync(corpusDir)) {
    if (process.env.CI === 'true') throw new Error(`real corpus missing at ${corpusDir} (required when CI=true)`);
    it.skip(`needs the real corpus at ${corpusDir}`, () => undefined);

    return;
  }

  const documents = readdirSync(corpusDir)
    .sort()
    .flatMap((id) =>
      readdirSync(join(corpusDir, id))
        .filter((file) => /^report\.(txt|html|docx|pdf)$|^page\.html?$/.test(file))
        .map((file) => ({ path: join(corpusDir, id, file), expected: JSON.parse(readFileSync(join(corpusDir, id, 'expected.json'), 'utf8')) as Expected })),
    );
  let dataDir: string;

  beforeAll(() => {
    if (!existsSync(join(repoRoot, 'apps/cli/dist/main.js'))) throw new Error('apps/cli/dist/main.js is missing: run `npm run build`');
    dataDir = mkdtempSync(join(tmpdir(), 'gongkai-ingest-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stores every real report, changes nothing the second time, and reads back the expected values', async () => {
    const env = { DATA_DIR: dataDir, DEMO_DATA: 'false' };
    const first = await runNode([bin, 'ingest', ...documents.map((d) => d.path)], env);
    expect(first.stderr + first.stdout).toContain(`入库 ${documents.length}`);
    expect(first.code).toBe(0);

    const second = await runNode([bin, 'ingest', ...documents.map((d) => d.path)], env);
    expect(second.stderr + second.stdout).toContain(`重复 ${documents.length}`);
    expect(second.code).toBe(0);

    const rows = await readEmbeddedRows<{ title: string; key: string; value: string | null; state: string }>(STORED_ROWS_SQL, env);
    for (const { expected } of documents) {
      const stored = new Map(rows.filter((r) => r.title === expected.title).map((r) => [r.key, r]));
      expect(stored.size).toBeGreaterThan(190);
      for (const [row, cells] of Object.entries(expected.t3)) {
        cells.forEach((cell, i) => {
          const got = stored.get(`t3_${row}_${COLUMNS[i]}`);
          expect({ key: `t3_${row}_${COLUMNS[i]}`, value: got?.value ?? null }).toEqual({ key: `t3_${row}_${COLUMNS[i]}`, value: typeof cell === 'number' ? String(cell) : null });
        });
      }
      T4_KEYS.forEach((key, i) => expect({ key, value: stored.get(key)?.value ?? null }).toEqual({ key, value: String(expected.t4.values[i]) }));
    }
  });

  it('exits 1 and names the reason when a file is not a report', async () => {
    const bad = join(dataDir, 'not-a-report.txt');
    writeFileSync(bad, '这是一份会议通知，不是年度报告。\n');
    const result = await runNode([bin, 'ingest', bad], { DATA_DIR: dataDir, DEMO_DATA: 'false' });
    expect(result.code).toBe(1);
    expect(result.stderr + result.stdout).toContain('拒绝 1');
  });
});
