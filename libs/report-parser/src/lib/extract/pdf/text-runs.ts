import { type PdfTextContent } from './pdf-worker';

/** One positioned piece of text, in PDF user space (y grows upwards; y is the baseline). */
export type Run = {
  text: string;
  x: number;
  xEnd: number;
  y: number;
  size: number;
  /** Text drawn top to bottom (vertical writing, or one character per line stacked in a column). */
  vertical: boolean;
  /** For vertical runs: the lowest baseline the column reaches. */
  yBottom: number;
};

const VALUE_RE = /^(?:[-+－]?\d[\d,，]*(?:\.\d+)?%?(?:万?元)?|[/／\\\-－—–]+)$/u;
const NUMBER_TOKENS_RE = /^[-+－]?\d[\d,，]*(?:\.\d+)?(?:\s+[-+－]?\d[\d,，]*(?:\.\d+)?)+$/u;
const CJK_RE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** A table value as printed: a number (signed, decimal, percent, money with its unit) or a placeholder ('/', '-', '—'). */
export function isValueText(text: string): boolean {
  return VALUE_RE.test(text.trim());
}

/**
 * Turns the reader's text items into runs. Whitespace-only items are positioning noise in most producers (their
 * widths are meaningless), so they are dropped; runs of space-separated numbers are split into one run per
 * number so that every value becomes its own cell.
 */
export function toRuns(content: PdfTextContent): Run[] {
  const runs: Run[] = [];
  for (const item of content.items) {
    const text = item.str.replace(/\s+/gu, ' ').trim();
    if (!text) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.max(Math.hypot(a, b), Math.hypot(c, d), 1);
    const width = Math.abs(item.width);
    const height = Math.abs(item.height);
    // Vertical writing mode: the item carries the advance as height, the glyph box as width.
    const rotated = Math.abs(b) > Math.abs(a) || Math.abs(c) > Math.abs(d);
    const vertical = rotated || ([...text].length > 1 && height > 1.5 * Math.max(width, size) && width <= size * 1.2);
    if (vertical) {
      runs.push({ text, x, xEnd: x + size, y: y + size, size, vertical: true, yBottom: y - height + size });
      continue;
    }
    if (NUMBER_TOKENS_RE.test(text)) {
      runs.push(...splitNumbers(text, x, width, y, size));
      continue;
    }
    runs.push({ text, x, xEnd: x + width, y, size, vertical: false, yBottom: y });
  }
  return stackSingleCharacters(runs);
}

function splitNumbers(text: string, x: number, width: number, y: number, size: number): Run[] {
  const perChar = text.length > 0 ? width / text.length : 0;
  const out: Run[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = x + m.index * perChar;
    out.push({ text: m[0], x: start, xEnd: start + m[0].length * perChar, y, size, vertical: false, yBottom: y });
  }
  return out;
}

/**
 * Labels printed one character per line (a narrow merged cell, spec D09) arrive as single CJK characters
 * stacked at one x. Three or more such characters, each alone on its line, become one vertical run.
 */
function stackSingleCharacters(runs: Run[]): Run[] {
  const singles = runs.filter((r) => !r.vertical && [...r.text].length === 1 && CJK_RE.test(r.text) && isIsolated(r, runs));
  if (singles.length < 3) return runs;
  const used = new Set<Run>();
  const stacks: Run[] = [];
  const byX = [...singles].sort((p, q) => p.x - q.x || q.y - p.y);
  for (const start of byX) {
    if (used.has(start)) continue;
    const column = byX.filter((r) => !used.has(r) && Math.abs(r.x - start.x) <= start.size * 0.2).sort((p, q) => q.y - p.y);
    const chain: Run[] = [];
    for (const r of column) {
      const last = chain[chain.length - 1];
      if (!last || last.y - r.y <= last.size * 1.8) chain.push(r);
      else if (chain.length < 3) chain.splice(0, chain.length, r);
      else break;
    }
    if (chain.length < 3) continue;
    chain.forEach((r) => used.add(r));
    const top = chain[0] as Run;
    const bottom = chain[chain.length - 1] as Run;
    stacks.push({
      text: chain.map((r) => r.text).join(''),
      x: top.x,
      xEnd: Math.max(...chain.map((r) => r.xEnd)),
      y: top.y + top.size,
      size: top.size,
      vertical: true,
      yBottom: bottom.y,
    });
  }
  if (stacks.length === 0) return runs;
  return [...runs.filter((r) => !used.has(r)), ...stacks];
}

/** A cell of its own: no other run on the same baseline close enough to join it (the cell-split gap). */
function isIsolated(run: Run, runs: Run[]): boolean {
  return !runs.some(
    (o) =>
      o !== run &&
      !o.vertical &&
      Math.abs(o.y - run.y) < run.size * 0.5 &&
      o.x < run.xEnd + run.size * 0.8 &&
      o.xEnd > run.x - run.size * 0.8,
  );
}
