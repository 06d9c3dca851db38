/**
 * Traditional → Simplified for documents printed in 繁體 (spec D13). OpenCC's character table only, not
 * its phrase table: phrase mode rewrites words (e.g. regional vocabulary) and labels must keep their
 * characters one for one.
 */

/** Characters that exist only in Traditional script and are frequent in these reports. */
const HANT_MARKERS = '們這個來時會對說於發與為開關過還學實點體現經當動總機國內報書處區從資訊務請結審權數據廣網頁電話縣鄉鎮辦員複議訴訟議規範檔條專項連續';
const HANS_MARKERS = '们这个来时会对说于发与为开关过还学实点体现经当动总机国内报书处区从资讯务请结审权数据广网页电话县乡镇办员复议诉讼议规范档条专项连续';

/** Per code unit: 1 = Traditional marker, 2 = Simplified counterpart (a table is faster than Set lookups). */
const MARKS = new Uint8Array(65536);
for (const ch of HANT_MARKERS) MARKS[ch.charCodeAt(0)] = 1;
for (const ch of HANS_MARKERS) MARKS[ch.charCodeAt(0)] = 2;

/** True when Traditional-only characters clearly outnumber their Simplified counterparts. */
/** Characters of a sample that looksTraditional inspects. */
export const SCRIPT_SAMPLE_CHARS = 8000;

export function looksTraditional(text: string): boolean {
  let hant = 0;
  let hans = 0;
  // A sample is enough: reports are consistently one script; bounded to keep the check cheap.
  const end = Math.min(text.length, SCRIPT_SAMPLE_CHARS);
  for (let i = 0; i < end; i += 1) {
    const mark = MARKS[text.charCodeAt(i)];
    if (mark === 1) hant += 1;
    else if (mark === 2) hans += 1;
  }

  return hant >= 5 && hant > hans * 2;
}

type DictLike = string | readonly (readonly [string, string])[];
type OpenccModule = {
  ConverterFactory: (...groups: (readonly DictLike[])[]) => (text: string) => string;
  Locale: { to: Record<string, readonly (readonly DictLike[])[] | undefined> };
};

let converter: ((text: string) => string) | undefined;

/**
 * Character-by-character t2s. opencc-js is loaded on first use: its dictionaries cost ≈60 ms to load and
 * ≈50 ms to build, which Simplified documents (nearly all) should never pay.
 */
export function toSimplified(text: string): string {
  if (!converter) {
    // Lazy on purpose (see above); the package's 't2cn' entry carries only the Traditional→Simplified tables.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const opencc = require('opencc-js/t2cn') as OpenccModule;
    // The 'cn' target is [TSPhrases, TSCharacters]; only the character table is wanted.
    const characters = opencc.Locale.to['cn']?.[0]?.[1];
    converter = characters ? opencc.ConverterFactory([characters]) : (value: string) => value;
  }

  return converter(text);
}
