import { toCsv, withNoteRow } from './toCsv';

describe('toCsv', () => {
  it('writes a BOM, a header and CRLF rows, with exact decimal strings untouched', () => {
    expect(toCsv({ columns: ['地区', '年度', '数值'], rows: [['巴宜区', 2021, '23594197.5']] })).toBe('\uFEFF地区,年度,数值\r\n巴宜区,2021,23594197.5\r\n');
  });

  it('quotes commas, quotes and newlines and leaves null empty (not 0)', () => {
    expect(toCsv({ columns: ['a', 'b'], rows: [['x,y', 'say "hi"'], [null, 'line\nbreak']] })).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,"line\nbreak"\r\n');
  });

  it('writes only the header for an empty table', () => {
    expect(toCsv({ columns: ['a'], rows: [] })).toBe('\uFEFFa\r\n');
  });

  it('puts a sample-data note on the first line, above the header', () => {
    const table = withNoteRow({ columns: ['地区', '数值'], rows: [['巴宜区', '5']], numeric: [false, true] }, '示例数据：含生成的样例报告');
    expect(toCsv(table)).toBe('\uFEFF示例数据：含生成的样例报告,\r\n地区,数值\r\n巴宜区,5\r\n');
    expect(table.numeric).toEqual([false, true]);
  });
});
