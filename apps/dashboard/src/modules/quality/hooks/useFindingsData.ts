import { useQuery } from '../../core/hooks/useQuery';
import { type FindingFilter, type Severity } from '../../../gql/graphql';
import { type FindingsPage } from '../../core/types/api';
import { GET_FINDINGS } from '../graphql/queries/getFindings';

export type FindingsFilter = { regionCode: string | null; yearFrom?: number; yearTo?: number; rule?: string; severity?: Severity };

export function useFindingsData(
  filter: FindingsFilter,
  first: number,
): { data: FindingsPage | undefined; loading: boolean; error: Error | undefined; reload: () => void } {
  const where: FindingFilter = { regionCode: filter.regionCode };
  if (filter.yearFrom) where.yearFrom = filter.yearFrom;
  if (filter.yearTo) where.yearTo = filter.yearTo;
  if (filter.rule) where.rule = filter.rule;
  if (filter.severity) where.severity = filter.severity;
  const result = useQuery(GET_FINDINGS, { first, where }, { skip: !filter.regionCode });

  return { data: result.data?.findings, loading: result.loading, error: result.error, reload: result.reload };
}
