import { type AssessmentThresholds } from '@gongkai/domain';

import { isSignOff, isSubheading, sentencesOf } from '../text';
import { type AssessedReport, type Evidence } from '../types';
import { type IndicatorOutcome } from './indicator-score';

/** Phrases that name no concrete problem or measure (assessment.md: "公开意识有待加强", "进一步加强"). */
export const GENERIC_PHRASES: readonly string[] = ['有待加强', '有待提高', '有待提升', '有待进一步', '有待完善', '进一步加强', '进一步提高', '进一步提升', '进一步完善', '进一步规范', '进一步强化', '不断提升', '不断提高', '不断完善', '持续推进', '持续加强', '意识不强', '意识有待', '仍有差距', '存在不足', '还不够', '不够到位', '不够深入', '不够全面', '力度不够'];

/** A feature that makes a sentence specific: what it names that someone could check next year. */
export type SpecificFeature = { id: 'quantity' | 'deadline' | 'deliverable' | 'regime' | 'owner' | 'object' | 'cause' | 'format'; zh: string; en: string; match: string };

/**
 * The features, each a kind of checkable content. Not features: a cited law (《条例》) or slogan in quotes
 * (“公开为常态”), a bare year ("2025年，我们将…"), an enumeration ("一是", "一个问题改一个问题"), and the
 * usual abstract nouns (机制, 渠道, 形式, 水平) — boilerplate carries them all. Measured against a hand-labelled
 * fixture of every section-五 sentence of the real corpus (specific-labelled.spec.ts).
 */
const FEATURES: readonly { id: SpecificFeature['id']; zh: string; en: string; pattern: RegExp }[] = [
  { id: 'quantity', zh: '数量', en: 'a quantity', pattern: /\d+(?:\.\d+)?(?:件|条|次|期|场|个|项|家|人|篇|批|%|万|元|天|小时|余)|(?:[两三四五六七八九][十百]?[零〇一二两三四五六七八九]?|[一]?[十百][零〇一二两三四五六七八九]?)(?:次|期|场|个|项|条|件|家|人|篇|批)/u },
  { id: 'deadline', zh: '时限', en: 'a deadline', pattern: /\d{1,2}月(?:底|前|份|中旬|上旬|下旬)?|[一二三四五六七八九十]{1,2}月(?:底|前)|年底前|年内|季度|工作日内|限期\S{0,4}(?:日|天)/u },
  { id: 'deliverable', zh: '具体成果', en: 'a deliverable', pattern: /模板|台账|清单|指南|细则|专区|专栏|事项目录|目录编制|(?:编制|制定|修订|印发)[^，,。；;]{0,12}(?:目录|办法|方案|规程)/u },
  { id: 'regime', zh: '具体制度', en: 'a named regime', pattern: /(?:实行|推行|建立|实施)[^，,。；;]{2,16}(?:制度|机制)(?!建设)|跟班学习|首问负责|月报|周报/u },
  { id: 'owner', zh: '责任单位', en: 'a responsible office', pattern: /由[^，,。；;]{1,16}(?:牵头|负责)|(?:办公室|局|中心|管委会)牵头/u },
  { id: 'object', zh: '具体对象', en: 'a concrete object', pattern: /答复书|答复文书|复杂申请|申请件|典型案例|投诉件|错链|空白栏目|(?:目录|指南|栏目|链接|页面)[^，,。；;]{0,6}(?:不全|缺失|未更新|更新不及时|不准确|错误|空白|失效)/u },
  { id: 'cause', zh: '具体原因', en: 'a concrete cause', pattern: /兼职|借调|人员编制|编制限制|人员流动|流动性/u },
  { id: 'format', zh: '具体形式', en: 'a concrete form', pattern: /图表|图解|视频|动漫|H5|一图读懂|问答/u },
];

/** Whether one sentence of section 五 is specific, and the features that make it so (none: generic). */
export function classifySentence(text: string): { specific: boolean; features: SpecificFeature[]; generic: string | null } {
  const t = text.normalize('NFKC');
  const features: SpecificFeature[] = [];
  for (const f of FEATURES) {
    const m = f.pattern.exec(t);
    if (m) features.push({ id: f.id, zh: f.zh, en: f.en, match: m[0] });
  }

  return { specific: features.length > 0, features, generic: features.length > 0 ? null : (GENERIC_PHRASES.find((p) => t.includes(p)) ?? null) };
}

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
    const where = { quote: s.text, section: '五', start: s.paragraph.start, end: s.paragraph.end };
    const c = classifySentence(s.text);
    if (c.specific) {
      specific += 1;
      evidence.push({ kind: 'sentence', ...where, zh: `具体（${c.features.map((f) => `${f.zh}：${f.match}`).join('；')}）`, en: `specific (${c.features.map((f) => `${f.en}: ${f.match}`).join('; ')})`, points: 0 });
    } else {
      evidence.push({ kind: 'sentence', ...where, zh: c.generic ? `笼统（“${c.generic}”）` : '笼统（无数量、时限、成果、制度、责任单位或具体对象）', en: c.generic ? `generic ("${c.generic}")` : 'generic (no quantity, deadline, deliverable, regime, owner or concrete object)', points: 0 });
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
