import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { type DocTable, type DocumentModel } from '../model/document-model';
import { ReportParseError } from '../model/report-parse-error';
import { closePdfWorker, extractPdf, pdfDate } from './pdf';
import { buildPdf } from './pdf/fixtures/build-pdf';
import { readTextLayer } from './pdf/pdf-worker';

afterAll(closePdfWorker);

const CORPUS = path.resolve(__dirname, '../../../../..', '../shared/corpus/real');
const corpusPresent = existsSync(CORPUS);
if (!corpusPresent) {
  if (process.env['CI'] === 'true') throw new Error(`corpus missing at ${CORPUS} (required when CI=true)`);
  console.warn(`[pdf.spec] ${CORPUS} is absent: the real-PDF tests are skipped`);
}
const describeCorpus = corpusPresent ? describe : describe.skip;

type Expected = { t3: Record<string, (number | null | 'NA')[]>; t4: { values: number[] } };

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');
const isValue = (s: string): boolean => /^[-+]?\d[\d,]*(\.\d+)?$/u.test(s.trim());

function tables(model: DocumentModel): DocTable[] {
  return model.blocks.filter((b): b is DocTable => b.kind === 'table');
}

/** Label = the non-numeric cells at the start of a row; values = the trailing numeric cells (as the mapping reads them). */
function rows(table: DocTable): { label: string; values: string[] }[] {
  return table.grid.map((row, r) => {
    // A cell spanning columns appears once: its copies in the same row (a colspan, from a ruled table) are not values.
    const texts = row.filter((c) => !c.padding && !(c.covered && c.anchorRow === r)).map((c) => c.text);
    let end = texts.length;
    while (end > 0 && isValue(texts[end - 1] as string)) end -= 1;
    return { label: norm(texts.slice(0, end).join('')), values: texts.slice(end) };
  });
}

function rowWith(model: DocumentModel, stem: string): { table: number; values: string[] } {
  for (const t of tables(model)) {
    const hit = rows(t).find((r) => r.label.includes(norm(stem)) && r.values.length > 0);
    if (hit) return { table: t.index, values: hit.values };
  }
  throw new Error(`no row with label containing ${stem}`);
}

const T3_STEMS: [string, string][] = [
  ['new_received', '本年新收'],
  ['carried_in', '上年结转'],
  ['granted', '予以公开'],
  ['partial', '部分公开'],
  ['denied_state_secret', '属于国家秘密'],
  ['denied_process_info', '属于四类过程性信息'],
  ['unavail_not_held', '本机关不掌握'],
  ['unavail_needs_creation', '没有现成信息'],
  ['unavail_unclear', '补正后申请内容仍不明确'],
  ['rejected_petition', '信访举报投诉'],
  ['rejected_confirm_reissue', '已获取信息'],
  ['other_total', '其他处理'],
  ['result_total', '（七）总计'],
  ['carried_out', '结转下年度'],
];

describeCorpus.each(['hongze-2023', 'hongze-2024'])('extractPdf on the real report %s', (id) => {
  let model: DocumentModel;
  let expected: Expected;
  beforeAll(async () => {
    // The first call loads the PDF reader (WebAssembly; a second or so under Jest); the extraction itself takes milliseconds.
    model = await extractPdf(new Uint8Array(readFileSync(path.join(CORPUS, id, 'report.pdf'))));
    expected = JSON.parse(readFileSync(path.join(CORPUS, id, 'expected.json'), 'utf8')) as Expected;
  }, 60_000);

  it('reads the document info and page count', () => {
    expect(model.format).toBe('pdf');
    expect(model.meta.pageCount).toBe(5);
    expect(model.meta.createdOn).toMatch(/^20\d\d-\d\d-\d\d$/u);
  });

  it.each(T3_STEMS)('puts the Table 3 row %s (label containing %s) with its 7 printed values', (key, stem) => {
    const row = rowWith(model, norm(stem));
    expect(row.values.map(Number)).toEqual(expected.t3[key]);
  });

  it('keeps Table 3 as one table across the page break (pages 3–4)', () => {
    expect(rowWith(model, '本年新收').table).toBe(rowWith(model, '结转下年度').table);
    expect(rowWith(model, '结转下年度').table).toBe(rowWith(model, '补正后申请内容仍不明确').table);
  });

  it('gives Table 4 as one row of exactly its 15 printed values', () => {
    const fifteen = tables(model).flatMap((t) => rows(t)).filter((r) => r.values.length === 15 && r.label === '');
    expect(fifteen).toHaveLength(1);
    expect(fifteen[0]?.values.map(Number)).toEqual(expected.t4.values);
  });

  it('reads the Table 2 values beside their labels', () => {
    expect(rowWith(model, '行政许可').values).toHaveLength(1);
    expect(rowWith(model, '行政规范性文件').values).toHaveLength(3);
  });

  it('drops every page footer (-N-)', () => {
    const texts = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.grid.flatMap((r) => r.map((c) => c.text))));
    expect(texts.filter((t) => /^[-－]\s*\d+\s*[-－]$/u.test(t.trim()))).toEqual([]);
    expect(texts.some((t) => t.includes('总体情况'))).toBe(true);
  });

  it('moves the merged group label （三）不予公开 onto its first row', () => {
    expect(rowWith(model, '（三）不予公开').values).toEqual(rowWith(model, '属于国家秘密').values);
    const first = tables(model)
      .flatMap((t) => rows(t))
      .find((r) => r.label.includes(norm('不予公开1.属于国家秘密')));
    expect(first).toBeDefined();
  });
});

describe('extractPdf on inputs built by the test', () => {
  beforeAll(async () => {
    // Warm the PDF reader up once so that no single test pays for loading it.
    await extractPdf(buildPdf({ content: 'BT /F1 12 Tf 72 700 Td (warm) Tj ET', font: true }));
  }, 60_000);

  it('rejects a PDF whose only page draws no text with NO_TEXT_LAYER', async () => {
    const bytes = buildPdf({ content: '0 0 1 rg 10 10 100 100 re f' });
    await expect(extractPdf(bytes)).rejects.toMatchObject({ code: 'NO_TEXT_LAYER' });
  });

  it('reads a one-line text PDF into a paragraph', async () => {
    const bytes = buildPdf({ content: 'BT /F1 12 Tf 72 700 Td (Annual report 2023) Tj ET', font: true });
    const model = await extractPdf(bytes);
    expect(model.blocks).toEqual([{ kind: 'paragraph', text: 'Annual report 2023', page: 1 }]);
  });

  it('reads a landscape page (/Rotate 90, text drawn turned) as horizontal lines and cells', async () => {
    // Drawn at 90° counter-clockwise in PDF space, so it reads left to right once the page is turned.
    const row = (y: number, cells: [string, number][]): string =>
      cells.map(([t, x]) => `BT /F1 1 Tf 0 12 -12 0 ${y} ${x} Tm (${t}) Tj ET`).join('\n');
    const content = [row(500, [['Heading of the report body text that is long', 40]]), row(450, [['label', 40], ['21', 300], ['0', 360], ['21', 420]])].join('\n');
    const model = await extractPdf(buildPdf({ content, font: true, rotate: 90 }));
    const table = tables(model)[0];
    expect(table?.grid.map((r) => r.filter((c) => !c.padding).map((c) => c.text))).toEqual([['label', '21', '0', '21']]);
  });

  describe.each([
    // WPS, Word and LibreOffice stroke their rules; Chromium (Skia) fills hairline boxes, one per cell edge.
    ['stroked rules', (x1: number, y1: number, x2: number, y2: number) => `${x1} ${y1} m ${x2} ${y2} l S`],
    ['filled hairline boxes', (x1: number, y1: number, x2: number, y2: number) => (y1 === y2 ? `${x1} ${y1 - 0.4} ${x2 - x1} 0.8 re f` : `${x1 - 0.4} ${y1} 0.8 ${y2 - y1} re f`)],
  ])('a table drawn with %s', (_, rule) => {
    const xs = [50, 200, 260, 320, 380];
    const ys = [700, 680, 660, 640];
    const lines = [...ys.map((y) => rule(xs[0] as number, y, xs[xs.length - 1] as number, y)), ...xs.map((x) => rule(x, ys[ys.length - 1] as number, x, ys[0] as number))];
    const text = (t: string, x: number, y: number) => `BT /F1 10 Tf ${x} ${y} Td (${t}) Tj ET`;
    // Row 2 prints nothing in its second column and row 3 only in its third: blank cells print no text at all.
    const cells = [text('Item', 55, 686), text('A', 210, 686), text('B', 270, 686), text('C', 330, 686), text('rules', 55, 666), text('5', 210, 666), text('7', 330, 666), text('docs', 55, 646), text('3', 270, 646)];
    // Enough lines of numbers on the page (two with three or more) that the worker reads its rules.
    const numbers = ['11', '12', '13', '14'].flatMap((n, i) => [text(n, 55 + 40 * i, 500), text(n, 55 + 40 * i, 480)]);

    it('is read by its rules: the blank cells stay blank and every number stays in its column', async () => {
      const model = await extractPdf(buildPdf({ content: [...lines, ...cells, ...numbers].join('\n'), font: true }));
      const table = tables(model).find((t) => !t.flattened);
      expect(table?.grid.map((r) => r.map((c) => c.text))).toEqual([
        ['Item', 'A', 'B', 'C'],
        ['rules', '5', '', '7'],
        ['docs', '', '3', ''],
      ]);
    });

    it('reads a label turned 90° clockwise (top to bottom) as one cell text, in reading order', async () => {
      // The first column's label of row 2 is drawn turned, as tall merged cells are: glyphs run downwards.
      const turned = 'BT /F1 1 Tf 0 -8 8 0 60 678 Tm (rule) Tj ET';
      const upright = cells.filter((c) => !c.includes('(rules)'));
      const model = await extractPdf(buildPdf({ content: [...lines, ...upright, turned, ...numbers].join('\n'), font: true }));
      const table = tables(model).find((t) => !t.flattened);
      expect(table?.grid[1]?.map((c) => c.text)).toEqual(['rule', '5', '', '7']);
    });
  });

  it('rejects bytes that are not a PDF with CORRUPT_FILE', async () => {
    const bytes = new Uint8Array(Buffer.from('%PDF-1.7\nthis is not a pdf at all\n%%EOF', 'latin1'));
    const error: unknown = await extractPdf(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportParseError);
    expect((error as ReportParseError).code).toBe('CORRUPT_FILE');
  });

  it('rejects a password-protected PDF with ENCRYPTED', async () => {
    const bytes = buildPdf({ content: 'BT /F1 12 Tf 72 700 Td (secret) Tj ET', font: true, encrypt: true });
    await expect(extractPdf(bytes)).rejects.toMatchObject({ code: 'ENCRYPTED' });
  });

  it('leaves the caller bytes intact', async () => {
    const bytes = buildPdf({ content: 'BT /F1 12 Tf 72 700 Td (keep) Tj ET', font: true });
    const copy = bytes.slice();
    await extractPdf(bytes);
    expect(bytes).toEqual(copy);
  });

  it('stops a PDF reader run that exceeds its time limit with TIMEOUT, and recovers for the next document', async () => {
    // 40,000 text runs on one page: the reader needs far more than the 1 ms allowed, however fast the machine (a
    // tiny page could be read before a 0 ms timer fires, on a warm worker).
    const slow = buildPdf({ content: 'BT /F1 12 Tf 72 700 Td (slow) Tj ET '.repeat(40_000), font: true });
    await expect(readTextLayer(slow, { timeoutMs: 1, maxPages: 10 })).rejects.toMatchObject({ code: 'TIMEOUT' });
    const bytes = buildPdf({ content: 'BT /F1 12 Tf 72 700 Td (slow) Tj ET', font: true });
    const model = await extractPdf(bytes);
    expect(model.blocks).toEqual([{ kind: 'paragraph', text: 'slow', page: 1 }]);
  });

  it('refuses a document with more pages than allowed with TOO_LARGE', async () => {
    const bytes = buildPdf({ content: 'BT /F1 12 Tf 72 700 Td (one page) Tj ET', font: true });
    await expect(readTextLayer(bytes, { timeoutMs: 10_000, maxPages: 0 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('reads PDF dates as ISO calendar dates', () => {
    expect(pdfDate("D:20240226144123+06'41'")).toBe('2024-02-26');
    expect(pdfDate('D:2025')).toBe('2025-01-01');
    expect(pdfDate('yesterday')).toBeUndefined();
  });
});
