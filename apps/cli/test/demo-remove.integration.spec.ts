import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { bin, corpusDir, readEmbeddedRows, repoRoot, runNode } from './support/cli-process';

/**
 * `gongkai demo remove` as a user runs it: generated samples and one real report ingested into a fresh embedded
 * database, then the demo set removed; the real report stays. Needs the build (the nx test target builds first).
 */

jest.setTimeout(300_000);

describe('gongkai demo remove', () => {
  let dataDir: string;
  let samplesDir: string;

  beforeAll(() => {
    if (!existsSync(join(repoRoot, 'apps/cli/dist/main.js'))) throw new Error('apps/cli/dist/main.js is missing: run `npm run build`');
    dataDir = mkdtempSync(join(tmpdir(), 'gongkai-demo-remove-'));
    samplesDir = mkdtempSync(join(tmpdir(), 'gongkai-demo-samples-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(samplesDir, { recursive: true, force: true });
  });

  it('removes every sample-data report and nothing else, and says how many', async () => {
    const env = { DATA_DIR: dataDir, DEMO_DATA: 'false' };
    const sample = await runNode([bin, 'sample', '--prefecture', '540400', '--years', '2020,2022', '--formats', 'txt', '--out', samplesDir, '--seed', '3', '--error-rate', '0'], env);
    expect(sample.code).toBe(0);
    const samples = readdirSync(samplesDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(samplesDir, f));
    expect(samples).toHaveLength(14);
    // 工布江达县 2020, real: stored first, then superseded by the generated report of the same county and year.
    const real = [join(corpusDir, 'gongbujiangda-2020', 'report.txt')].filter((f) => existsSync(f));
    if (process.env['CI'] === 'true') expect(real).toHaveLength(1);
    if (real.length) expect((await runNode([bin, 'ingest', ...real], env)).code).toBe(0);
    const ingest = await runNode([bin, 'ingest', ...samples], env);
    expect(ingest.code).toBe(0);
    const stored = await readEmbeddedRows<{ sample_data: boolean; status: string; n: number }>(
      `SELECT sample_data, status::text AS status, count(*)::int AS n FROM report GROUP BY 1, 2 ORDER BY 1, 2`,
      env,
    );
    expect(stored).toEqual([...(real.length ? [{ sample_data: false, status: 'superseded', n: 1 }] : []), { sample_data: true, status: 'current', n: 14 }]);

    const removed = await runNode([bin, 'demo', 'remove'], env);
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('已删除 14 份样例数据报告');
    const left = await readEmbeddedRows<{ sample_data: boolean; status: string }>(`SELECT sample_data, status::text AS status FROM report`, env);
    // The real report a sample had superseded is current again.
    expect(left).toEqual(real.map(() => ({ sample_data: false, status: 'current' })));
    // The samples' documents and issuers went with them.
    expect(await readEmbeddedRows(`SELECT count(*)::int AS n FROM source_document`, env)).toEqual([{ n: real.length }]);
    expect(await readEmbeddedRows(`SELECT count(*)::int AS n FROM issuer i WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.issuer_id = i.id)`, env)).toEqual([{ n: 0 }]);

    const again = await runNode([bin, 'demo', 'remove', '--lang', 'en'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Removed 0 sample-data reports');
  });
});
