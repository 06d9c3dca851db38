import { escapeLikePattern } from './escape-like-pattern.util';

describe('escapeLikePattern', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLikePattern('50%_a\\b')).toBe('50\\%\\_a\\\\b');
    expect(escapeLikePattern('工布江达')).toBe('工布江达');
  });
});
