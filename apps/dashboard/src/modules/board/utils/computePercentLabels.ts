/**
 * Shares (fractions) as percentages with one decimal that add up to exactly 100.0 (largest remainder), so a
 * 100 % bar's labels never read 99.9 % or 100.1 %. Null shares stay null; all null (nothing to divide) gives all null.
 */
export function computePercentLabels(shares: readonly (number | null)[]): (string | null)[] {
  const known = shares.map((s, i) => ({ i, tenths: s === null ? null : s * 1000 })).filter((s): s is { i: number; tenths: number } => s.tenths !== null);
  if (known.length === 0) return shares.map(() => null);
  const floors = known.map((k) => ({ ...k, floor: Math.floor(k.tenths + 1e-9) }));
  let left = 1000 - floors.reduce((sum, k) => sum + k.floor, 0);
  const order = [...floors].sort((a, b) => b.tenths - b.floor - (a.tenths - a.floor) || a.i - b.i);
  const out = new Map(floors.map((k) => [k.i, k.floor]));
  for (const k of order) {
    if (left <= 0) break;
    out.set(k.i, (out.get(k.i) ?? 0) + 1);
    left -= 1;
  }

  return shares.map((_, i) => {
    const tenths = out.get(i);

    return tenths === undefined ? null : `${(tenths / 10).toFixed(1)}%`;
  });
}
