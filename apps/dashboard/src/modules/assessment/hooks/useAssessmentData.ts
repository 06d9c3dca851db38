import { useQuery, type QueryResult } from '../../core/hooks/useQuery';
import { GET_ASSESSMENT } from '../graphql/queries/getAssessment';
import { type RegionAssessment } from '../types';

export function useAssessmentData(parentCode: string | null, year: number): QueryResult<RegionAssessment> {
  const result = useQuery(GET_ASSESSMENT, { parentCode: parentCode ?? '', year }, { skip: !parentCode });

  return { ...result, data: result.data?.assessment };
}
