import { hashToken } from './hash-token.util';
import { parseBearerToken } from './parse-bearer-token.util';

describe('parseBearerToken', () => {
  it('reads the secret of a Bearer header and tells absent from malformed', () => {
    expect(parseBearerToken('Bearer abcdefghijklmnopqrstuvwxyz_-0123')).toBe('abcdefghijklmnopqrstuvwxyz_-0123');
    expect(parseBearerToken(undefined)).toBeUndefined();
    expect(parseBearerToken('')).toBeUndefined();
    expect(parseBearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(parseBearerToken('Bearer short')).toBeNull();
  });

  it('hashes secrets to 64 hex characters', () => {
    expect(hashToken('x')).toBe('2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881');
  });
});
