import { type AssessmentScheme, DEFAULT_ASSESSMENT_SCHEME } from '@gongkai/domain';

import { assessAccurate } from './indicators/accurate';
import { assessComplete } from './indicators/complete';
import { assessConsistent } from './indicators/consistent';
import { indicatorResult } from './indicators/indicator-score';
import { assessOriginal } from './indicators/original';
import { assessSpecific } from './indicators/specific';
import { assessStandard } from './indicators/standard';
import { assessTimely } from './indicators/timely';
import { type AssessedReport, type IndicatorResult, type ReportAssessment } from './types';

/**
 * Every indicator of the scheme for one report, with its evidence. `previous` is the same body's previous
 * report (the latest earlier year), for the repeated-sentence indicator; null when there is none.
 */
export function assessReport(report: AssessedReport, previous: AssessedReport | null, scheme: AssessmentScheme = DEFAULT_ASSESSMENT_SCHEME): ReportAssessment {
  const t = scheme.thresholds;
  const outcomes = {
    timely: () => assessTimely(report, t),
    complete: () => assessComplete(report, t),
    accurate: () => assessAccurate(report, t),
    standard: () => assessStandard(report, t),
    consistent: () => assessConsistent(report, t),
    specific: () => assessSpecific(report, t),
    original: () => assessOriginal(report, previous, t),
  };
  const indicators: IndicatorResult[] = scheme.indicators.map((i) => indicatorResult(scheme, i.id, outcomes[i.id]()));

  return { schemeId: scheme.id, schemeVersion: scheme.version, score: weightedScore(indicators), indicators, previousYear: previous?.year ?? null };
}

/** The weighted mean of the indicators that have a score (one decimal); null when none has or all weights are 0. */
export function weightedScore(indicators: readonly IndicatorResult[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const i of indicators) {
    if (i.score === null || i.weight <= 0) continue;
    sum += i.score * i.weight;
    weights += i.weight;
  }

  return weights === 0 ? null : Math.round((sum / weights) * 10) / 10;
}
