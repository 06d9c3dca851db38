import { type DocTable, type DocumentModel } from '../../model/document-model';
import { modelFromTextLayer } from '../pdf';
import { type PdfTextItem, type PdfTextLayer } from './pdf-worker';

/** A text item as the PDF reader reports it: horizontal text of `size` at (x, y), width from a CJK/Latin estimate. */
function item(str: string, x: number, y: number, size = 10): PdfTextItem {
  const width = [...str].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? size : size * 0.5), 0);
  return { str, transform: [size, 0, 0, size, x, y], width, height: size };
}

/** One value per column at the given x positions. */
const values = (y: number, xs: number[], texts: string[], size = 10): PdfTextItem[] => texts.map((t, i) => item(t, xs[i] as number, y, size));
const COLS = [300, 330, 360, 390, 420, 450, 480];
const footer = (n: number): PdfTextItem[] => [item(`- ${n} -`, 280, 40, 12)];
const body = (y: number, text: string): PdfTextItem => item(text, 72, y, 14);

function model(pages: PdfTextItem[][]): DocumentModel {
  const layer: PdfTextLayer = { pages: pages.map((items) => ({ height: 842, content: { items } })), info: {}, numPages: pages.length };
  return modelFromTextLayer(layer);
}

function rows(m: DocumentModel): string[][] {
  return m.blocks
    .filter((b): b is DocTable => b.kind === 'table')
    .flatMap((t) => t.grid.map((r) => r.filter((c) => !c.padding).map((c) => c.text)));
}

describe('PDF layout from positioned text', () => {
  it("joins a row's values printed on two baselines less than a line apart", () => {
    const m = model([
      [
        body(800, '这是一段正文，用来确定版心的宽度，这是一段正文，用来确定版心的宽度。'),
        item('规章', 104, 720),
        item('0', 300, 720),
        // The other two cells of the row sit 6 pt lower.
        item('0', 360, 714),
        item('0', 420, 714),
        item('规范性文件', 104, 690),
        ...values(690, [300, 360, 420], ['89', '89', '89']),
      ],
    ]);
    expect(rows(m)).toEqual([
      ['规章', '0', '0', '0'],
      ['规范性文件', '89', '89', '89'],
    ]);
  });

  it('takes a first value read into the wrapped line of a label that reaches into its column', () => {
    const full = (y: number, label: string) => [item(label, 104, y), ...values(y, COLS, ['1', '0', '0', '0', '0', '0', '1'])];
    const m = model([
      [
        body(800, '这是一段正文，用来确定版心的宽度，这是一段正文，用来确定版心的宽度。'),
        ...full(760, '6.属于四类过程性信息'),
        ...full(740, '7.属于行政执法案卷'),
        // The label's first line runs up to the first column and the 1 is read into it.
        item('8.属于行政查询1', 230, 720),
        ...values(720, COLS.slice(1), ['0', '0', '0', '0', '0', '1']),
        item('事项', 230, 708),
        ...full(690, '（七）总计'),
      ],
    ]);
    expect(rows(m)[2]).toEqual(['8.属于行政查询\n事项', '1', '0', '0', '0', '0', '0', '1']);
  });

  it('keeps a blank cell blank: a short row is laid out on the columns of the full rows', () => {
    const full = (y: number, label: string) => [item(label, 104, y), ...values(y, COLS, ['1', '0', '0', '0', '0', '0', '1'])];
    const m = model([
      [
        body(800, '这是一段正文，用来确定版心的宽度，这是一段正文，用来确定版心的宽度。'),
        ...full(760, '（一）予以公开'),
        ...full(740, '1.属于国家秘密'),
        // 商业企业 and 科研机构 printed blank: five numbers, where reading order would shift them left.
        item('2.其他法律行政法规禁止公开', 104, 720),
        ...values(720, [COLS[0], COLS[3], COLS[4], COLS[5], COLS[6]] as number[], ['3', '0', '0', '1', '4']),
        ...full(700, '3.危及“三安全一稳定”'),
      ],
    ]);
    expect(rows(m)[2]).toEqual(['2.其他法律行政法规禁止公开', '3', '', '', '0', '0', '1', '4']);
  });

  it('splits the first value off a label that fills its column and ends close to it', () => {
    const m = model([
      [
        body(800, '这是一段正文，用来确定版心的宽度，这是一段正文，用来确定版心的宽度。'),
        ...values(720, COLS, ['1', '0', '0', '0', '0', '0', '1']),
        item('2.重复申请', 104, 720),
        // One item: the label and the first number 4 pt apart (less than a character's width).
        item('3.补正后申请内容仍不明确 5', 104, 700),
        ...values(700, COLS.slice(1), ['0', '0', '0', '0', '0', '5']),
      ],
    ]);
    expect(rows(m)).toEqual([
      ['2.重复申请', '1', '0', '0', '0', '0', '0', '1'],
      ['3.补正后申请内容仍不明确', '5', '0', '0', '0', '0', '0', '5'],
    ]);
  });

  it('gives the lines of a label wrapped above and below its vertically centred numbers to that row', () => {
    const m = model([
      [
        body(800, '这是一段正文，用来确定版心的宽度，这是一段正文，用来确定版心的宽度。'),
        item('3.其他', 104, 760),
        ...values(760, COLS, ['1', '0', '0', '0', '0', '0', '1']),
        item('1.申请人无正当理由逾期不', 104, 726),
        item('补正、行政机关', 104, 712),
        ...values(698, COLS, ['2', '0', '0', '0', '0', '0', '2']),
        item('不再处理其政府信息公开申', 104, 684),
        item('请', 104, 670),
        item('（七）总计', 104, 636),
        ...values(636, COLS, ['3', '0', '0', '0', '0', '0', '3']),
      ],
    ]);
    expect(rows(m)[1]).toEqual(['1.申请人无正当理由逾期不\n补正、行政机关\n不再处理其政府信息公开申\n请', '2', '0', '0', '0', '0', '0', '2']);
  });

  it('joins a label wrapped on two lines with the numbers printed between them', () => {
    const m = model([
      [
        body(800, '这是一段正文，用来确定版心的宽度，这是一段正文，用来确定版心的宽度。'),
        ...values(700, COLS, ['1', '0', '0', '0', '0', '0', '1']),
        item('（一）予以公开', 104, 700),
        item('（二）部分公开（区分处理的，只计这一情', 104, 683),
        item('计其他情形）', 104, 670),
        ...values(676, COLS, ['4', '0', '0', '0', '0', '0', '4'], 14),
      ],
    ]);
    expect(rows(m)).toEqual([
      ['（一）予以公开', '1', '0', '0', '0', '0', '0', '1'],
      ['（二）部分公开（区分处理的，只计这一情\n计其他情形）', '4', '0', '0', '0', '0', '0', '4'],
    ]);
  });

  it('keeps one table across a page break and drops the page footer between its halves', () => {
    const m = model([
      [body(800, '正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文'), item('1.本机关不掌握相关政府信息', 150, 100), ...values(100, COLS, ['10', '0', '0', '0', '0', '0', '10']), ...footer(3)],
      [item('2.没有现成信息需要另行制作', 150, 780), ...values(780, COLS, ['3', '0', '0', '0', '0', '0', '3']), ...footer(4)],
    ]);
    const tables = m.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(rows(m)).toEqual([
      ['1.本机关不掌握相关政府信息', '10', '0', '0', '0', '0', '0', '10'],
      ['2.没有现成信息需要另行制作', '3', '0', '0', '0', '0', '0', '3'],
    ]);
    expect(JSON.stringify(m.blocks)).not.toContain('- 3 -');
  });

  it('reads a label printed one character per line as one label and puts it on the first row it spans', () => {
    const vertical = [...'三、本年度办理结果'].map((ch, i) => item(ch, 90, 720 - i * 12));
    const m = model([
      [
        body(800, '正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文'),
        item('二、上年结转政府信息公开申请数量', 78, 740),
        ...values(740, COLS, ['0', '0', '0', '0', '0', '0', '0']),
        item('（一）予以公开', 110, 722),
        ...values(722, COLS, ['5', '0', '0', '0', '0', '0', '5']),
        item('（二）部分公开', 110, 700),
        ...values(700, COLS, ['2', '0', '0', '0', '0', '0', '2']),
        ...vertical,
        item('（七）总计', 110, 640),
        ...values(640, COLS, ['7', '0', '0', '0', '0', '0', '7']),
      ],
    ]);
    const r = rows(m);
    expect(r[1]).toEqual(['三、本年度办理结果', '（一）予以公开', '5', '0', '0', '0', '0', '0', '5']);
    expect(r.flat().filter((t) => t.includes('本年度'))).toHaveLength(1);
  });

  it('moves a group label printed in the middle of its rows onto its first sub-item', () => {
    const m = model([
      [
        body(800, '正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文'),
        item('1.信访举报投诉类申请', 180, 700),
        ...values(700, COLS, ['1', '0', '0', '0', '0', '0', '1']),
        item('2.重复申请', 180, 682),
        ...values(682, COLS, ['0', '0', '0', '0', '0', '0', '0']),
        item('（五）不予处理', 104, 673),
        item('3.要求提供公开出版物', 180, 664),
        ...values(664, COLS, ['0', '0', '0', '0', '0', '0', '0']),
        item('（六）其他处理', 104, 646),
        ...values(646, COLS, ['2', '0', '0', '0', '0', '0', '2']),
      ],
    ]);
    expect(rows(m)).toEqual([
      ['（五）不予处理', '1.信访举报投诉类申请', '1', '0', '0', '0', '0', '0', '1'],
      ['2.重复申请', '0', '0', '0', '0', '0', '0', '0'],
      ['3.要求提供公开出版物', '0', '0', '0', '0', '0', '0', '0'],
      ['（六）其他处理', '2', '0', '0', '0', '0', '0', '2'],
    ]);
  });

  it('splits one text item holding the 15 Table 4 numbers into 15 cells, below interleaved header words', () => {
    const m = model([
      [
        body(800, '正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文'),
        item('行政复议', 130, 500),
        item('行政诉讼', 350, 500),
        item('结果', 78, 446),
        item('结果', 110, 446),
        item('总', 204, 439),
        item('计', 219, 439),
        item('维持', 78, 433),
        item('纠正', 110, 433),
        item('10  1  0  0  0  0  0  0  0  0  5  0  0  0  0', 78, 400),
      ],
    ]);
    const r = rows(m);
    expect(r[r.length - 1]).toEqual(['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']);
    expect(r.slice(0, -1).every((row) => row.every((t) => !/^\d+$/u.test(t)))).toBe(true);
  });

  it('ends a table at a heading in a larger font and keeps running text as paragraphs', () => {
    const m = model([
      [
        item('二、主动公开政府信息情况', 72, 800, 16),
        item('规章', 80, 760, 12),
        ...values(760, [300, 360, 420], ['0', '0', '0'], 12),
        item('三、收到和处理政府信息公开申请情况', 72, 720, 16),
        item('一、本年新收政府信息公开申请数量', 78, 680),
        ...values(680, COLS, ['21', '0', '0', '0', '0', '0', '21']),
      ],
    ]);
    expect(m.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph', 'table']);
    expect(m.blocks[2]).toMatchObject({ kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况' });
  });

  it('refuses a text layer without any text with NO_TEXT_LAYER', () => {
    expect(() => model([[], [item('   ', 72, 700)]])).toThrow(expect.objectContaining({ code: 'NO_TEXT_LAYER' }));
  });
});
