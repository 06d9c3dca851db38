import { parseFormats, parsePrefecture, parseRate, parseSeed, parseYears } from './sample-options';

describe('sample options', () => {
  it('reads year ranges, single years and lists into sorted distinct years', () => {
    expect(parseYears('2019-2025')).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(parseYears('2023')).toEqual([2023]);
    expect(parseYears('2023, 2019-2020,2020')).toEqual([2019, 2020, 2023]);
  });

  it('refuses years before the templates, reversed ranges and junk', () => {
    expect(() => parseYears('2015-2020')).toThrow('2019');
    expect(() => parseYears('2025-2019')).toThrow('2019-2025');
    expect(() => parseYears('twenty')).toThrow('"twenty"');
  });

  it('reads formats in canonical order and refuses pdf, which the generator does not write', () => {
    expect(parseFormats('docx,TXT')).toEqual(['txt', 'docx']);
    expect(() => parseFormats('txt,pdf')).toThrow("'pdf'");
  });

  it('checks codes, seeds and shares', () => {
    expect(parsePrefecture('540400')).toBe('540400');
    expect(() => parsePrefecture('5404')).toThrow('6');
    expect(parseSeed('42')).toBe(42);
    expect(parseSeed('demo')).toBe('demo');
    expect(parseRate('0.25')).toBe(0.25);
    expect(() => parseRate('1.5')).toThrow('0');
  });
});
