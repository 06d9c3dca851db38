import { hashString, Prng } from './prng';

describe('Prng', () => {
  it('gives the same sequence for the same seed and stream', () => {
    const a = new Prng(42, 'x');
    const b = new Prng(42, 'x');
    const seqA = Array.from({ length: 1000 }, () => a.nextUint32());
    const seqB = Array.from({ length: 1000 }, () => b.nextUint32());
    expect(seqA).toEqual(seqB);
  });

  it('gives different sequences for different seeds or streams', () => {
    const first = (p: Prng) => Array.from({ length: 8 }, () => p.nextUint32());
    expect(first(new Prng(42, 'x'))).not.toEqual(first(new Prng(43, 'x')));
    expect(first(new Prng(42, 'x'))).not.toEqual(first(new Prng(42, 'y')));
    expect(first(new Prng('42', 'x'))).toEqual(first(new Prng('42', 'x')));
  });

  it('is pinned: a known seed yields known numbers on every machine', () => {
    const p = new Prng(1, '');
    const got = Array.from({ length: 3 }, () => p.nextUint32());
    // Recorded once; a change here means every generated corpus changes too.
    expect(got).toEqual(PINNED);
  });

  it('draws integers inside the bounds and covers them', () => {
    const p = new Prng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(p.int(-3, 3));
    expect([...seen].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });

  it('splits a total into parts that sum to it exactly, never negative', () => {
    const p = new Prng(9);
    const bad: string[] = [];
    for (let i = 0; i < 500; i++) {
      const total = p.int(0, 5000);
      const parts = p.split(total, [45, 7, 0.6, 0.4, 14, 2, 0.1]);
      if (parts.reduce((s, x) => s + x, 0) !== total || parts.some((x) => x < 0)) bad.push(`${total}: ${parts.join(',')}`);
    }
    expect(bad).toEqual([]);
  });

  it('hashes strings stably (FNV-1a)', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
});

const PINNED = [3773806752, 188501479, 1512380885];
