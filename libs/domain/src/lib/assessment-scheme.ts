/**
 * Assessment schemes (年报质量评估, ../shared/spec/assessment.md): data, not code, so that an office can re-weight
 * a scheme without a release and last year's scores stay reproducible. Every score names the scheme id and
 * version that made it; a change of any threshold or weight here is a new version.
 */

export type AssessmentIndicatorId = 'timely' | 'complete' | 'accurate' | 'standard' | 'consistent' | 'specific' | 'original';

export const ASSESSMENT_INDICATOR_IDS: readonly AssessmentIndicatorId[] = ['timely', 'complete', 'accurate', 'standard', 'consistent', 'specific', 'original'];

export type AssessmentIndicator = {
  id: AssessmentIndicatorId;
  zh: string;
  en: string;
  /** How it is measured, in a supervisor's words. */
  descriptionZh: string;
  descriptionEn: string;
  weight: number;
};

/** The numbers the indicators are computed with (penalties are points off 100). */
export type AssessmentThresholds = {
  /** timely: points off per started week late; score when the publication date is unknown. */
  latePerWeek: number;
  unknownDateScore: number;
  /** complete: points off per missing section (一…六) and per missing template row. */
  missingSection: number;
  missingRow: number;
  /** accurate: points off per failing ERROR rule, per WARN rule, for a broken carry-over from last year. */
  errorRule: number;
  warnRule: number;
  brokenCarryOver: number;
  /** standard: points off per deviation that changes meaning (wrong template, extra row, collapsed row, money without unit). */
  deviation: number;
  /** consistent: points off per number the text quotes that contradicts the tables. */
  contradiction: number;
  /** specific: the part of the score the share of specific sentences earns; the rest is earned by a stated follow-up. */
  specificShareWeight: number;
  /** original: repeated share at or below `low` scores 100, linear to `scoreAtHigh` at `high`, 0 above `high`. */
  repeatedLow: number;
  repeatedHigh: number;
  scoreAtHigh: number;
  /** Sentences shorter than this (after normalising) are not compared (headings, '无。'). */
  minSentenceChars: number;
};

export type AssessmentScheme = {
  id: string;
  version: string;
  zh: string;
  en: string;
  indicators: readonly AssessmentIndicator[];
  thresholds: AssessmentThresholds;
};

export const DEFAULT_ASSESSMENT_SCHEME: AssessmentScheme = {
  id: 'default',
  version: '2026.1',
  zh: 'Gongkai默认评估方案',
  en: 'Gongkai default scheme',
  indicators: [
    { id: 'timely', zh: '按时发布', en: 'Published on time', weight: 15, descriptionZh: '法定期限前发布得100分，每迟一周扣10分；发布日期不明得50分并标注', descriptionEn: 'On or before the statutory deadline: 100; −10 per week late; date unknown: 50, flagged' },
    { id: 'complete', zh: '内容完整', en: 'Complete', weight: 15, descriptionZh: '六部分标题齐全且有序、表二至表四各行齐全：每缺一部分扣10分，每缺一行扣5分', descriptionEn: 'Six sections in order, tables 2–4 with every row: −10 per missing section, −5 per missing row' },
    { id: 'accurate', zh: '数据准确', en: 'Arithmetically right', weight: 25, descriptionZh: '每项不通过的错误级校验扣25分，警告级扣5分；与上年结转不一致扣10分', descriptionEn: '−25 per failing ERROR rule, −5 per WARN; −10 when the carry-over from last year is broken' },
    { id: 'standard', zh: '格式规范', en: 'Standard form', weight: 10, descriptionZh: '使用当年适用的模板、标准行、金额注明单位：每处改变含义的偏差扣10分', descriptionEn: "The year's template, standard rows, money with its unit: −10 per deviation that changes meaning" },
    { id: 'consistent', zh: '图文一致', en: 'Text matches tables', weight: 10, descriptionZh: '正文引用的数字（收到申请、行政复议、行政诉讼、主动公开）与表格一致：每处矛盾扣20分', descriptionEn: 'Numbers the text quotes (requests, reconsiderations, lawsuits, proactive releases) equal the tables: −20 per contradiction' },
    { id: 'specific', zh: '问题与改进具体', en: 'Specific problems and measures', weight: 15, descriptionZh: '第五部分具体句子的比例（80分）加上对上年问题整改情况的说明（20分）', descriptionEn: 'Share of specific sentences in section 五 (80) plus a stated follow-up of last year\'s problems (20)' },
    { id: 'original', zh: '非照搬往年', en: 'Not copied from last year', weight: 10, descriptionZh: '第一、五、六部分与上年报告重复句子的比例：≤20%得100分，20%–50%线性降至40分，>50%得0分', descriptionEn: 'Share of sentences in sections 一, 五, 六 repeating last year: ≤ 20 %: 100, 20–50 %: linear to 40, > 50 %: 0' },
  ],
  thresholds: {
    latePerWeek: 10,
    unknownDateScore: 50,
    missingSection: 10,
    missingRow: 5,
    errorRule: 25,
    warnRule: 5,
    brokenCarryOver: 10,
    deviation: 10,
    contradiction: 20,
    specificShareWeight: 80,
    repeatedLow: 0.2,
    repeatedHigh: 0.5,
    scoreAtHigh: 40,
    minSentenceChars: 8,
  },
};

export const ASSESSMENT_SCHEMES: readonly AssessmentScheme[] = [DEFAULT_ASSESSMENT_SCHEME];

/** A scheme by id (the newest version of it), or undefined. */
export function findAssessmentScheme(id: string): AssessmentScheme | undefined {
  return ASSESSMENT_SCHEMES.find((s) => s.id === id);
}

/** The scheme with an office's own weights (indicator id → weight); unknown ids and negative weights are refused. */
export function withAssessmentWeights(scheme: AssessmentScheme, weights: Readonly<Record<string, number>>): AssessmentScheme {
  for (const [id, weight] of Object.entries(weights)) {
    if (!scheme.indicators.some((i) => i.id === id)) throw new RangeError(`unknown indicator ${id}`);
    if (!Number.isFinite(weight) || weight < 0 || weight > 1000) throw new RangeError(`weight of ${id} must be between 0 and 1000`);
  }

  return { ...scheme, indicators: scheme.indicators.map((i) => ({ ...i, weight: weights[i.id] ?? i.weight })) };
}
