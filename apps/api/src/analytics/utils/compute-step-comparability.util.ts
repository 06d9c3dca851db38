import { type Comparability, type Metric, stepComparability, type TemplateId } from '@gongkai/domain';

/**
 * Comparability of the step from one year's report to the next (spec §9.6.8), from the two reports'
 * templates through the catalogue. Null when either year has no report. A non-standard report has no
 * template to reconcile with, so its steps are always a `break` (never silently joined).
 */
export function computeStepComparability(metric: Metric, from: TemplateId | null, to: TemplateId | null): Comparability | null {
  if (from === null || to === null) return null;
  if (from === 'nonstandard' || to === 'nonstandard') return 'break';

  return stepComparability(metric, from, to);
}
