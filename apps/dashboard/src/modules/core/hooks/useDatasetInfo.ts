import { GET_DATASET_INFO } from '../graphql/queries/getDatasetInfo';
import { type DatasetInfo } from '../types/api';
import { useQuery } from './useQuery';

export type DatasetInfoResult = {
  datasetInfo: DatasetInfo;
  reports: { edges: Array<{ node: { id: string; year: number; region: { code: string; level: string; parentCode: string | null } } }> };
};

export type DatasetInfoData = DatasetInfo & { defaultPrefecture: string | null; dataDate: string };

/** Dataset facts every page needs: sample-data flag, year span, data date and the default prefecture. */
export function useDatasetInfo(): { data: DatasetInfoData | undefined; loading: boolean; error: Error | undefined; reload: () => void } {
  const result = useQuery(GET_DATASET_INFO);
  const data = result.data ? toDatasetInfoData(result.data) : undefined;

  return { data, loading: result.loading, error: result.error, reload: result.reload };
}

/** The dataset facts with the default prefecture (the one holding the newest report) and the data date. */
export function toDatasetInfoData(raw: DatasetInfoResult): DatasetInfoData {
  const region = raw.reports.edges[0]?.node.region;
  const defaultPrefecture = region ? (region.level === 'prefecture' ? region.code : region.level === 'county' ? region.parentCode : null) : null;

  return { ...raw.datasetInfo, defaultPrefecture, dataDate: (raw.datasetInfo.lastIngestedAt ?? '').slice(0, 10) };
}
