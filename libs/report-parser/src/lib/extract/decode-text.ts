import { isUtf8 } from 'node:buffer';

import { type SourceFormat } from '../model/document-model';

/**
 * Bytes → text with the encoding recorded. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded
 * directly; otherwise the HTML meta charset decides, and failing that a plausibility score over common
 * CJK characters picks GB18030 (covers GBK/GB2312) or Big5.
 */

export type DecodedText = { text: string; encoding: string };

type IconvModule = { decode: (buffer: Buffer, encoding: string) => string };
let iconv: IconvModule | undefined;

function iconvDecode(bytes: Uint8Array, encoding: string): string {
  if (!iconv) {
    // Loaded only for non-UTF-8 input (≈20 ms to load; nearly every document is UTF-8).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    iconv = require('iconv-lite') as IconvModule;
  }

  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** The 200 most frequent characters of these reports in both scripts; GB18030 misread as Big5 (or the reverse) yields rare ones. */
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研申请信息公开办县镇乡审议诉讼复' +
  '們這個來時會對說於發與為開關過還學實點體現經當動總機國內報書處區從資訊務請結審權數據廣網頁電話縣鄉鎮辦員複議訴訟規範檔條專項連續';
const COMMON_SET = new Set(COMMON);

function plausibility(text: string): number {
  let score = 0;
  const end = Math.min(text.length, 20000);
  for (let i = 0; i < end; i += 1) {
    const ch = text[i] as string;
    if (COMMON_SET.has(ch)) score += 1;
    else if (ch === '\ufffd') score -= 5;
  }

  return score;
}

function charsetFromMeta(bytes: Uint8Array): string | null {
  // The meta tag is ASCII in every encoding we accept; latin1 keeps bytes 1:1 for the search.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/i.exec(head);

  return m ? (m[1] as string).toLowerCase() : null;
}

function normaliseCharset(name: string): 'utf-8' | 'gb18030' | 'big5' | null {
  if (/^utf-?8$/.test(name)) return 'utf-8';
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(name)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5|cp950)$/.test(name)) return 'big5';

  return null;
}

/** `declaredCharset`: what the container says (an MHTML part's Content-Type), trusted before the page's own meta tag. */
export function decodeText(bytes: Uint8Array, format?: SourceFormat | 'text', declaredCharset?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };

  // isUtf8 validates without building a string (several times faster than a fatal TextDecoder on 100 KB).
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'utf-8' };
  // Not UTF-8: a legacy Chinese encoding.

  if (format !== 'txt') {
    const declared = declaredCharset?.toLowerCase() ?? charsetFromMeta(bytes);
    const charset = declared ? normaliseCharset(declared) : null;
    if (charset && charset !== 'utf-8') return { text: iconvDecode(bytes, charset), encoding: charset };
  }
  const gb = iconvDecode(bytes, 'gb18030');
  const big5 = iconvDecode(bytes, 'big5');

  return plausibility(big5) > plausibility(gb) ? { text: big5, encoding: 'big5' } : { text: gb, encoding: 'gb18030' };
}
