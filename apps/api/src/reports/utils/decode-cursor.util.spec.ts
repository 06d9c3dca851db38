import { decodeCursor } from './decode-cursor.util';
import { encodeCursor } from './encode-cursor.util';

describe('decodeCursor', () => {
  it('rejects text that is not a cursor with INVALID_CURSOR', () => {
    expect(() => decodeCursor('not a cursor!', ['number'])).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
  });

  it('rejects cursors of another shape (wrong length, wrong types, fractional numbers)', () => {
    expect(() => decodeCursor(encodeCursor([2021, 'x']), ['number', 'string', 'string'])).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
    expect(() => decodeCursor(encodeCursor(['2021', 'x']), ['number', 'string'])).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
    expect(() => decodeCursor(encodeCursor([2021.5, 'x']), ['number', 'string'])).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
    expect(() => decodeCursor(Buffer.from('{"year":2021}').toString('base64url'), ['number'])).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
  });
});
