import { type ReportQuality } from '../../core/graphql/enums/report-quality.enum';

/**
 * The quality of the held report. A report the parser flagged (needsReview: a template cell not found, a row
 * it could not place or match) needs a person first: its pass or fail is about what was read, not what was printed.
 */
export function computeReportQuality(input: { held: boolean; needsReview: boolean; failing: boolean }): ReportQuality {
  if (!input.held) return 'none';
  if (input.needsReview) return 'needs_review';

  return input.failing ? 'failing' : 'passing';
}
