import { toCsvLine } from './to-csv-line.util';

describe('toCsvLine', () => {
  it('joins plain fields with commas and ends the record with CRLF', () => {
    expect(toCsvLine(['540421', '工布江达县', 2025, '82', true])).toBe('540421,工布江达县,2025,82,true\r\n');
  });

  it('leaves null empty (a gap is not a zero) and keeps 0', () => {
    expect(toCsvLine([null, 0, ''])).toBe(',0,\r\n');
  });

  it('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
    expect(toCsvLine(['a,b', 'say "x"', 'two\nlines'])).toBe('"a,b","say ""x""","two\nlines"\r\n');
  });
});
