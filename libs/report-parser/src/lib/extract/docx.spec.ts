import { strToU8, zipSync } from 'fflate';

import { parseErrorCodeOf } from '../../testing/parse-error-code-of';
import { type DocTable } from '../model/document-model';
import { extractDocx, readCore } from './docx';
import { buildDocx, p, tbl, tr } from './docx/fixtures/build-docx';

const texts = (t: DocTable): string[][] => t.grid.map((row) => row.map((c) => c.text));

describe('extractDocx', () => {
  it('reads paragraphs with tabs and line breaks, in order around a table', () => {
    const body =
      p('洪泽区人民政府') +
      '<w:p><w:r><w:t>一、总体情况</w:t><w:tab/><w:t>A</w:t><w:br/><w:t>B</w:t></w:r><w:r><w:delText>deleted</w:delText></w:r></w:p>' +
      tbl(tr('规章', '0')) +
      p('五、存在的主要问题及改进情况');
    const model = extractDocx(buildDocx(body));
    expect(model.format).toBe('docx');
    expect(model.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(model.blocks[1]).toEqual({ kind: 'paragraph', text: '一、总体情况\tA\nB' });
  });

  it('expands w:gridSpan into covered slots pointing at the anchor', () => {
    const model = extractDocx(buildDocx(tbl(tr({ text: '第二十条第（五）项', span: 4 }), tr('行政许可', { text: '550', span: 3 }))));
    const table = model.blocks[0] as DocTable;
    expect(texts(table)).toEqual([
      ['第二十条第（五）项', '第二十条第（五）项', '第二十条第（五）项', '第二十条第（五）项'],
      ['行政许可', '550', '550', '550'],
    ]);
    expect(table.grid[1]?.map((c) => [c.anchorRow, c.anchorCol, c.covered])).toEqual([
      [1, 0, false],
      [1, 1, false],
      [1, 1, true],
      [1, 1, true],
    ]);
  });

  it('expands w:vMerge restart/continue down the rows', () => {
    const body = tbl(
      tr({ text: '三、本年度办理结果', vMerge: 'restart' }, '（一）予以公开', '5'),
      tr({ text: '', vMerge: 'continue' }, '（二）部分公开', '2'),
      tr({ text: '', vMerge: 'continue' }, '（七）总计', '7'),
    );
    const table = extractDocx(buildDocx(body)).blocks[0] as DocTable;
    expect(texts(table).map((r) => r[0])).toEqual(['三、本年度办理结果', '三、本年度办理结果', '三、本年度办理结果']);
    expect(table.grid[2]?.[0]).toEqual({ text: '三、本年度办理结果', anchorRow: 0, anchorCol: 0, covered: true });
    expect(texts(table)[2]).toEqual(['三、本年度办理结果', '（七）总计', '7']);
  });

  it('keeps a vertical merge of a spanned cell aligned with its columns', () => {
    const body = tbl(tr({ text: '行政复议', span: 2, vMerge: 'restart' }, 'x'), tr({ text: '', span: 2, vMerge: 'continue' }, 'y'));
    const table = extractDocx(buildDocx(body)).blocks[0] as DocTable;
    expect(table.grid[1]?.map((c) => [c.text, c.anchorRow, c.anchorCol, c.covered])).toEqual([
      ['行政复议', 0, 0, true],
      ['行政复议', 0, 0, true],
      ['y', 1, 2, false],
    ]);
  });

  it('pads short rows so the grid is rectangular', () => {
    const table = extractDocx(buildDocx(tbl(tr('a', 'b', 'c'), tr('d')))).blocks[0] as DocTable;
    expect(texts(table)).toEqual([
      ['a', 'b', 'c'],
      ['d', '', ''],
    ]);
  });

  it('flattens a nested table into its cell without breaking the outer grid', () => {
    const inner = tbl(tr('n1', 'n2'), tr('n3', 'n4'));
    const model = extractDocx(buildDocx(tbl(tr({ text: 'after', inner }, 'right'), tr('x', 'y'))));
    expect(model.blocks).toHaveLength(1);
    const table = model.blocks[0] as DocTable;
    expect(texts(table)).toEqual([
      ['n1\tn2\nn3\tn4\nafter', 'right'],
      ['x', 'y'],
    ]);
    expect(table.index).toBe(0);
  });

  it('reads title and creation date from docProps/core.xml', () => {
    const core =
      '<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">' +
      '<dc:title>洪泽区 &amp; 2023年报告</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2024-02-26T06:41:00Z</dcterms:created></cp:coreProperties>';
    expect(extractDocx(buildDocx(p('x'), { core })).meta).toEqual({ title: '洪泽区 & 2023年报告', createdOn: '2024-02-26' });
    expect(readCore('<cp:coreProperties/>')).toEqual({});
  });

  it('refuses a zip bomb (a long run of zeros that deflates to almost nothing) before inflating it', () => {
    // 8 MB of zeros deflates to ~8 KB: a ratio of ~1000, far above the limit (bigger runs only slow the test).
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(parseErrorCodeOf(() => extractDocx(bomb))).toBe('ZIP_BOMB');
  });

  it('refuses an archive whose central directory declares 200 MB, without inflating anything', () => {
    const bytes = buildDocx(p('x'));
    // Rewrite the declared uncompressed size of every central-directory entry (the data stays tiny).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i += 1) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 200 * 1024 * 1024, true);
    }
    expect(parseErrorCodeOf(() => extractDocx(bytes))).toBe('ZIP_BOMB');
  });

  it('refuses a document.xml that inflates beyond the size its headers declare (a bomb under the ratio floor)', () => {
    // 32 MB of zeros declared as 512 KB: below the ratio floor, so only the inflation ceiling catches it.
    const bytes = zipSync({ 'word/document.xml': new Uint8Array(32 * 1024 * 1024) }, { level: 1 });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i += 1) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 512 * 1024, true);
    }
    expect(parseErrorCodeOf(() => extractDocx(bytes))).toBe('ZIP_BOMB');
  });

  it('refuses an archive with a suspicious compression ratio on an entry it would not even read', () => {
    const bytes = buildDocx(p('x'), { extra: { 'word/media/big.bin': new Uint8Array(4 * 1024 * 1024) } });
    expect(parseErrorCodeOf(() => extractDocx(bytes))).toBe('ZIP_BOMB');
  });

  it('refuses an archive declaring too many entries', () => {
    const bytes = buildDocx(p('x'));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = bytes.length - 22;
    expect(view.getUint32(eocd, true)).toBe(0x06054b50);
    view.setUint16(eocd + 8, 60000, true);
    view.setUint16(eocd + 10, 60000, true);
    expect(parseErrorCodeOf(() => extractDocx(bytes))).toBe('ZIP_BOMB');
  });

  it('reports a truncated or garbled zip as CORRUPT_FILE', () => {
    const good = buildDocx(p('hello'));
    expect(parseErrorCodeOf(() => extractDocx(good.slice(0, good.length - 30)))).toBe('CORRUPT_FILE');
    // Overwrite the deflated data of word/document.xml (0xFF is a reserved deflate block type).
    const garbled = good.slice();
    const name = Buffer.from(good).indexOf('word/document.xml');
    garbled.fill(0xff, name + 'word/document.xml'.length, name + 'word/document.xml'.length + 12);
    expect(parseErrorCodeOf(() => extractDocx(garbled))).toBe('CORRUPT_FILE');
    expect(parseErrorCodeOf(() => extractDocx(strToU8('PK this is not a zip')))).toBe('CORRUPT_FILE');
  });

  it('reports a zip without word/document.xml as CORRUPT_FILE', () => {
    expect(parseErrorCodeOf(() => extractDocx(buildDocx('', { omitDocument: true })))).toBe('CORRUPT_FILE');
  });

  it('tells a password-protected docx (OLE with EncryptionInfo) from a legacy .doc', () => {
    const ole = (stream: string): Uint8Array => {
      const bytes = new Uint8Array(1024);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(Buffer.from(stream, 'utf16le'), 512);
      return bytes;
    };
    expect(parseErrorCodeOf(() => extractDocx(ole('EncryptionInfo')))).toBe('ENCRYPTED');
    expect(parseErrorCodeOf(() => extractDocx(ole('WordDocument')))).toBe('LEGACY_DOC');
  });

  it('reads through content controls nested tens of thousands deep without slowing down', () => {
    // 40 000 levels stay under the 1 MB ratio floor (more would be refused as a zip bomb: the markup compresses too well).
    const body = `${'<w:sdt><w:sdtContent>'.repeat(40_000)}${p('标题')}${tbl(tr('规章', '0'))}`;
    const model = extractDocx(buildDocx(body));
    expect(model.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
  });

  it('keeps text boxes, skips deleted text and the fallback copy of alternate content', () => {
    const body =
      '<w:p><w:r><w:t>外</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></mc:Choice>' +
      '<mc:Fallback><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    const model = extractDocx(buildDocx(body));
    expect(model.blocks).toEqual([
      { kind: 'paragraph', text: '框' },
      { kind: 'paragraph', text: '外' },
    ]);
  });

  it('rejects empty input', () => {
    expect(parseErrorCodeOf(() => extractDocx(new Uint8Array(0)))).toBe('EMPTY_INPUT');
  });
});
