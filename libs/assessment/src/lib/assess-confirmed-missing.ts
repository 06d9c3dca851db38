import { type AssessmentScheme, DEFAULT_ASSESSMENT_SCHEME } from '@gongkai/domain';

import { type Evidence, type ReportAssessment } from './types';

/**
 * A body confirmed missing after the deadline (a site check found no report): 0 on every indicator
 * (assessment.md), each with the evidence of the check. A body merely not collected gets no assessment at all.
 */
export function assessConfirmedMissing(year: number, check: { url: string; checkedAt: string; deadline: string }, scheme: AssessmentScheme = DEFAULT_ASSESSMENT_SCHEME): ReportAssessment {
  const evidence: Evidence = {
    kind: 'note',
    zh: `法定期限${check.deadline}后经站点核查（${check.checkedAt.slice(0, 10)}，${check.url}）未发布${year}年度报告`,
    en: `A site check after the deadline ${check.deadline} (${check.checkedAt.slice(0, 10)}, ${check.url}) found no ${year} report`,
    points: 100,
  };

  return {
    schemeId: scheme.id,
    schemeVersion: scheme.version,
    score: scheme.indicators.some((i) => i.weight > 0) ? 0 : null,
    indicators: scheme.indicators.map((i) => ({ id: i.id, weight: i.weight, score: 0, flag: '确认未发布', flagEn: 'confirmed missing', evidence: [evidence], measure: null })),
    previousYear: null,
  };
}
