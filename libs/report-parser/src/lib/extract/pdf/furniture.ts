import { type Line, lineText } from './lines';

export type PageLines = { page: number; height: number; lines: Line[] };

/** Page numbers as printed in headers and footers: '-3-', '- 3 -', '3', '第3页', '第 3 页 共 5 页', '3/5', 'Page 3'. */
const PAGE_NUMBER_RE =
  /^(?:[-–—－―_~·•]*\s*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4})?(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?\s*[-–—－―_~·•]*|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/iu;

/** Share of the page height at the top and at the bottom where running headers and footers live. */
const MARGIN_BAND = 0.1;

/**
 * Drops page furniture: page numbers in the top or bottom band of a page, and running headers/footers
 * (the same text, digits ignored, in the same band on at least half of the pages, two at least). Without
 * this a footer printed between two halves of a table would become a table row.
 */
export function removeFurniture(pages: PageLines[]): PageLines[] {
  const inBand = (line: Line, height: number): 'top' | 'bottom' | null => {
    if (line.y >= height * (1 - MARGIN_BAND)) return 'top';
    if (line.y <= height * MARGIN_BAND) return 'bottom';
    return null;
  };
  const key = (line: Line, band: string): string => `${band}:${lineText(line).replace(/\s+/gu, '').replace(/\d+/gu, '#')}`;

  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) {
      const band = inBand(line, page.height);
      if (band) seen.add(key(line, band));
    }
    seen.forEach((k) => counts.set(k, (counts.get(k) ?? 0) + 1));
  }
  const repeatedMin = Math.max(2, Math.ceil(pages.length / 2));

  return pages.map((page) => {
    const flat = page.lines.filter((l) => !l.vertical);
    const topY = Math.max(...flat.map((l) => l.y));
    const bottomY = Math.min(...flat.map((l) => l.y));
    return {
      ...page,
      lines: page.lines.filter((line) => {
        const band = inBand(line, page.height);
        if (!band || line.vertical) return true;
        const text = lineText(line).replace(/\s+/gu, ' ').trim();
        if (PAGE_NUMBER_RE.test(text)) {
          // A bare number could also be a table value on its own line: only the outermost line counts.
          const decorated = !/^\d+$/u.test(text);
          if (decorated || line.y === topY || line.y === bottomY) return false;
        }
        return (counts.get(key(line, band)) ?? 0) < repeatedMin;
      }),
    };
  });
}
