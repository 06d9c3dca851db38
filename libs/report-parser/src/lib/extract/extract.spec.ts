import * as iconv from 'iconv-lite';

import { t3Key } from '@gongkai/domain';

import { parseReportSync } from '../parse-report';
import { reportTxt } from '../../testing/report-builder';
import { parseErrorCodeOf } from '../../testing/parse-error-code-of';
import { type DocTable } from '../model/document-model';
import { decodeText } from './decode-text';
import { MAX_INPUT_BYTES, sniffFormat } from './detect-format';
import { extractDocument } from './extract-document';
import { extractHtml } from './html';
import { extractTxt } from './txt';

const bytes = (...values: number[]) => new Uint8Array(values);
const tables = (model: { blocks: { kind: string }[] }) => model.blocks.filter((b): b is DocTable => b.kind === 'table');
const SAMPLE = '本机关收到政府信息公开申请数量为十二件，已经依法处理完毕，结转下年度继续办理。报告年度统计表如下。';

describe('format detection', () => {
  it('recognises PDF, zip (docx) and legacy .doc by their signatures', () => {
    expect(sniffFormat(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(new TextEncoder().encode('\n %PDF-1.4'))).toBe('pdf');
    expect(sniffFormat(bytes(0x50, 0x4b, 0x03, 0x04, 0, 0))).toBe('docx');
    expect(parseErrorCodeOf(() => sniffFormat(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0)))).toBe('LEGACY_DOC');
    expect(parseErrorCodeOf(() => sniffFormat(new TextEncoder().encode('{\\rtf1\\ansi 2024 12 3}')))).toBe('UNSUPPORTED_FORMAT');
    expect(parseErrorCodeOf(() => sniffFormat(new TextEncoder().encode('\uFEFF\r\n{\\rtf1 x}')))).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses empty, oversized and binary input with typed errors', () => {
    expect(parseErrorCodeOf(() => extractDocument(new Uint8Array(0)))).toBe('EMPTY_INPUT');
    expect(parseErrorCodeOf(() => extractDocument('   \n '))).toBe('EMPTY_INPUT');
    expect(parseErrorCodeOf(() => sniffFormat(new Uint8Array(MAX_INPUT_BYTES + 1)))).toBe('TOO_LARGE');
    expect(parseErrorCodeOf(() => extractDocument(bytes(1, 2, 3, 0, 5, 6, 7, 8)))).toBe('BINARY_INPUT');
  });

  it('tells HTML from plain text by its markup', () => {
    expect(extractDocument('<html><body><p>一、总体情况</p></body></html>').format).toBe('html');
    expect(extractDocument('一、总体情况\n本年度…').format).toBe('txt');
    expect(extractDocument('<p>x</p>', { format: 'txt' }).format).toBe('txt');
  });
});

describe('text decoding', () => {
  it('decodes UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(SAMPLE);
    expect(decodeText(plain)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('decodes UTF-16 by its BOM', () => {
    expect(decodeText(new Uint8Array(iconv.encode(SAMPLE, 'utf-16le', { addBOM: true })))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...iconv.encode(SAMPLE, 'utf-16be')]))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('recognises GBK and Big5 bytes by plausibility when nothing declares them', () => {
    expect(decodeText(new Uint8Array(iconv.encode(SAMPLE, 'gbk')))).toEqual({ text: SAMPLE, encoding: 'gb18030' });
    const hant = '本機關收到政府資訊公開申請數量為十二件，已經依法處理完畢，結轉下年度繼續辦理。報告年度統計表如下。';
    expect(decodeText(new Uint8Array(iconv.encode(hant, 'big5')))).toEqual({ text: hant, encoding: 'big5' });
  });

  it('follows a meta charset declaration', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${SAMPLE}</p></body></html>`;
    const decoded = decodeText(new Uint8Array(iconv.encode(html, 'gbk')), 'html');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain(SAMPLE);
  });

  it('records the encoding in the document model', () => {
    const model = extractDocument(new Uint8Array(iconv.encode(`<html><body><p>${SAMPLE}</p></body></html>`, 'gbk')));
    expect(model.meta.encoding).toBe('gb18030');
    expect(model.blocks[0]).toEqual({ kind: 'paragraph', text: SAMPLE });
  });
});

describe('txt adapter (seed layout)', () => {
  const seed = ['标题', '', '\t第二十条第（一）项', '', '\t信息内容', '\t本年新', '制作数量', '\t对外公开总数量', '', '\t规章', '\t0', '\t', '', '段落一', '\t行政复议', ''].join('\n');

  it('reads TAB cells, continuation lines and placeholders into flattened tables', () => {
    const model = extractTxt(seed);
    const [first, second] = tables(model);
    expect(first?.flattened).toBe(true);
    expect(first?.grid.map((row) => row.filter((c) => !c.padding).map((c) => c.text))).toEqual([['第二十条第（一）项'], ['信息内容', '本年新\n制作数量', '对外公开总数量'], ['规章', '0', '']]);
    expect(second?.index).toBe(1);
  });

  it('pads short rows with padding slots, not blank cells', () => {
    const [first] = tables(extractTxt(seed));
    const caption = first?.grid[0] ?? [];
    expect(caption).toHaveLength(3);
    expect(caption.slice(1).every((c) => c.padding === true)).toBe(true);
    expect(first?.grid[2]?.[2]?.padding).toBeUndefined();
  });

  it('keeps lines outside tables as paragraphs in order', () => {
    const model = extractTxt(seed);
    expect(model.blocks.map((b) => (b.kind === 'paragraph' ? b.text : `#${b.index}`))).toEqual(['标题', '#0', '段落一', '#1']);
  });
});

describe('HTML adapter', () => {
  it('expands rowspan and colspan; covered slots point at their anchor', () => {
    const html = '<table><tr><td rowspan="2" colspan="2">A</td><td>B</td></tr><tr><td>C</td></tr><tr><td>D</td><td colspan="2">E</td></tr></table>';
    const [table] = tables(extractHtml(html));
    expect(table?.grid.map((row) => row.map((c) => `${c.text}${c.covered ? '*' : ''}@${c.anchorRow},${c.anchorCol}`))).toEqual([
      ['A@0,0', 'A*@0,0', 'B@0,2'],
      ['A*@0,0', 'A*@0,0', 'C@1,2'],
      ['D@2,0', 'E@2,1', 'E*@2,1'],
    ]);
  });

  it('turns <br> and <p> inside cells into line breaks, decodes entities and &nbsp;', () => {
    const [table] = tables(extractHtml('<table><tr><td><p>结果</p><p>纠正</p></td><td>本年新<br/>制作数量</td><td>&nbsp;0&nbsp;&amp;</td></tr></table>'));
    expect(table?.grid[0]?.map((c) => c.text)).toEqual(['结果\n纠正', '本年新\n制作数量', '0 &']);
  });

  it('skips scripts, styles and navigation, and reads title and meta tags', () => {
    const model = extractHtml(
      '<html><head><title>报告_栏目</title><meta name="PubDate" content="2025-03-10 15:35"><meta name="Url" content="https://www.x.gov.cn/a.htm"></head><body><nav>首页</nav><script>var t="<table><tr><td>9</td></tr></table>";</script><style>p{}</style><p>正文</p></body></html>',
    );
    expect(model.blocks).toEqual([{ kind: 'paragraph', text: '正文' }]);
    expect(model.meta.title).toBe('报告_栏目');
    expect(model.meta.metaTags).toMatchObject({ pubdate: '2025-03-10 15:35', url: 'https://www.x.gov.cn/a.htm' });
  });

  it('dissolves layout tables around report content', () => {
    const html = '<table><tr><td><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table><p>二、主动公开</p></td></tr></table>';
    const model = extractHtml(html);
    expect(model.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tables(model)[0]?.grid[0]?.map((c) => c.text)).toEqual(['规章', '0']);
  });

  it('survives broken markup and absurd spans', () => {
    const model = extractHtml('<table><tr><td colspan="99999">a<td rowspan="-3">b</tr><tr><td>c</table></td></tr><p>after');
    const [table] = tables(model);
    expect(table?.grid.length).toBe(2);
    expect(table?.grid[0]?.length).toBeLessThanOrEqual(65);
    expect(model.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'after' });
  });

  it('reads UTF-8 bytes on the fast path exactly as the decoded string (entities, &nbsp;, meta content)', () => {
    const page =
      '<html><head><title>&#24037;布江达县_年报</title><meta name="ArticleTitle" content="某县&amp;报告&#x4E2D;"></head><body><p>&ldquo;三安全一稳定&rdquo;&nbsp;中文</p>' +
      '<table><tr><td>结果<br>维持</td><td>&#49;2</td></tr></table><p>末尾 é</p></body></html>';
    const fromBytes = extractDocument(new TextEncoder().encode(page));
    const fromString = extractHtml(page, 'utf-8');
    expect(fromBytes).toEqual(fromString);
    expect(fromBytes.meta.title).toBe('工布江达县_年报');
    expect(fromBytes.meta.metaTags?.['articletitle']).toBe('某县&报告中');
    expect(fromBytes.blocks[0]).toEqual({ kind: 'paragraph', text: '“三安全一稳定” 中文' });
    expect(tables(fromBytes)[0]?.grid[0]?.map((c) => c.text)).toEqual(['结果\n维持', '12']);
  });

  it('reads pages nested tens of thousands of elements deep (no quadratic parser stack)', () => {
    const table = '<p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table>';
    const model = extractHtml(`<html><body>${'<div><span>'.repeat(60_000)}${table}${'</span></div>'.repeat(60_000)}</body></html>`);
    expect(tables(model)[0]?.grid[0]?.map((c) => c.text)).toEqual(['规章', '0']);
    expect(model.blocks[0]).toEqual({ kind: 'paragraph', text: '一、总体情况' });
  });

  it('cuts absurdly long cells and paragraphs', () => {
    const model = extractHtml(`<table><tr><td>${'字'.repeat(1_000_000)}</td><td>1</td></tr></table><p>${'x'.repeat(500_000)}</p>`);
    for (const block of model.blocks) {
      if (block.kind === 'paragraph') expect(block.text.length).toBeLessThanOrEqual(20_000);
      else for (const row of block.grid) for (const cell of row) expect(cell.text.length).toBeLessThanOrEqual(20_000);
    }
  });

  it('bounds deep nesting', () => {
    const deep = `${'<table><tr><td>'.repeat(200)}x${'</td></tr></table>'.repeat(200)}${'<div>'.repeat(5000)}y`;
    const model = extractHtml(deep);
    expect(model.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('y'))).toBe(true);
  });
});

describe('text line breaks and browser pastes', () => {
  const seed = reportTxt({ template: 'gb2021', t3: { granted: [2, 1, 0, 0, 0, 0, 3] } });
  const numbers = (text: string) => Object.values(parseReportSync(text).values).filter((v) => v.state === 'number').length;

  it('reads LF, CRLF and bare CR line breaks alike', () => {
    const lf = numbers(seed);
    expect(lf).toBeGreaterThan(150);
    expect(numbers(seed.replace(/\n/g, '\r\n'))).toBe(lf);
    expect(numbers(seed.replace(/\n/g, '\r'))).toBe(lf);
  });

  it('reads a table pasted from a browser: one row per line, cells separated by TABs', () => {
    // The seed layout turned into what a browser copy gives: each blank-line block becomes one TAB-joined line.
    const pasted = seed
      .split(/\n\n/)
      .map((block) => (block.startsWith('\t') ? block.split('\n').map((l) => l.replace(/^\t/, '')).join('\t') : block))
      .join('\n');
    expect(pasted).toMatch(/（一）予以公开\t2\t1\t0\t0\t0\t0\t3/);
    const report = parseReportSync(pasted);
    expect(report.values[t3Key('granted', 'com')]).toMatchObject({ value: '1' });
    expect(report.reviewReasons).toEqual([]);
  });
});
