import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';

import { briefingInputFixture } from '../testing/briefing-input.fixture';
import { assembleBriefingPack } from './assemble-briefing-pack';
import { buildBriefingPdf } from './render-pdf';
import { buildBriefingPptx, buildChartPptx } from './render-pptx';

const FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

function chartParts(pptx: Uint8Array): string[] {
  const files = unzipSync(pptx);

  return Object.keys(files)
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .sort()
    .map((name) => strFromU8(files[name]));
}

describe('briefing pack renderers', () => {
  const pack = assembleBriefingPack(briefingInputFixture());
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-spec-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a pptx whose native charts hold the ranking and trend numbers, with gaps left empty', async () => {
    const bytes = await buildBriefingPptx(pack);
    const charts = chartParts(bytes);
    expect(charts).toHaveLength(2);
    const [ranking, trend] = charts;
    expect(ranking).toContain('<c:barChart>');
    expect(ranking).toContain('<c:v>812</c:v>');
    expect(ranking).toContain('<c:v>575</c:v>');
    expect(trend).toContain('<c:lineChart>');
    expect(trend).toContain('<c:v>598</c:v>');
    // 墨脱县 has no 2023 value: an empty point shown as a gap, never a 0.
    expect(trend).toContain('<c:dispBlanksAs val="gap"/>');
    expect(trend).toMatch(/<c:pt idx="1"><c:v><\/c:v><\/c:pt>/);
    const slides = Object.keys(unzipSync(bytes)).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(6);
    const text = Object.entries(unzipSync(bytes))
      .filter(([name]) => name.startsWith('ppt/slides/slide'))
      .map(([, data]) => strFromU8(data))
      .join('');
    expect(text).toContain('林芝市 2024 年度政府信息公开工作简报');
    expect(text).toContain('1,387 件');
    expect(text).toContain('示例数据');
    expect(text).toContain('第 6 页 / 共 6 页');
    expect(text).toContain('未含：朗县');
  });

  it('writes a one-slide pptx for a chart card with its title, unit and source', async () => {
    const bytes = await buildChartPptx(pack.trends[0]);
    const files = unzipSync(bytes);
    const slide = strFromU8(files['ppt/slides/slide1.xml']);
    expect(slide).toContain('趋势：');
    expect(slide).toContain('数据来源');
    expect(chartParts(bytes)[0]).toContain('<a:t>件</a:t>');
  });

  const withFont = existsSync(FONT_PATH) ? it : it.skip;

  withFont(
    'writes a vector PDF whose Chinese text pdftotext reads, on 16:9 pages with page numbers',
    async () => {
      const pdf = await buildBriefingPdf(
        pack,
        { bytes: readFileSync(FONT_PATH), postscriptName: 'NotoSansCJKsc-Regular' },
        new Date('2026-12-07T00:00:00Z'),
      );
      const file = join(dir, 'pack.pdf');
      writeFileSync(file, pdf);
      // pdftotext may drop the narrow spaces between CJK and digits: compare without whitespace.
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        '',
      );
      expect(text).toContain('林芝市2024年度政府信息公开工作简报');
      expect(text).toContain('1,387件');
      expect(text).toContain('同口径：2个区县合计');
      expect(text).toContain('+187件（+15.6%）');
      expect(text).toContain('第6页/共6页');
      expect(text).toContain('示例数据');
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+6/);
      expect(info).toMatch(/Page size:\s+960 x 540 pts/);
      // Embedded as a subset (ABCDEF+Name), not drawn as pictures.
      expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(
        /[A-Z]{6}\+NotoSansCJKsc-Regular\s+CID Type 0C\s+Identity-H\s+yes yes yes/,
      );
      expect(
        execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
          .split('\n')
          .filter((l) => /^\s*\d/.test(l)),
      ).toHaveLength(0);
    },
  );
});
