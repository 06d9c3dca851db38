import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { unzipSync } from 'fflate';

import { linzhiCounties } from './regions';
import { parseFormatSpec, parseYearSpec, writeSampleCorpus } from './write-corpus';

describe('writeSampleCorpus', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'sample-corpus-'));
    dirs.push(d);
    return d;
  };

  it('writes <region>/<year>.<ext>, the expected JSON beside each, and a manifest', () => {
    const outDir = tmp();
    const regions = linzhiCounties().slice(0, 3);
    const result = writeSampleCorpus({ regions, years: [2020, 2021], formats: ['txt', 'html', 'docx'], outDir, seed: 1 });
    expect(result).toMatchObject({ regions: 3, reports: 6, byFormat: { txt: 6, html: 6, docx: 6 }, files: 6 * 4 + 1 });
    expect(readdirSync(join(outDir, '540421')).sort()).toEqual(
      ['2020.docx', '2020.expected.json', '2020.html', '2020.txt', '2021.docx', '2021.expected.json', '2021.html', '2021.txt'].sort(),
    );
    const manifest = JSON.parse(readFileSync(result.manifest, 'utf8')) as { reports: { id: string; files: Record<string, string> }[] };
    expect(manifest.reports.map((r) => r.id)).toContain('540421-2021');
    const expected = JSON.parse(readFileSync(join(outDir, '540421/2021.expected.json'), 'utf8')) as { template: string; year: number; t3: Record<string, unknown[]> };
    expect(expected).toMatchObject({ template: 'gb2021', year: 2021 });
    expect(expected.t3.new_received).toHaveLength(7);
    expect(Object.keys(unzipSync(readFileSync(join(outDir, '540421/2021.docx'))))).toContain('word/document.xml');
    expect(readFileSync(join(outDir, '540421/2020.txt'), 'utf8')).toContain('本文件为 Gongkai 生成的样例数据');
  });

  it('is reproducible: the same seed writes the same bytes', () => {
    const a = tmp();
    const b = tmp();
    const opts = { regions: linzhiCounties().slice(0, 2), years: [2019, 2024], formats: ['txt', 'docx'] as const, seed: 'x' };
    writeSampleCorpus({ ...opts, outDir: a });
    writeSampleCorpus({ ...opts, outDir: b });
    for (const rel of ['540402/2019.txt', '540402/2024.docx', '540421/2024.expected.json', 'manifest.json']) {
      expect(readFileSync(join(a, rel)).equals(readFileSync(join(b, rel)))).toBe(true);
    }
  });

  it('leaves gaps when asked (coverage view), writing only the years it generated', () => {
    const outDir = tmp();
    const result = writeSampleCorpus({ regions: linzhiCounties(), years: [2019, 2020, 2021, 2022, 2023, 2024, 2025], formats: ['txt'], outDir, seed: 2, missingRate: 0.25 });
    expect(result.reports).toBeLessThan(49);
    expect(result.reports).toBeGreaterThan(25);
    expect(result.byFormat.txt).toBe(result.reports);
  });
});

describe('CLI option parsing', () => {
  it('reads year ranges and lists', () => {
    expect(parseYearSpec('2019-2025')).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(parseYearSpec('2022, 2020')).toEqual([2020, 2022]);
    expect(() => parseYearSpec('2018-2020')).toThrow(/from 2019/);
    expect(() => parseYearSpec('20x9')).toThrow(/not a year/);
  });

  it('reads formats', () => {
    expect(parseFormatSpec('txt,HTML,docx,txt')).toEqual(['txt', 'html', 'docx']);
    expect(() => parseFormatSpec('pdf')).toThrow(/unknown format 'pdf'/);
  });
});
