import { type AssessmentThresholds } from '@gongkai/domain';

import { isSignOff, isSubheading, normaliseSentence, sentencesOf } from '../text';
import { type AssessedReport, type Evidence } from '../types';
import { type IndicatorOutcome } from './indicator-score';

/** The sections whose text should change from year to year (一 总体情况, 五 问题, 六 其他). */
export const ORIGINAL_SECTIONS: readonly string[] = ['一', '五', '六'];

export type Repetition = { total: number; repeated: { sentence: string; previous: string; section: string | null; start: number; end: number }[] };

/** Sentences of sections 一, 五, 六 of `report` that repeat, after normalising numbers and dates, any of `previous`'s. */
export function repeatedSentences(report: AssessedReport, previous: AssessedReport, minChars: number): Repetition {
  if (!report.prose || !previous.prose) return { total: 0, repeated: [] };
  const before = new Map<string, string>();
  for (const s of sentencesOf(previous.prose, ORIGINAL_SECTIONS)) {
    if (isSubheading(s.text) || isSignOff(s.text)) continue;
    const key = normaliseSentence(s.text);
    if (key.length >= minChars && !before.has(key)) before.set(key, s.text);
  }
  let total = 0;
  const repeated: Repetition['repeated'] = [];
  for (const s of sentencesOf(report.prose, ORIGINAL_SECTIONS)) {
    if (isSubheading(s.text) || isSignOff(s.text)) continue;
    const key = normaliseSentence(s.text);
    if (key.length < minChars) continue;
    total += 1;
    const match = before.get(key);
    if (match !== undefined) repeated.push({ sentence: s.text, previous: match, section: s.section, start: s.paragraph.start, end: s.paragraph.end });
  }

  return { total, repeated };
}

/** The score of a repeated share: ≤ low 100, linear to scoreAtHigh at high, 0 above. */
export function originalScore(share: number, t: AssessmentThresholds): number {
  if (share <= t.repeatedLow) return 100;
  if (share > t.repeatedHigh) return 0;

  return Math.round(100 - ((share - t.repeatedLow) / (t.repeatedHigh - t.repeatedLow)) * (100 - t.scoreAtHigh));
}

/** 非照搬往年: the share of sentences in 一, 五, 六 that repeat the same body's previous report, quoting them. */
export function assessOriginal(report: AssessedReport, previous: AssessedReport | null, t: AssessmentThresholds): IndicatorOutcome {
  if (!report.prose) return { score: null, measure: null, evidence: [], flag: '无正文（报告入库早于正文提取）', flagEn: 'no narrative (stored before the parser kept it)' };
  if (!previous) return { score: null, measure: null, evidence: [], flag: '无上年报告可比', flagEn: 'no previous report to compare with' };
  if (!previous.prose) return { score: null, measure: null, evidence: [], flag: `${previous.year}年报告无正文，无法比对`, flagEn: `the ${previous.year} report has no narrative to compare with` };
  const { total, repeated } = repeatedSentences(report, previous, t.minSentenceChars);
  const share = total === 0 ? 0 : repeated.length / total;
  const evidence: Evidence[] = [
    {
      kind: 'note',
      zh: `第一、五、六部分${total}句中有${repeated.length}句与${previous.year}年报告相同（${(share * 100).toFixed(1)}%）`,
      en: `${repeated.length} of ${total} sentences in sections 一, 五, 六 repeat the ${previous.year} report (${(share * 100).toFixed(1)} %)`,
      points: 100 - originalScore(share, t),
    },
    ...repeated.map((r) => ({ kind: 'repeat' as const, quote: r.sentence, previousQuote: r.previous, ...(r.section ? { section: r.section } : {}), start: r.start, end: r.end, zh: `与${previous.year}年报告相同`, en: `repeats the ${previous.year} report`, points: 0 })),
  ];

  return { score: originalScore(share, t), measure: Math.round(share * 1000) / 1000, evidence };
}
