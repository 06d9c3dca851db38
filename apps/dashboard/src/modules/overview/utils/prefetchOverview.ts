import { getMetric } from '@gongkai/domain';

import { GET_REGION } from '../../core/graphql/queries/getRegion';
import { GET_SERIES } from '../../core/graphql/queries/getSeries';
import { prefetchQuery } from '../../core/hooks/useQuery';
import { toDatasetInfoData, type DatasetInfoResult } from '../../core/hooks/useDatasetInfo';
import { decodeRoute, readInt } from '../../core/router/urlState';
import { GET_COVERAGE } from '../../quality/graphql/queries/getCoverage';
import { GET_FINDINGS } from '../../quality/graphql/queries/getFindings';
import type * as SmallMultiplesChunk from '../components/SmallMultiples';
import { GET_HEADLINE } from '../graphql/queries/getHeadline';
import { headlineVariables } from '../hooks/useHeadlineData';
import { GET_RANKING } from '../graphql/queries/getRanking';
import { readComparison } from './readComparison';

export const DEFAULT_OVERVIEW_METRIC = 't3_new_received_tot';

/**
 * The overview's GraphQL requests for a URL, with exactly the variables its hooks send (same keys, same order,
 * so they hit the same cache entries). Empty when the URL is not the overview or there is no prefecture.
 */
export function overviewRequests(raw: DatasetInfoResult, pathname: string, search: string): Array<{ query: string; variables: Record<string, unknown> }> {
  const route = decodeRoute(pathname, search);
  if (route.name !== 'overview' || route.id) return [];
  const info = toDatasetInfoData(raw);
  const params = route.params;
  const prefecture = params.pref ?? info.defaultPrefecture;
  if (!prefecture) return [];
  const yearMax = info.yearMax ?? new Date().getUTCFullYear() - 1;
  const yearMin = info.yearMin ?? yearMax;
  const year = readInt(params, 'year', yearMax);
  const metric = params.metric && getMetric(params.metric) ? params.metric : DEFAULT_OVERVIEW_METRIC;
  const where: Record<string, unknown> = { regionCode: prefecture };
  if (year) where.yearFrom = year;
  if (year) where.yearTo = year;

  return [
    { query: GET_REGION, variables: { code: prefecture } },
    { query: GET_HEADLINE, variables: headlineVariables(prefecture, year, readComparison(params)) },
    { query: GET_SERIES, variables: { metric, parentCode: prefecture, yearFrom: yearMin, yearTo: yearMax } },
    { query: GET_RANKING, variables: { metric, year, parentCode: prefecture } },
    { query: GET_COVERAGE, variables: { parentCode: prefecture, yearFrom: year, yearTo: year } },
    { query: GET_FINDINGS, variables: { first: 1, where } },
  ];
}

type SmallMultiplesModule = typeof SmallMultiplesChunk;

/** The small-multiples chunk; one shared promise, so a preload and the lazy component agree. */
let smallMultiples: Promise<SmallMultiplesModule> | undefined;
export function loadSmallMultiples(): Promise<SmallMultiplesModule> {
  // A failed load is forgotten, so the next call (the lazy component's) tries again and shows the error.
  smallMultiples ??= import('../components/SmallMultiples').catch((error: unknown) => {
    smallMultiples = undefined;
    throw error;
  });

  return smallMultiples;
}

/** Starts the overview's requests as soon as the dataset facts are known, before React has rendered the page. */
export function prefetchOverview(raw: unknown): void {
  if (!raw || typeof raw !== 'object' || !('datasetInfo' in raw)) return;
  for (const { query, variables } of overviewRequests(raw as DatasetInfoResult, window.location.pathname, window.location.search)) prefetchQuery(query, variables);
}

/** On the overview, loads the chart code at once, while the dataset facts and then the data are on their way. */
export function preloadOverviewCode(): void {
  if (decodeRoute(window.location.pathname, window.location.search).name === 'overview') loadSmallMultiples().catch(() => undefined);
}
