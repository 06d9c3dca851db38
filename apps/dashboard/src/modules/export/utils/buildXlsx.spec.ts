import { strFromU8, unzipSync } from 'fflate';

import { buildXlsx } from './buildXlsx';

describe('buildXlsx', () => {
  it('writes a zip with the workbook parts and a sheet with header, text and exact numbers', () => {
    const bytes = buildXlsx([
      {
        name: '申请总数',
        table: { columns: ['地区', '代码', '年度', '数值'], numeric: [false, false, false, true], rows: [['巴宜区 <A&B>', '540402', 2021, '23594197.25'], ['米林', '540422', 2022, null]] },
      },
    ]);
    expect(bytes[0]).toBe(0x50);
    expect(bytes[1]).toBe(0x4b);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">地区</t></is></c>');
    expect(sheet).toContain('巴宜区 &lt;A&amp;B&gt;');
    // Region codes stay text; the value column is a number cell with the exact digits.
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">540402</t></is></c>');
    expect(sheet).toContain('<c r="C2"><v>2021</v></c>');
    expect(sheet).toContain('<c r="D2"><v>23594197.25</v></c>');
    // A missing value is an empty cell, not 0.
    expect(sheet).toContain('<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">米林</t></is></c><c r="B3" t="inlineStr"><is><t xml:space="preserve">540422</t></is></c><c r="C3"><v>2022</v></c></row>');
    expect(strFromU8(files['xl/workbook.xml'])).toContain('<sheet name="申请总数" sheetId="1" r:id="rId1"/>');
  });

  it('names sheets uniquely and legally, and accepts an empty table', () => {
    const files = unzipSync(buildXlsx([{ name: 'a/b', table: { columns: [], rows: [] } }, { name: 'a b', table: { columns: ['x'], rows: [] } }]));
    const workbook = strFromU8(files['xl/workbook.xml']);
    expect(workbook).toContain('name="a b"');
    expect(workbook).toContain('name="a b_2"');
  });
});
