/** A greyscale page: one byte per pixel, 0 black … 255 white, row by row. */
export type GreyImage = { data: Uint8Array; width: number; height: number };

/** A rule found in the pixels: horizontal (y fixed, from x0 to x1) or vertical (x fixed, from y0 to y1), in pixels. */
export type PixelRule = { kind: 'h'; y: number; x0: number; x1: number; thickness: number } | { kind: 'v'; x: number; y0: number; y1: number; thickness: number };

/** Darker than this is ink (scans are dark text on light paper; JPEG noise stays well above it). */
export const INK = 160;

/**
 * The skew of a page in degrees (positive: the content is rotated clockwise), from the table rules: the angle
 * whose horizontal projection profile of the ink in long horizontal runs is sharpest (largest sum of squared
 * row counts) wins. All ink dilutes it: on a page of text with a table, text lines pulled the answer to 0°.
 * Searched over ±maxDegrees, coarse then fine.
 */
export function estimateSkew(image: GreyImage, maxDegrees = 3): number {
  const { data, width, height } = image;
  let xs: number[] = [];
  let ys: number[] = [];
  // The rules decide: only ink in horizontal runs at least RUN px long (a rule turned by 3° still runs ~19 px on
  // one row; text strokes are mostly shorter), every other row. A page without such runs falls back to all ink.
  const RUN = 20;
  for (let y = 0; y < height; y += 2) {
    let start = -1;
    for (let x = 0; x <= width; x += 1) {
      const ink = x < width && (data[y * width + x] as number) < INK;
      if (ink && start < 0) start = x;
      if (!ink && start >= 0) {
        if (x - start >= RUN) for (let k = start; k < x; k += 2) {
          xs.push(k);
          ys.push(y);
        }
        start = -1;
      }
    }
  }
  if (xs.length < 200) {
    xs = [];
    ys = [];
    for (let y = 0; y < height; y += 2) for (let x = 0; x < width; x += 2) if ((data[y * width + x] as number) < INK) {
      xs.push(x);
      ys.push(y);
    }
  }
  if (xs.length === 0) return 0;
  const bins = new Float64Array(height + 2 * width);
  const score = (degrees: number): number => {
    const t = Math.tan((degrees * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i += 1) {
      const b = Math.round((ys[i] as number) - (xs[i] as number) * t) + width;
      bins[b] = (bins[b] as number) + 1;
    }
    let s = 0;
    for (let i = 0; i < bins.length; i += 1) s += (bins[i] as number) * (bins[i] as number);
    return s;
  };
  let best = 0;
  let bestScore = -1;
  for (let d = -maxDegrees; d <= maxDegrees + 1e-9; d += 0.25) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  const coarse = best;
  for (let d = coarse - 0.25; d <= coarse + 0.25 + 1e-9; d += 0.05) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }

  return Math.round(best * 100) / 100;
}

/**
 * Horizontal and vertical rules: runs of ink at least `minLength` pixels long (gaps up to `gap` pixels
 * bridged, as a scanned hairline breaks up), runs on neighbouring rows (columns) that overlap joined into one
 * rule of some thickness. Text strokes are far shorter than a cell is wide, so they are not rules.
 */
export function findRules(image: GreyImage, minLength: number, gap = 3): PixelRule[] {
  const { data, width, height } = image;
  const ink = (x: number, y: number) => (data[y * width + x] as number) < INK;
  const horizontal = runs(height, width, (row, x) => ink(x, row), minLength, gap).map((r) => ({ kind: 'h' as const, y: r.at, x0: r.from, x1: r.to, thickness: r.thickness }));
  const vertical = runs(width, height, (col, y) => ink(col, y), minLength, gap).map((r) => ({ kind: 'v' as const, x: r.at, y0: r.from, y1: r.to, thickness: r.thickness }));

  return [...horizontal, ...vertical];
}

type Run = { at: number; from: number; to: number; thickness: number };

function runs(lines: number, length: number, ink: (line: number, i: number) => boolean, minLength: number, gap: number): Run[] {
  const out: Run[] = [];
  // Open rules: runs of the previous line(s) still growing in thickness.
  let open: { first: number; last: number; from: number; to: number }[] = [];
  for (let line = 0; line <= lines; line += 1) {
    const found: { from: number; to: number }[] = [];
    if (line < lines) {
      let start = -1;
      let lastInk = -1;
      for (let i = 0; i < length; i += 1) {
        if (ink(line, i)) {
          if (start < 0) start = i;
          else if (i - lastInk > gap + 1) {
            if (lastInk - start + 1 >= minLength) found.push({ from: start, to: lastInk });
            start = i;
          }
          lastInk = i;
        }
      }
      if (start >= 0 && lastInk - start + 1 >= minLength) found.push({ from: start, to: lastInk });
    }
    const next: typeof open = [];
    for (const f of found) {
      const o = open.find((r) => r.from <= f.to && f.from <= r.to);
      if (o) {
        o.last = line;
        o.from = Math.min(o.from, f.from);
        o.to = Math.max(o.to, f.to);
        if (!next.includes(o)) next.push(o);
      } else next.push({ first: line, last: line, from: f.from, to: f.to });
    }
    for (const o of open) if (!next.includes(o)) out.push({ at: (o.first + o.last) / 2, from: o.from, to: o.to, thickness: o.last - o.first + 1 });
    open = next;
  }
  // A thick block of ink (a filled box, a photo) is not a rule.
  return out.filter((r) => r.thickness <= 12);
}

/** The page with its rules painted white, so the text reader does not read them as characters. */
export function eraseRules(image: GreyImage, rules: readonly PixelRule[]): GreyImage {
  const data = new Uint8Array(image.data);
  const { width, height } = image;
  for (const r of rules) {
    const half = Math.ceil(r.thickness / 2) + 1;
    if (r.kind === 'h') {
      for (let y = Math.max(0, Math.floor(r.y - half)); y <= Math.min(height - 1, Math.ceil(r.y + half)); y += 1) data.fill(255, y * width + r.x0, y * width + r.x1 + 1);
    } else {
      for (let y = r.y0; y <= r.y1; y += 1) for (let x = Math.max(0, Math.floor(r.x - half)); x <= Math.min(width - 1, Math.ceil(r.x + half)); x += 1) data[y * width + x] = 255;
    }
  }

  return { data, width, height };
}

/** The cells between the rules: each band between neighbouring horizontal rules cut by the vertical rules crossing it. */
export function cellsOf(rules: readonly PixelRule[]): { x0: number; y0: number; x1: number; y1: number }[] {
  const hs = rules.filter((r): r is Extract<PixelRule, { kind: 'h' }> => r.kind === 'h').sort((a, b) => a.y - b.y);
  const vs = rules.filter((r): r is Extract<PixelRule, { kind: 'v' }> => r.kind === 'v').sort((a, b) => a.x - b.x);
  const out: { x0: number; y0: number; x1: number; y1: number }[] = [];
  for (let i = 0; i + 1 < hs.length; i += 1) {
    const top = hs[i] as (typeof hs)[number];
    const mid = (top.y + (hs[i + 1] as (typeof hs)[number]).y) / 2;
    const crossing = vs.filter((v) => v.y0 <= mid && v.y1 >= mid && v.x >= top.x0 - 3 && v.x <= top.x1 + 3);
    for (let k = 0; k + 1 < crossing.length; k += 1) {
      const x0 = (crossing[k] as (typeof vs)[number]).x;
      const x1 = (crossing[k + 1] as (typeof vs)[number]).x;
      // The bottom of this cell: the next horizontal rule that spans it (a merged cell runs down past short rules).
      const bottom = hs.slice(i + 1).find((h) => h.x0 <= x0 + 3 && h.x1 >= x1 - 3);
      if (!bottom || x1 - x0 < 4) continue;
      // A cell already started in a band above (a merged cell) is not added again.
      if (out.some((c) => Math.abs(c.x0 - x0) < 3 && Math.abs(c.x1 - x1) < 3 && c.y0 < top.y - 2 && c.y1 > mid)) continue;
      out.push({ x0, y0: top.y, x1, y1: bottom.y });
    }
  }

  return out;
}
