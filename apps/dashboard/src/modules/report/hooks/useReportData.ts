import { useQuery, type QueryResult } from '../../core/hooks/useQuery';
import { type ReportDetail } from '../../core/types/api';
import { GET_REPORT } from '../graphql/queries/getReport';

export function useReportData(id: string): QueryResult<ReportDetail | null> {
  const result = useQuery(GET_REPORT, { id }, { skip: !id });

  return { ...result, data: result.data ? result.data.report : undefined };
}
