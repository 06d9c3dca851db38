import { contentDisposition } from './content-disposition.util';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the RFC 5987 UTF-8 file name', () => {
    expect(contentDisposition('工布江达县 2020.txt')).toBe(
      `inline; filename="_____ 2020.txt"; filename*=UTF-8''%E5%B7%A5%E5%B8%83%E6%B1%9F%E8%BE%BE%E5%8E%BF%202020.txt`,
    );
    expect(contentDisposition('a"b.pdf', 'attachment')).toBe(`attachment; filename="a_b.pdf"; filename*=UTF-8''a%22b.pdf`);
  });
});
