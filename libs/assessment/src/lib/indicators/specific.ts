import { type AssessmentThresholds } from '@gongkai/domain';

import { isSignOff, isSubheading, sentencesOf } from '../text';
import { type AssessedReport, type Evidence } from '../types';
import { type IndicatorOutcome } from './indicator-score';

/** Phrases that name no concrete problem or measure (assessment.md: "公开意识有待加强", "进一步加强"). */
export const GENERIC_PHRASES: readonly string[] = ['有待加强', '有待提高', '有待提升', '有待进一步', '有待完善', '进一步加强', '进一步提高', '进一步提升', '进一步完善', '进一步规范', '进一步强化', '不断提升', '不断提高', '不断完善', '持续推进', '持续加强', '意识不强', '意识有待', '仍有差距', '存在不足', '还不够', '不够到位', '不够深入', '不够全面', '力度不够'];

/**
 * A sentence is specific when it carries something checkable: a number with its unit, a month or deadline
 * (a bare year is not: "2023年将进一步加强" says nothing checkable),
 * a named document (《》, “”), or a named deliverable (专栏, 台账, 清单, 目录, 指南, 细则).
 */
const CONCRETE = /\d+(?:\.\d+)?(?:件|条|次|期|场|个|项|家|人|篇|批|%|万|元|月|日|天|小时|余)|[零〇一二两三四五六七八九十百]+(?:次|期|场|个|项|条|件|家|人|篇|批|月)|《|“|"|月底|月前|年底|季度|专栏|台账|清单|目录|指南|细则/u;
/** Follow-up of last year's problems: the text refers back to them. */
const FOLLOW_UP = /(?:上年度?|去年|上一年度?|\d{4}年度?(?:报告|年报))[^。；]{0,30}(?:问题|不足)|(?:问题|不足)[^。；]{0,30}(?:已整改|整改到位|已解决|得到解决|已完成整改)|整改情况/u;
/** Enumeration markers and headings are not sentences of their own. */
const MIN_CHARS = 6;

/** 问题与改进具体: the share of section 五's sentences that are specific, plus a stated follow-up of last year's problems. */
export function assessSpecific(report: AssessedReport, t: AssessmentThresholds): IndicatorOutcome {
  if (!report.prose) return { score: null, measure: null, evidence: [], flag: '无正文（报告入库早于正文提取）', flagEn: 'no narrative (stored before the parser kept it)' };
  if (!report.prose.sections.some((s) => s.numeral === '五')) {
    return { score: 0, measure: null, evidence: [{ kind: 'section', section: '五', zh: '缺少第五部分“存在的主要问题及改进情况”', en: 'Section 五 (problems and improvements) is missing', points: 100 }] };
  }
  const sentences = sentencesOf(report.prose, ['五']).filter((s) => !isSubheading(s.text) && !isSignOff(s.text) && s.text.normalize('NFKC').replace(/\s+/g, '').length >= MIN_CHARS);
  const evidence: Evidence[] = [];
  let specific = 0;
  for (const s of sentences) {
    const text = s.text.normalize('NFKC');
    const where = { quote: s.text, section: '五', start: s.paragraph.start, end: s.paragraph.end };
    if (CONCRETE.test(text)) {
      specific += 1;
      evidence.push({ kind: 'sentence', ...where, zh: '具体', en: 'specific', points: 0 });
    } else {
      const generic = GENERIC_PHRASES.find((p) => text.includes(p));
      evidence.push({ kind: 'sentence', ...where, zh: generic ? `笼统（“${generic}”）` : '笼统（无数量、时限或具体事项）', en: generic ? `generic ("${generic}")` : 'generic (no number, deadline or named measure)', points: 0 });
    }
  }
  const share = sentences.length === 0 ? 0 : specific / sentences.length;
  const followUp = sentences.find((s) => FOLLOW_UP.test(s.text.normalize('NFKC')));
  const followPoints = 100 - t.specificShareWeight;
  evidence.unshift(
    followUp
      ? { kind: 'sentence', quote: followUp.text, section: '五', start: followUp.paragraph.start, end: followUp.paragraph.end, zh: '说明了上年问题的整改情况', en: "states what became of last year's problems", points: 0 }
      : { kind: 'note', zh: '未说明上年问题的整改情况', en: "does not say what became of last year's problems", points: followPoints },
  );
  const score = Math.round(t.specificShareWeight * share) + (followUp ? followPoints : 0);

  return { score, measure: Math.round(share * 1000) / 1000, evidence };
}
