import { getMetric } from '@gongkai/domain';

import { type FindingFilter } from '../../../gql/graphql';

import { GET_REGION } from '../../core/graphql/queries/getRegion';
import { GET_SERIES } from '../../core/graphql/queries/getSeries';
import { type Document } from '../../core/graphql/graphqlRequest';
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
export type OverviewRequest = { query: Document<unknown, never>; variables: unknown; prefetch: () => Promise<unknown> };

/** One request of the overview, typed by its document (the variables are checked against it). */
function request<TData, TVariables>(query: Document<TData, TVariables>, variables: TVariables): OverviewRequest {
  return { query, variables, prefetch: () => prefetchQuery(query, variables) };
}

export function overviewRequests(raw: DatasetInfoResult, pathname: string, search: string): OverviewRequest[] {
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
  const where: FindingFilter = { regionCode: prefecture };
  if (year) where.yearFrom = year;
  if (year) where.yearTo = year;

  return [
    request(GET_REGION, { code: prefecture }),
    request(GET_HEADLINE, headlineVariables(prefecture, year, readComparison(params))),
    request(GET_SERIES, { metric, parentCode: prefecture, yearFrom: yearMin, yearTo: yearMax }),
    request(GET_RANKING, { metric, year, parentCode: prefecture }),
    request(GET_COVERAGE, { parentCode: prefecture, yearFrom: year, yearTo: year }),
    request(GET_FINDINGS, { first: 1, where }),
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
  for (const { prefetch } of overviewRequests(raw as DatasetInfoResult, window.location.pathname, window.location.search)) void prefetch();
}

/** On the overview, loads the chart code at once, while the dataset facts and then the data are on their way. */
export function preloadOverviewCode(): void {
  if (decodeRoute(window.location.pathname, window.location.search).name === 'overview') loadSmallMultiples().catch(() => undefined);
}
