import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readRealCorpus } from './corpus-files';

describe('readRealCorpus', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
    mkdirSync(join(dir, 'b-2021'));
    mkdirSync(join(dir, 'a-2020'));
    for (const file of ['page.html', 'page.txt', 'expected.json', 'SOURCE.md']) writeFileSync(join(dir, 'b-2021', file), 'x');
    for (const file of ['report.txt', 'report.pdf']) writeFileSync(join(dir, 'a-2020', file), 'x');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the report documents in a stable order, skipping metadata and text dumps of pages', () => {
    expect(readRealCorpus(dir).map((d) => [d.name, d.format])).toEqual([
      ['a-2020/report.pdf', 'pdf'],
      ['a-2020/report.txt', 'txt'],
      ['b-2021/page.html', 'html'],
    ]);
  });

  it('returns nothing when the corpus is absent', () => {
    expect(readRealCorpus(join(dir, 'missing'))).toEqual([]);
  });
});
