import { type ParsedProse, type ProseParagraph } from '@gongkai/report-parser';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number as printed, Arabic ('1,234', '75') or Chinese ('七十五', '一百零三', '二〇', '1万'); null when it is not one. */
export function readNumber(text: string): number | null {
  const t = text.normalize('NFKC').replace(/[,，\s]/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d+(?:\.\d+)?万$/.test(t)) return Math.round(Number(t.slice(0, -1)) * 10_000);
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(t)) return null;
  // Digit by digit ('二〇二三'): no unit characters at all.
  if (!/[十百千万]/.test(t)) return Number([...t].map((c) => DIGITS[c] ?? 0).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of t) {
    if (c in DIGITS) digit = DIGITS[c] as number;
    else if (c === '万') {
      total += (section + digit) * 10_000;
      section = 0;
      digit = 0;
    } else {
      section += (digit === 0 ? 1 : digit) * (UNITS[c] as number);
      digit = 0;
    }
  }

  return total + section + digit;
}

/** One sentence of the narrative with where it stands. */
export type Sentence = { text: string; section: string | null; paragraph: ProseParagraph };

const SENTENCE_END = /[^。！？；!?;]+[。！？；!?;]*/g;

/** The sentences of the given sections (all when `numerals` is omitted), split at 。！？；. */
export function sentencesOf(prose: ParsedProse, numerals?: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  const add = (section: string | null, paragraphs: readonly ProseParagraph[]) => {
    for (const paragraph of paragraphs) {
      for (const m of paragraph.text.matchAll(SENTENCE_END)) {
        const text = m[0].trim();
        if (text) out.push({ text, section, paragraph });
      }
    }
  };
  if (!numerals) add(null, prose.preamble);
  for (const section of prose.sections) if (!numerals || numerals.includes(section.numeral)) add(section.numeral, section.paragraphs);

  return out;
}

/**
 * A sentence with its numbers and dates made alike ('2023年收到申请75件' and '2022年收到申请60件' compare
 * equal), whitespace, punctuation and enumeration markers ('一是', '（二）') removed: what "the same
 * sentence as last year" means.
 */
export function normaliseSentence(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[(（]?[一二三四五六七八九十\d]+[)）、.．]|^[一二三四五六七八九十]是/u, '')
    .replace(/[\d.,，]+|[零〇一二两三四五六七八九十百千万]{2,}|[零〇一二两三四五六七八九十百千万](?=[件条次个项期场家人篇年月日天%])/g, '#')
    .replace(/[。！？；!?;、：:“”"'‘’《》〈〉（）()【】[\]—\-…·]/g, '');
}

/**
 * A sub-topic heading printed as a line of its own ('（三）政府信息管理情况。', '2.把握工作重点'): the template
 * asks for these words every year, so they are neither repeated text nor a sentence about problems.
 */
export function isSubheading(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');

  return /^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])[^，,；;。]{1,20}[。.]?$/u.test(t);
}

/**
 * A sign-off line the parser keeps at the end of the last section: the issuing office ('××区人民政府办公室'),
 * the date line ('2024年3月22日', '二〇二四年三月') or the attachment note ('附件：…统计表'). It has no
 * sentence punctuation and is printed every year, so counting it would make every report "repeat" itself.
 */
export function isSignOff(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (/[，,；;。！？!?]/.test(t.replace(/[。.]$/, ''))) return false;
  if (/^[\d零〇一二三四五六七八九十]{2,4}年[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?[。.]?$/u.test(t)) return true;
  if (/^附件[:：\d一二三四五六七八九十]/u.test(t)) return true;

  return t.length <= 30 && /(?:人民政府|政府|办公室|办公厅|管委会|管理委员会|委员会|局|中心)$/u.test(t);
}
