import { type PublicationStatus } from '../../core/graphql/enums/publication-status.enum';
import { type SiteCheckResult } from '../../core/graphql/enums/site-check-result.enum';

export type PublicationInput = {
  /** A current report stands for the region-year. */
  held: boolean;
  /** Days after the deadline of the held report's publication date; null when it states none. */
  daysLate: number | null;
  /** False when the region did not exist that year. */
  required: boolean;
  /** The statutory deadline, ISO date. */
  deadline: string;
  checks: readonly { result: SiteCheckResult; checkedAt: string }[];
};

/**
 * The publication status of a region-year. A held report decides: it is never "missing", whatever a check says,
 * and a report without a date is date_unknown, never on time. Without one: a region that did not exist owes
 * nothing; otherwise the newest conclusive check (found / not_found; unreachable tells nothing) decides, and only
 * a check made after the deadline can confirm a report missing (before it, there was nothing to find yet); a
 * `found` check means the report exists but is not held here, so it stays not_collected.
 */
export function computePublicationStatus(input: PublicationInput): PublicationStatus {
  if (input.held) {
    if (input.daysLate === null) return 'date_unknown';

    return input.daysLate > 0 ? 'late' : 'on_time';
  }
  if (!input.required) return 'not_required';
  const deadlineEnd = Date.parse(`${input.deadline}T23:59:59.999+08:00`);
  let newest: { result: SiteCheckResult; at: number } | null = null;
  for (const check of input.checks) {
    if (check.result === 'unreachable') continue;
    const at = Date.parse(check.checkedAt);
    if (!newest || at > newest.at) newest = { result: check.result, at };
  }
  if (newest && newest.result === 'not_found' && newest.at > deadlineEnd) return 'confirmed_missing';

  return 'not_collected';
}
