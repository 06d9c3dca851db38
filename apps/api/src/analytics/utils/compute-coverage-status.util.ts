import { type CoverageStatus } from '../../core/graphql/enums/coverage-status.enum';

/** The worst applies: missing > failing > late > filed. */
export function computeCoverageStatus(input: { filed: boolean; failing: boolean; late: boolean }): CoverageStatus {
  if (!input.filed) return 'missing';
  if (input.failing) return 'failing';
  if (input.late) return 'late';

  return 'filed';
}
