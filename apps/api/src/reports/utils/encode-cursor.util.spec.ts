import { decodeCursor } from './decode-cursor.util';
import { encodeCursor } from './encode-cursor.util';

describe('encodeCursor / decodeCursor', () => {
  const key = [2021, '540121', '0b9c7f2e-2a0f-4a43-9a55-0f1c8c1d9e01'] as const;

  it('round-trips a sort key through an opaque url-safe string', () => {
    const cursor = encodeCursor(key);

    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, ['number', 'string', 'string'])).toEqual([...key]);
  });

  it('keeps non-ASCII text intact', () => {
    expect(decodeCursor(encodeCursor(['工布江达县']), ['string'])).toEqual(['工布江达县']);
  });
});
