import { type AssessmentIndicatorId, type AssessmentScheme } from '@gongkai/domain';

import { type Evidence, type IndicatorResult } from '../types';

/** What an indicator computes before the scheme's weight is attached. */
export type IndicatorOutcome = Omit<IndicatorResult, 'id' | 'weight' | 'flag' | 'flagEn'> & { flag?: string | null; flagEn?: string | null };

/** 100 minus the points of the evidence, floor 0. */
export function pointsOff(evidence: readonly Evidence[]): number {
  return Math.max(0, 100 - evidence.reduce((sum, e) => sum + e.points, 0));
}

export function indicatorResult(scheme: AssessmentScheme, id: AssessmentIndicatorId, outcome: IndicatorOutcome): IndicatorResult {
  const weight = scheme.indicators.find((i) => i.id === id)?.weight ?? 0;

  return { id, weight, score: outcome.score, flag: outcome.flag ?? null, flagEn: outcome.flagEn ?? null, evidence: outcome.evidence, measure: outcome.measure };
}
