import fc from 'fast-check';

import { type DocTable, type DocumentModel } from '../../model/document-model';
import { modelFromTextLayer } from '../pdf';
import { type PdfRule, type PdfTextItem, type PdfTextLayer } from './pdf-worker';

/** Horizontal text of `size` at (x, y) (baseline, y up), width from a CJK/Latin estimate. */
function item(str: string, x: number, y: number, size = 10): PdfTextItem {
  const width = [...str].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? size : size * 0.5), 0);

  return { str, transform: [size, 0, 0, size, x, y], width, height: size };
}

/** Every rule of a full grid: columns at xs, row boundaries at ys (top first), minus the rules in `omit`. */
function grid(xs: number[], ys: number[], omit: (rule: PdfRule) => boolean = () => false): PdfRule[] {
  const top = ys[0] as number;
  const bottom = ys[ys.length - 1] as number;
  const left = xs[0] as number;
  const right = xs[xs.length - 1] as number;
  const rules: PdfRule[] = [...ys.map((y): PdfRule => [left, y, right, y]), ...xs.map((x): PdfRule => [x, bottom, x, top])];

  return rules.filter((r) => !omit(r));
}

/** Rules drawn per cell edge, as Chromium does: many short pieces instead of one line per boundary. */
function perCell(xs: number[], ys: number[]): PdfRule[] {
  const out: PdfRule[] = [];
  for (let i = 0; i + 1 < xs.length; i += 1) for (const y of ys) out.push([xs[i] as number, y, xs[i + 1] as number, y]);
  for (let j = 0; j + 1 < ys.length; j += 1) for (const x of xs) out.push([x, ys[j + 1] as number, x, ys[j] as number]);

  return out;
}

type Page = { items: PdfTextItem[]; rules?: PdfRule[] };

function model(pages: Page[]): DocumentModel {
  const layer: PdfTextLayer = { pages: pages.map((p) => ({ height: 842, content: { items: p.items }, rules: p.rules })), info: {}, numPages: pages.length };

  return modelFromTextLayer(layer);
}

const tables = (m: DocumentModel): DocTable[] => m.blocks.filter((b): b is DocTable => b.kind === 'table');
const texts = (t: DocTable): string[][] => t.grid.map((row) => row.map((c) => (c.covered ? '^' : c.text)));

const XS = [50, 200, 260, 320, 380];
const YS = [700, 680, 660, 640];

describe('ruled PDF tables', () => {
  it('keeps a blank cell blank and every number in the column its rules draw', () => {
    const m = model([
      {
        items: [item('信息内容', 55, 685), item('甲', 210, 685), item('乙', 270, 685), item('丙', 330, 685), item('规章', 55, 665), item('5', 210, 665), item('7', 330, 665), item('规范性文件', 55, 645), item('3', 270, 645)],
        rules: perCell(XS, YS),
      },
    ]);
    const [t] = tables(m);
    expect(t?.flattened).toBeUndefined();
    expect(texts(t as DocTable)).toEqual([
      ['信息内容', '甲', '乙', '丙'],
      ['规章', '5', '', '7'],
      ['规范性文件', '', '3', ''],
    ]);
  });

  it('reads a merged cell (no rule between its slots) once, anchored at its top-left slot', () => {
    // No rule between rows 2 and 3 in the first column: one label spans both rows.
    const rules = grid(XS, YS, ([x1, y1, , y2]) => y1 === 660 && y2 === 660 && x1 === 50);
    const m = model([{ items: [item('（三）不予公开', 55, 655), item('1', 210, 665), item('2', 210, 645)], rules: [...rules, [200, 660, 380, 660]] }]);
    const [t] = tables(m);
    expect(texts(t as DocTable).map((r) => r.slice(0, 2))).toEqual([
      ['', ''],
      ['（三）不予公开', '1'],
      ['^', '2'],
    ]);
    expect(t?.grid[2]?.[0]).toMatchObject({ covered: true, anchorRow: 1, anchorCol: 0, text: '（三）不予公开' });
  });

  it('joins a label wrapped over two lines of its cell into one label', () => {
    const rules = grid(XS, [700, 660, 640]);
    const m = model([{ items: [item('（二）部分公开（区分处理的，只计', 52, 688, 8), item('这一情形，不计其他情形）', 52, 678, 8), item('4', 210, 683)], rules }]);
    expect(texts(tables(m)[0] as DocTable)[0]?.slice(0, 2)).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '4']);
  });

  it('keeps text above and below a ruled table as paragraphs in reading order', () => {
    const m = model([{ items: [item('表一 标题', 55, 720, 14), item('甲', 210, 685), item('乙', 55, 685), item('正文在表格之后。', 55, 600, 14)], rules: grid(XS, YS) }]);
    expect(m.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('joins a table continued on the next page and drops the header the next page repeats', () => {
    const header = (y: number) => [item('信息内容', 55, y), item('甲', 210, y), item('乙', 270, y), item('丙', 330, y)];
    const m = model([
      { items: [...header(685), item('规章', 55, 665), item('1', 210, 665), item('2', 270, 665), item('3', 330, 665)], rules: grid(XS, [700, 680, 660]) },
      { items: [...header(785), item('规范性文件', 55, 765), item('4', 210, 765), item('5', 270, 765), item('6', 330, 765)], rules: grid(XS, [800, 780, 760]) },
    ]);
    const all = tables(m);
    expect(all).toHaveLength(1);
    expect(texts(all[0] as DocTable)).toEqual([
      ['信息内容', '甲', '乙', '丙'],
      ['规章', '1', '2', '3'],
      ['规范性文件', '4', '5', '6'],
    ]);
  });

  it('joins the two halves of a row the page break cut, and lays both parts on the union of their columns', () => {
    // Page 1 ends inside a row (column rules run past the last horizontal rule); page 2 starts inside it and
    // splits the label column in two (a rule the first part does not need).
    const m = model([
      { items: [item('一、本年新收', 55, 665), item('1', 210, 665), item('三、本年', 55, 645)], rules: [...grid(XS, [680, 660]), ...XS.map((x): PdfRule => [x, 630, x, 660])] },
      { items: [item('度办理结果', 55, 795), item('7', 210, 795), item('（一）予以公开', 125, 775), item('8', 210, 775)], rules: [...grid(XS, [790, 770]), ...XS.map((x): PdfRule => [x, 790, x, 805]), [120, 770, 120, 790]] },
    ]);
    const all = tables(m);
    expect(all).toHaveLength(1);
    const rows = texts(all[0] as DocTable);
    expect(rows.map((r) => r.filter((c) => c !== '^' && c !== '').join('|'))).toEqual(['一、本年新收|1', '三、本年度办理结果|7', '（一）予以公开|8']);
    expect(rows[0]?.length).toBe(5);
  });

  it('leaves pages without rules to the line layout (a flattened table)', () => {
    const m = model([{ items: [item('规章', 55, 665), item('1', 210, 665), item('2', 270, 665), item('规范性文件', 55, 645), item('4', 210, 645), item('5', 270, 645)] }]);
    expect(tables(m)[0]?.flattened).toBe(true);
  });

  it('ignores a lone box (a frame around text is not a table)', () => {
    const m = model([{ items: [item('说明文字', 55, 665), item('12', 210, 665)], rules: grid([50, 380], [700, 640]) }]);
    expect(tables(m).every((t) => t.flattened)).toBe(true);
  });
});

describe('ruled PDF tables under random layouts (seeded property)', () => {
  // Random tables drawn the way producers draw them: columns of random widths, a random share of blank cells
  // (printed as nothing at all), labels wrapped over one to three lines, rules drawn per cell edge or as long
  // lines, and the table cut across two pages at a random row. Whatever the layout, every number must come back in
  // the cell it was printed in and every blank cell must stay blank: the reader may not slide values.
  it('puts every printed number in its own cell and keeps every blank blank', () => {
    fc.assert(
      fc.property(
        fc.record({
          widths: fc.array(fc.integer({ min: 28, max: 70 }), { minLength: 3, maxLength: 8 }),
          rows: fc.integer({ min: 2, max: 14 }),
          blankShare: fc.double({ min: 0, max: 0.7, noNaN: true }),
          labelLines: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 14, maxLength: 14 }),
          perCellRules: fc.boolean(),
          cutAt: fc.option(fc.integer({ min: 1, max: 13 }), { nil: null }),
          seed: fc.integer(),
        }),
        ({ widths, rows, blankShare, labelLines, perCellRules, cutAt, seed }) => {
          let state = seed >>> 0 || 1;
          const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
          const xs = [50, 170];
          for (const w of widths) xs.push((xs[xs.length - 1] as number) + w);
          const expected: string[][] = [];
          for (let r = 0; r < rows; r += 1) expected.push([`行${r + 1}`, ...widths.map(() => (random() < blankShare ? '' : String(Math.floor(random() * 5000))))]);
          const split = cutAt !== null && cutAt < rows ? cutAt : rows;
          const pages: Page[] = [];
          for (const [from, to, top] of [
            [0, split, 780],
            [split, rows, 800],
          ] as const) {
            if (from >= to) continue;
            const items: PdfTextItem[] = [];
            const ys: number[] = [top];
            for (let r = from; r < to; r += 1) {
              const lines = labelLines[r] as number;
              const height = 6 + lines * 11;
              const rowTop = ys[ys.length - 1] as number;
              const row = expected[r] as string[];
              // The label wraps: its lines share the cell, the numbers sit on the cell's middle line.
              for (let l = 0; l < lines; l += 1) items.push(item(l === 0 ? (row[0] as string) : `续${l}`, 53, rowTop - 11 - l * 11, 9));
              row.slice(1).forEach((text, c) => {
                if (text !== '') items.push(item(text, (xs[c + 1] as number) + 3, rowTop - height / 2 - 3, 9));
              });
              ys.push(rowTop - height);
            }
            pages.push({ items, rules: perCellRules ? perCell(xs, ys) : grid(xs, ys) });
          }
          const all = tables(model(pages));
          expect(all).toHaveLength(1);
          const got = (all[0] as DocTable).grid.map((row) => row.map((c) => c.text));
          const want = expected.map((row, r) => [`${row[0] as string}${Array.from({ length: (labelLines[r] as number) - 1 }, (_, l) => `续${l + 1}`).join('')}`, ...row.slice(1)]);
          expect(got).toEqual(want);
        },
      ),
      { seed: 20261207, numRuns: 150 },
    );
  });
});
