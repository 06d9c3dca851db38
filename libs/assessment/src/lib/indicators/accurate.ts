import { type AssessmentThresholds, type RuleId } from '@gongkai/domain';

import { type AssessedReport, type Evidence } from '../types';
import { type IndicatorOutcome, pointsOff } from './indicator-score';
import { RULE_INDICATOR } from './rule-indicators';

/** The carry-over rule has its own penalty in the scheme. */
const CARRY_OVER: RuleId = 'XY_T3_CARRY';

/** 数据准确: −errorRule per failing ERROR rule (one per problem), −warnRule per WARN, −brokenCarryOver for the carry-over. */
export function assessAccurate(report: AssessedReport, t: AssessmentThresholds): IndicatorOutcome {
  const evidence: Evidence[] = [];
  let lenientOnly = 0;
  for (const f of report.findings) {
    if (RULE_INDICATOR[f.rule as RuleId] !== 'accurate') continue;
    // A problem seen only when blank applicant cells are read as 0 is shown, not scored: the blank may be a gap.
    const strict = !f.modes || f.modes.length === 0 || f.modes.includes('strict');
    if (!strict) lenientOnly += 1;
    const points = !strict ? 0 : f.rule === CARRY_OVER ? t.brokenCarryOver : f.severity === 'ERROR' ? t.errorRule : f.severity === 'WARN' ? t.warnRule : 0;
    evidence.push({ kind: 'rule', cells: [...(f.cells ?? [])], zh: `${f.rule}：${f.messageZh}${strict ? '' : '（仅宽松口径不通过，未扣分）'}`, en: `${f.rule}: ${f.messageEn}${strict ? '' : ' (fails in the lenient reading only; not scored)'}`, points });
  }
  const review = report.needsReview ? { flag: '报告未能完整读取，需人工复核', flagEn: 'the report was not read completely and needs review' } : {};
  const lenient = lenientOnly > 0 && !report.needsReview ? { flag: `${lenientOnly}项仅在宽松口径下不通过`, flagEn: `${lenientOnly} problem(s) fail only in the lenient reading` } : {};

  return { score: pointsOff(evidence), measure: evidence.filter((e) => e.points > 0).length, evidence, ...lenient, ...review };
}
