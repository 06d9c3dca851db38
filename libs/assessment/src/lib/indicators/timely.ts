import { type AssessmentThresholds, publicationDeadline } from '@gongkai/domain';

import { type AssessedReport } from '../types';
import { type IndicatorOutcome } from './indicator-score';

const DAY_MS = 86_400_000;

/** 按时发布: on or before the statutory deadline 100; each started week late −latePerWeek; date unknown: flagged. */
export function assessTimely(report: AssessedReport, t: AssessmentThresholds): IndicatorOutcome {
  const deadline = publicationDeadline(report.year, report.issuerKind);
  if (!report.publishedOn) {
    return {
      score: t.unknownDateScore,
      measure: null,
      flag: '发布日期不明',
      flagEn: 'publication date unknown',
      evidence: [{ kind: 'date', zh: `文档未载明发布日期，法定期限为${deadline}`, en: `The document states no publication date; the deadline is ${deadline}`, points: 100 - t.unknownDateScore }],
    };
  }
  const days = Math.round((Date.parse(report.publishedOn) - Date.parse(deadline)) / DAY_MS);
  if (days <= 0) {
    return { score: 100, measure: days, evidence: [{ kind: 'date', zh: `${report.publishedOn}发布，法定期限${deadline}`, en: `Published ${report.publishedOn}, deadline ${deadline}`, points: 0 }] };
  }
  const weeks = Math.ceil(days / 7);
  const points = Math.min(100, weeks * t.latePerWeek);

  return {
    score: 100 - points,
    measure: days,
    evidence: [{ kind: 'date', zh: `${report.publishedOn}发布，晚于法定期限${deadline}共${days}天（${weeks}周）`, en: `Published ${report.publishedOn}, ${days} days (${weeks} weeks) after the deadline ${deadline}`, points }],
  };
}
