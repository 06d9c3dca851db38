import { useDatasetInfo } from './useDatasetInfo';
import { useRoute } from '../router/useRoute';
import { readInt } from '../router/urlState';

export type PageFilters = {
  ready: boolean;
  prefecture: string | null;
  year: number;
  yearFrom: number;
  yearTo: number;
  yearMin: number;
  yearMax: number;
  years: number[];
  dataDate: string;
  setParams: ReturnType<typeof useRoute>['setParams'];
  params: Record<string, string>;
};

/** Prefecture and years from the URL, defaulting to the dataset (the prefecture with data, the latest year). */
export function usePageFilters(): PageFilters {
  const { route, setParams } = useRoute();
  const dataset = useDatasetInfo();
  const info = dataset.data;
  const thisYear = new Date().getUTCFullYear() - 1;
  const yearMax = info?.yearMax ?? thisYear;
  const yearMin = info?.yearMin ?? yearMax;
  const year = readInt(route.params, 'year', yearMax);
  const yearFrom = readInt(route.params, 'from', yearMin);
  const yearTo = readInt(route.params, 'to', yearMax);
  const years: number[] = [];
  for (let y = yearMin; y <= yearMax; y += 1) years.push(y);

  return {
    ready: info !== undefined,
    prefecture: route.params.pref ?? info?.defaultPrefecture ?? null,
    year,
    yearFrom: Math.min(yearFrom, yearTo),
    yearTo: Math.max(yearFrom, yearTo),
    yearMin,
    yearMax,
    years,
    dataDate: info?.dataDate ?? '',
    setParams,
    params: route.params,
  };
}
