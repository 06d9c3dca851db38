/**
 * Text normalisation used before any label or number is matched (spec D07, D08, D09, D12, D19).
 * Printed text is never replaced by these forms: they only build comparison keys.
 */

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /[“”‘’"'「」『』〝〞″]/g;
const BOOKMARK = /\[bookmark:[^\]]*\]/gi;

/** Text NFKC leaves unchanged: ASCII and the CJK Unified Ideographs block (the bulk of report text). */
const NFKC_STABLE = /^[\t\n\r\x20-\x7e\u4e00-\u9fff]*$/;

/** NFKC: full-width digits and punctuation to ASCII (D07). Skipped for text it cannot change (hot path). */
export function nfkc(text: string): string {
  return NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
}

/** Removes `[bookmark: _GoBack]` and similar Word→text artefacts (D19). */
export function stripBookmarks(text: string): string {
  return text.indexOf('[') === -1 ? text : text.replace(BOOKMARK, '');
}

/** Collapses whitespace runs to one space and trims; keeps the printed characters otherwise. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** All whitespace removed: CJK labels split by line breaks or spaces ('商业 企业', '本年新⏎制作数量') join again (D09). */
export function compact(text: string): string {
  return text.replace(WHITESPACE, '');
}

/** Label numbering at the start: 一、 （一） (1) 1. 1、 ① (spec §4.2 number formats). */
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十]+\)|\(\d{1,2}\)|\d{1,2}[.、．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])/;

export function stripNumbering(key: string): string {
  let out = key;
  // Labels can stack two numberings ('(三)1.属于国家秘密'); bounded loop.
  for (let i = 0; i < 3; i += 1) {
    const next = out.replace(NUMBERING, '');
    if (next === out) break;
    out = next;
  }

  return out;
}

/** Drops parenthesised explanations (D12: '上一年项目数量(指2019年事项数)', '(区分处理的…)'). */
export function stripParentheticals(key: string): string {
  if (key.indexOf('(') === -1) return key;
  let out = key;
  for (let i = 0; i < 4; i += 1) {
    const next = out.replace(/\([^()]*\)/g, '');
    if (next === out) break;
    out = next;
  }

  return out;
}

/** Conversion artefacts of Traditional copies inside labels (D13). */
const LABEL_ARTEFACTS: readonly [RegExp, string][] = [
  [/[檔档]案/g, '文件'],
  [/徵收/g, '征收'],
  // OpenCC cn→tw writes 反复 as 反覆, and t2s keeps 覆 (also a Simplified character).
  [/反覆/g, '反复'],
];

/**
 * The comparison key of a label: NFKC, no whitespace, no quotes, no bookmarks, artefacts mapped. Numbering
 * and parentheticals are kept (use `labelStem` to drop them).
 */
export function labelKey(text: string): string {
  let out = compact(stripBookmarks(nfkc(text))).replace(QUOTES, '');
  if (out.indexOf('案') !== -1 || out.indexOf('徵') !== -1 || out.indexOf('覆') !== -1) {
    for (const [pattern, replacement] of LABEL_ARTEFACTS) out = out.replace(pattern, replacement);
  }

  return out;
}

/** labelKey without leading numbering and without parentheticals: what stems are matched against. */
export function labelStem(text: string): string {
  return stemOfKey(labelKey(text));
}

/** labelStem for a text whose labelKey is already known. */
export function stemOfKey(key: string): string {
  return stripParentheticals(stripNumbering(key));
}

/** A stem from the domain tables in the same normal form as `labelKey` (full-width parentheses → ASCII). */
export function stemKey(stem: string): string {
  return labelKey(stem);
}
