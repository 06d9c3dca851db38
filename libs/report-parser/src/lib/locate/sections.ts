import { SECTION_HEADINGS } from '@gongkai/domain';

import { type DocumentModel } from '../model/document-model';
import { compact, nfkc, stripBookmarks } from '../normalise/text';

/** A heading is short: a numeral, 、 and a few words (D17 variants included). */
const MAX_HEADING_CHARS = 40;
const HEADING = /^([一二三四五六])[、.]/;

/** Whether a line of text is one of the section headings 一…六 (numeral, 、 and the section's keyword). */
export function isSectionHeading(line: string): boolean {
  const text = compact(stripBookmarks(nfkc(line)));
  if (text.length > MAX_HEADING_CHARS) return false;
  const m = HEADING.exec(text);
  const heading = m ? SECTION_HEADINGS.find((h) => h.numeral === m[1]) : undefined;

  return heading !== undefined && heading.keywords.some((k) => text.includes(k));
}

export type SectionHit = { numeral: string; blockIndex: number };

/**
 * Section headings 一…六 by leading numeral plus the section's keyword (spec §2, D17). Only paragraphs
 * count (Table 3 row labels also start with 一、二、四、). The first hit of each numeral is kept, in
 * document order.
 */
export function findSections(model: DocumentModel): SectionHit[] {
  const hits: SectionHit[] = [];
  const seen = new Set<string>();
  model.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph' || block.text.length > MAX_HEADING_CHARS * 3) return;
    const text = compact(stripBookmarks(nfkc(block.text)));
    if (text.length > MAX_HEADING_CHARS) return;
    const m = HEADING.exec(text);
    if (!m) return;
    const numeral = m[1] as string;
    const heading = SECTION_HEADINGS.find((h) => h.numeral === numeral);
    if (!heading || seen.has(numeral) || !heading.keywords.some((k) => text.includes(k))) return;
    seen.add(numeral);
    hits.push({ numeral, blockIndex });
  });

  return hits;
}
