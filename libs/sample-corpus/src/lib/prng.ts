/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so that the same seed always yields the same
 * documents on every machine and Node version. Math.random is never used in this package.
 */

/** 32-bit string hash (FNV-1a) to derive independent streams from a seed and a name. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }

  return h >>> 0;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);

    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `seed` is any integer or string; `stream` names an independent sub-stream (e.g. region code + year). */
  constructor(seed: number | string, stream = '') {
    const base = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
    const init = splitmix32(base ^ hashString(stream));
    this.a = init();
    this.b = init();
    this.c = init();
    this.d = init();
    // Warm up: sfc32 needs a few rounds before its output is well mixed.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;

    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    if (max <= min) return min;

    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');

    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }

    return (items[items.length - 1] as readonly [T, number])[0];
  }

  /** A skewed count: mostly small, occasionally up to `max` (log-uniform-ish). */
  skewed(max: number, zeroShare = 0): number {
    if (max <= 0 || this.chance(zeroShare)) return 0;

    return Math.min(max, Math.floor(Math.exp(this.next() * Math.log(max + 1))) - (this.chance(0.5) ? 1 : 0));
  }

  /** Splits `total` into `weights.length` non-negative integers that sum to `total` exactly. */
  split(total: number, weights: readonly number[]): number[] {
    const out = weights.map(() => 0);
    if (total <= 0 || weights.length === 0) return out;
    let sum = 0;
    for (const w of weights) sum += w;
    if (sum <= 0) {
      out[0] = total;

      return out;
    }
    // Few draws when the total is small (county data), proportional shares otherwise: fast and lumpy.
    if (total <= 40) {
      for (let i = 0; i < total; i++) {
        let r = this.next() * sum;
        let k = 0;
        for (; k < weights.length - 1; k++) {
          r -= weights[k] as number;
          if (r < 0) break;
        }
        out[k] = (out[k] as number) + 1;
      }

      return out;
    }
    let assigned = 0;
    for (let k = 0; k < weights.length; k++) {
      const jitter = 0.75 + this.next() * 0.5;
      const share = Math.floor((total * (weights[k] as number) * jitter) / sum);
      out[k] = share;
      assigned += share;
    }
    // Any rounding remainder (or overshoot) goes to the heaviest bucket, which stays ≥ 0.
    let heaviest = 0;
    for (let k = 1; k < weights.length; k++) if ((weights[k] as number) > (weights[heaviest] as number)) heaviest = k;
    let diff = total - assigned;
    if ((out[heaviest] as number) + diff < 0) {
      // Overshoot larger than the heaviest bucket: take from the others in order.
      diff += out[heaviest] as number;
      out[heaviest] = 0;
      for (let k = 0; k < out.length && diff < 0; k++) {
        const take = Math.min(out[k] as number, -diff);
        out[k] = (out[k] as number) - take;
        diff += take;
      }
    } else {
      out[heaviest] = (out[heaviest] as number) + diff;
    }

    return out;
  }
}
