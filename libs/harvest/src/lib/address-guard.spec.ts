import { guardedLookup, isForbiddenAddress, parseAllowHosts } from './address-guard';

describe('address guard', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.20.30.40', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fe80::1', true],
    ['fd00:ec2::254', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['8.8.8.8', false],
    ['2400:3200::1', false],
    ['not-an-ip', true],
  ])('%s forbidden: %s', (address, forbidden) => {
    expect(isForbiddenAddress(address)).toBe(forbidden);
  });

  it('refuses a name when any of its addresses is private, unless the setting names it', (done) => {
    const resolve = (_h: string, _o: object, cb: (e: null, a: { address: string; family: number }[]) => void) =>
      cb(null, [
        { address: '8.8.8.8', family: 4 },
        { address: '10.0.0.1', family: 4 },
      ]);
    guardedLookup(new Set(), resolve as never)('mixed.example.cn', {}, (error) => {
      expect(error).toMatchObject({ code: 'ADDRESS_REFUSED', address: '10.0.0.1' });
      guardedLookup(parseAllowHosts(' Mixed.Example.cn ,127.0.0.1'), resolve as never)('mixed.example.cn', {}, (allowed, address) => {
        expect(allowed).toBeNull();
        expect(address).toBe('8.8.8.8');
        done();
      });
    });
  });
});
