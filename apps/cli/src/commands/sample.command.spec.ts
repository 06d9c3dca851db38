import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { getRule, type RuleId } from '@gongkai/domain';
import { resolveRegions, writeSampleCorpus } from '@gongkai/sample-corpus';

import { memoryIo } from '../io';
import { run } from '../main';
import { writeCorpusInSteps } from '../utils/write-corpus-in-steps';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-sample-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gongkai(...args: string[]) {
  const io = memoryIo(dir);
  const code = await run(args, io);

  return { code, out: io.out(), err: io.err() };
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

type Manifest = { seed: unknown; years: number[]; reports: { regionCode: string; year: number; files: Record<string, string>; failingRules: RuleId[] }[] };

describe('gongkai sample', () => {
  it('writes every county of the prefecture for every year and format, with a manifest', async () => {
    const result = await gongkai('sample', '--prefecture', '540400', '--years', '2020-2021', '--formats', 'txt,html', '--out', 'out-a', '--seed', '3');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'out-a', 'manifest.json'), 'utf8')) as Manifest;
    const counties = resolveRegions({ prefecture: '540400' }).map((r) => r.code);
    expect(new Set(manifest.reports.map((r) => r.regionCode))).toEqual(new Set(counties));
    expect(manifest.reports).toHaveLength(counties.length * 2);
    expect(manifest.seed).toBe(3);
    const files = listFiles(join(dir, 'out-a'));
    for (const report of manifest.reports) {
      expect(files).toContain(report.files['txt']);
      expect(files).toContain(report.files['html']);
    }
    expect(files.filter((f) => f.endsWith('.docx'))).toEqual([]);
    expect(result.out).toContain(`已生成 ${counties.length} 个县级区划的 ${counties.length * 2} 份报告`);
    expect(result.out).toContain('样例数据');
  });

  it('writes the same bytes as one writeSampleCorpus call, region by region', () => {
    const regions = resolveRegions({ prefecture: '540400' }).slice(0, 3);
    const options = { regions, years: [2020, 2021], formats: ['txt', 'docx'] as const, seed: 'same', errorRate: 0.5 };
    const single = writeSampleCorpus({ ...options, outDir: join(dir, 'single') });
    const ticks: string[] = [];
    const steps = writeCorpusInSteps({ ...options, outDir: join(dir, 'steps') }, (done, total, region) => ticks.push(`${done}/${total} ${region.code}`));
    expect(ticks).toEqual(regions.map((r, i) => `${i + 1}/3 ${r.code}`));
    const files = listFiles(join(dir, 'single'));
    expect(listFiles(join(dir, 'steps'))).toEqual(files);
    for (const file of files) expect(readFileSync(join(dir, 'steps', file)).equals(readFileSync(join(dir, 'single', file)))).toBe(true);
    const { elapsedMs: _a, manifest: _b, ...singleTotals } = single;
    const { elapsedMs: _c, manifest: _d, ...stepTotals } = steps;
    expect(stepTotals).toEqual(singleTotals);
  });

  it('writes documents that gongkai check reads, failing exactly where the generator put an error', async () => {
    const out = join(dir, 'out-check');
    await gongkai('sample', '--prefecture', '540400', '--years', '2020-2021', '--formats', 'txt', '--out', out, '--seed', '11', '--error-rate', '0.5');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.reports.some((r) => r.failingRules.length > 0)).toBe(true);
    expect(manifest.reports.some((r) => r.failingRules.length === 0)).toBe(true);
    for (const report of manifest.reports) {
      const result = await gongkai('check', join(out, report.files['txt'] ?? ''));
      const errors = report.failingRules.filter((rule) => getRule(rule).severity === 'ERROR');
      expect([report.files['txt'], result.code]).toEqual([report.files['txt'], errors.length > 0 ? 1 : 0]);
    }
  });

  it('refuses contradictory or impossible selections with a usage error', async () => {
    expect((await gongkai('sample', '--all', '--prefecture', '540400', '--out', 'x')).code).toBe(64);
    expect((await gongkai('sample', '--years', '2010-2020', '--out', 'x')).code).toBe(64);
    expect((await gongkai('sample', '--formats', 'pdf', '--out', 'x')).code).toBe(64);
    expect((await gongkai('sample', '--prefecture', '540400')).code).toBe(64);
    const unknown = await gongkai('sample', '--prefecture', '999900', '--out', 'x', '--lang', 'en');
    expect(unknown.code).toBe(64);
    expect(unknown.err).toContain('Unknown region');
  });
});
