import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import * as iconv from 'iconv-lite';

import { manySamples } from '../../test/helpers';
import { generateReportSeries } from './generate';
import { SAMPLE_MARKER } from './layout';
import { type SampleReport } from './model';
import { linzhiCounties } from './regions';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderTxt } from './render-txt';

const samples = manySamples(350, 'render');
const find = (pred: (s: SampleReport) => boolean): SampleReport => {
  const hit = samples.find(pred);
  if (!hit) throw new Error('no sample matches the test’s precondition');
  return hit;
};
const gb2019 = find(
  (s) => s.template === 'gb2019' && !s.style.traditional && !s.style.spacedLabels && !s.style.wrappedLabels && s.collapsedRows.length === 0,
);
const gb2021 = find((s) => s.template === 'gb2021' && !s.style.traditional && s.style.htmlEncoding === 'utf-8');

/** Line shapes of the Word→text layout: T = TAB + text, E = TAB only, B = blank, C = continuation. */
function shape(lines: readonly string[]): string {
  return lines.map((l) => (l === '' ? 'B' : l === '\t' ? 'E' : l.startsWith('\t') ? 'T' : 'C')).join('');
}

function tableLines(txt: string, startLabel: string, endBefore: RegExp): string[] {
  const lines = txt.split('\n');
  const start = lines.findIndex((l) => l.includes(startLabel));
  const end = lines.findIndex((l, i) => i > start && endBefore.test(l));

  return lines.slice(start, end);
}

describe('renderTxt (Word → text, the seed layout)', () => {
  const txt = renderTxt(gb2019);

  it('prints cells as TAB-prefixed lines with a blank line after each row', () => {
    const t2 = tableLines(txt, '第二十条第（一）项', /^\s*三、/);
    expect(t2[0]).toBe('\t第二十条第（一）项');
    expect(t2[1]).toBe('');
    expect(t2[2]).toBe('\t信息内容');
    expect(t2.filter((l) => l !== '').every((l) => l.startsWith('\t') || /^(制作数量|公开数量)$/.test(l))).toBe(true);
  });

  it('has the seed’s merged-cell placeholders in Tables 3 and 4', () => {
    const t3 = tableLines(txt, '（本列数据的勾稽关系为', /^\s*四、/);
    // Header rows: note + 申请人情况 | placeholder, 自然人, 法人或其他组织, 总计 | 2 placeholders, 5 labels, 1 placeholder.
    const header = shape(t3.slice(0, t3.indexOf('', 3 + t3.indexOf('') + 1) + 1));
    expect(header.startsWith('TTBETTTB')).toBe(true);
    const third = t3.slice(t3.indexOf('\t法人或其他组织') + 3);
    expect(shape(third.slice(0, 9))).toBe('EETTTTTEB');
    // Sub-items under （三） start with two placeholders.
    const secret = t3.findIndex((l) => l.includes('2.其他法律行政法规禁止公开'));
    expect(t3.slice(secret - 2, secret)).toEqual(['\t', '\t']);
    const t4 = tableLines(txt, '\t行政复议', /^\s*五、/);
    const thirdHeader = t4.indexOf('\t未经复议直接起诉') + 3;
    expect(t4.slice(thirdHeader, thirdHeader + 5)).toEqual(['\t', '\t', '\t', '\t', '\t']);
  });

  it('reproduces the real seed document line for line (labels exact, values anywhere)', () => {
    const seedPath = join(__dirname, '../../../../../shared/corpus/real/gongbujiangda-2020/report.txt');
    if (!existsSync(seedPath)) {
      if (process.env.CI === 'true') throw new Error(`corpus missing at ${seedPath}`);
      console.warn(`corpus absent (${seedPath}): seed comparison skipped`);
      return;
    }
    const seed = readFileSync(seedPath, 'utf8');
    const plain = find(
      (s) =>
        s.template === 'gb2019' &&
        s.style.wrapNewMade &&
        !s.style.spacedLabels &&
        !s.style.wrappedLabels &&
        !s.style.traditional &&
        s.collapsedRows.length === 0 &&
        !s.deviations.some((d) => d.startsWith('D01') || d === 'D02_NA_SLASH'),
    );
    const value = /^\t([-+]?\d+(\.\d+)?(万元|元)?)?$/;
    const norm = (lines: string[]) => lines.map((l) => (value.test(l) && l !== '\t' ? '\t<v>' : l));
    const mine = renderTxt(plain);
    for (const [start, end] of [
      ['第二十条第（一）项', /^\s*三、/],
      ['（本列数据的勾稽关系为', /^\s*四、/],
      ['\t行政复议', /^\s*五、/],
    ] as const) {
      expect(norm(tableLines(mine, start, end))).toEqual(norm(tableLines(seed, start, end)));
    }
  });

  it('splits the title over two lines when the style says so, and carries the Word bookmark artefact', () => {
    const split = find((s) => s.style.titleSplit && !s.style.traditional);
    const lines = renderTxt(split).split('\n');
    expect(lines[0]).not.toBe(split.title);
    expect(`${lines[0]}${lines[1]}`).toBe(split.title);
    const marked = find((s) => s.style.bookmark);
    expect(renderTxt(marked)).toContain('[bookmark: _GoBack]');
    expect(txt).toContain(SAMPLE_MARKER);
  });

  it('prints collapsed rows as one 0 and six empty cells', () => {
    const collapsed = find((s) => s.collapsedRows.length > 0 && !s.style.traditional);
    const lines = renderTxt(collapsed).split('\n');
    const row = collapsed.collapsedRows[0] as string;
    const label = { new_received: '一、本年新收', carried_in: '二、上年结转', carried_out: '四、结转下年度' }[row as 'carried_in'] ?? null;
    if (label) {
      const at = lines.findIndex((l) => l.startsWith(`\t${label}`));
      expect(lines.slice(at + 1, at + 9)).toEqual(['\t0', '\t', '\t', '\t', '\t', '\t', '\t', '']);
    } else {
      expect(lines.filter((l) => l === '\t0').length).toBeGreaterThan(0);
    }
  });
});

describe('renderHtml (government CMS page)', () => {
  const decode = (s: SampleReport) => {
    const bytes = renderHtml(s);
    return s.style.htmlEncoding === 'gbk' && !s.style.traditional ? iconv.decode(Buffer.from(bytes), 'gbk') : new TextDecoder().decode(bytes);
  };

  it('wraps the article in page chrome and states the title in <title> and meta', () => {
    const html = decode(gb2021);
    expect(html).toMatch(/<title>[^<]*政府信息公开工作年度报告_政府信息公开年报_/);
    expect(html).toContain('<meta name="PubDate" content="' + gb2021.publishedOn);
    expect(html).toContain('当前位置');
    expect((html.match(/<script/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect((html.match(/<table/g) ?? []).length).toBe(3);
  });

  it('has the Word-exported merges of Tables 2–4', () => {
    const h21 = decode(gb2021);
    expect(h21).toMatch(/<td valign="center" colspan="7">(<p><span>)?申请人情况/);
    expect(h21).toMatch(/colspan="5">(<p><span>)?法人或其他组织/);
    expect(h21).toMatch(/rowspan="22">(<p><span>)?三、本/);
    expect(h21).toMatch(/colspan="3" rowspan="3">(<p><span>)?（本列数据的勾稽关系为/);
    // GB2021 Table 2 value cells span three grid columns.
    expect((h21.match(/colspan="3"><p><span>(&nbsp;)?[\d.]+</g) ?? []).length).toBe(4);
    const h19 = decode(gb2019);
    expect(h19).toMatch(/rowspan="20">(<p><span>)?三、本/);
    expect(h19).toMatch(/rowspan="8">(<p><span>)?（三）不予公开/);
    expect(h19).toMatch(/colspan="10">(<p><span>)?行政诉讼/);
  });

  it('serves some sites in GBK with a matching meta charset, the rest in UTF-8', () => {
    const gbk = find((s) => s.style.htmlEncoding === 'gbk' && !s.style.traditional);
    const bytes = renderHtml(gbk);
    const text = iconv.decode(Buffer.from(bytes), 'gbk');
    expect(text).toContain('charset=gbk');
    expect(text).toContain(gbk.title.slice(0, 4));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder().decode(renderHtml(gb2021))).toContain('<meta charset="utf-8" />');
  });
});

describe('renderDocx (OOXML package)', () => {
  const files = unzipSync(renderDocx(gb2021));
  const doc = strFromU8(files['word/document.xml'] as Uint8Array);

  it('is a minimal Word package with the required parts', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml'].sort(),
    );
    expect(strFromU8(files['[Content_Types].xml'] as Uint8Array)).toContain('wordprocessingml.document.main+xml');
    expect(strFromU8(files['_rels/.rels'] as Uint8Array)).toContain('Target="word/document.xml"');
    expect(strFromU8(files['docProps/core.xml'] as Uint8Array)).toContain(`<dc:title>${gb2021.title}</dc:title>`);
  });

  it('has three tables with gridSpan and vMerge restart/continue', () => {
    expect((doc.match(/<w:tbl>/g) ?? []).length).toBe(3);
    expect(doc).toContain('<w:gridSpan w:val="7"/>');
    expect(doc).toContain('<w:gridSpan w:val="5"/>');
    expect(doc).toContain('<w:gridSpan w:val="3"/>');
    // 三、本年度办理结果 spans 22 rows: one restart and 21 continuations in its column, among others.
    expect((doc.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length).toBeGreaterThanOrEqual(7);
    expect((doc.match(/<w:vMerge\/>/g) ?? []).length).toBeGreaterThanOrEqual(21 + 7 + 2 + 4 + 2);
    expect((doc.match(/<w:gridCol /g) ?? []).length).toBe(4 + 10 + 15);
  });

  it('is well-formed XML in every part (balanced tags)', () => {
    for (const [name, data] of Object.entries(files)) {
      const xml = strFromU8(data);
      const stack: string[] = [];
      for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
        if (m[0].startsWith('<?')) continue;
        if (m[3] === '/') continue;
        if (m[1] === '/') {
          expect(`${name}:${stack.pop()}`).toBe(`${name}:${m[2]}`);
        } else {
          stack.push(m[2] as string);
        }
      }
      expect(stack).toEqual([]);
    }
  });
});

describe('determinism', () => {
  const gongbujiangda = linzhiCounties().find((r) => r.code === '540421') as SampleReport['region'];

  it('gives byte-identical documents for the same seed, different ones for another seed', () => {
    const a = generateReportSeries({ region: gongbujiangda, years: [2019, 2020, 2021, 2022, 2023], seed: 77 });
    const b = generateReportSeries({ region: gongbujiangda, years: [2019, 2020, 2021, 2022, 2023], seed: 77 });
    const c = generateReportSeries({ region: gongbujiangda, years: [2019, 2020, 2021, 2022, 2023], seed: 78 });
    const bytes = (s: SampleReport) => [new TextEncoder().encode(renderTxt(s)), renderHtml(s), renderDocx(s)].map((u) => Buffer.from(u).toString('base64'));
    expect(a.map(bytes)).toEqual(b.map(bytes));
    expect(JSON.stringify(a.map((s) => s.expected))).toEqual(JSON.stringify(b.map((s) => s.expected)));
    expect(a.map(bytes)).not.toEqual(c.map(bytes));
  });
});
