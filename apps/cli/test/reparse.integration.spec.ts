import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { bin, readEmbeddedRows, runNode } from './support/cli-process';

/**
 * `gongkai reparse` as a user runs it on an embedded database: two generated reports ingested, one then
 * made to look as an older parser stored it (older version, no narrative); the dry run changes nothing, the
 * run narrates that one and leaves the other as it is. Needs the build (the nx test target builds first).
 */

jest.setTimeout(300_000);

describe('gongkai reparse', () => {
  let dataDir: string;
  let samplesDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongkai-reparse-'));
    samplesDir = mkdtempSync(join(tmpdir(), 'gongkai-reparse-samples-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(samplesDir, { recursive: true, force: true });
  });

  it('selects, shows progress, dry-runs and re-parses through the store', async () => {
    const env = { DATA_DIR: dataDir, DEMO_DATA: 'false' };
    expect((await runNode([bin, 'sample', '--prefecture', '540400', '--years', '2022', '--formats', 'txt', '--out', samplesDir, '--seed', '5'], env)).code).toBe(0);
    const files = readdirSync(samplesDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, 2)
      .map((f) => join(samplesDir, f));
    expect((await runNode([bin, 'ingest', ...files], env)).code).toBe(0);
    const reports = await readEmbeddedRows<{ id: string; region_code: string }>(`SELECT "id", "region_code" FROM "report" ORDER BY "region_code"`, env);
    expect(reports).toHaveLength(2);
    const old = reports[0] as { id: string; region_code: string };
    await readEmbeddedRows(`UPDATE "report" SET "parser_version" = '0.0.1' WHERE "id" = '${old.id}' RETURNING "id"`, env);
    await readEmbeddedRows(`DELETE FROM "report_narrative" WHERE "report_id" = '${old.id}' RETURNING "report_id"`, env);

    const usage = await runNode([bin, 'reparse'], env);
    expect(usage.code).toBe(64);

    const dry = await runNode([bin, 'reparse', '--parser-older-than', '0.1.0', '--dry-run'], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`[1/1] 已重新解析 ${old.region_code} 2022`);
    expect(dry.stdout).toContain('共选中 1 份：将重新解析 1，无变化 0，未替换 0，失败 0');
    expect(await readEmbeddedRows(`SELECT count(*)::int AS n FROM "report_narrative"`, env)).toEqual([{ n: 1 }]);

    const run = await runNode([bin, 'reparse', '--all', '--year', '2022'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('共选中 2 份：重新解析 1，无变化 1，未替换 0，失败 0');
    expect(await readEmbeddedRows(`SELECT "report_id" FROM "report_narrative" ORDER BY 1`, env)).toEqual(expect.arrayContaining([{ report_id: old.id }]));
    expect(await readEmbeddedRows(`SELECT count(*)::int AS n FROM "report" WHERE "parser_version" = '0.0.1'`, env)).toEqual([{ n: 0 }]);
  });
});
