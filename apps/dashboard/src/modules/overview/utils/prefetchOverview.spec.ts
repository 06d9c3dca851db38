import { GET_RANKING } from '../graphql/queries/getRanking';
import { overviewRequests } from './prefetchOverview';

const raw = {
  datasetInfo: { reportCount: 3, sampleReportCount: 0, yearMin: 2019, yearMax: 2025, lastIngestedAt: '2026-01-02T00:00:00Z' },
  reports: { edges: [{ node: { id: 'r1', year: 2025, region: { code: '540402', level: 'county', parentCode: '540400' } } }] },
};

describe('overviewRequests', () => {
  it('asks for the default view: the prefecture of the newest report, the latest year, the default metric', () => {
    const requests = overviewRequests(raw, '/', '');
    expect(requests).toHaveLength(6);
    expect(requests.find((r) => r.query === GET_RANKING)?.variables).toEqual({ metric: 't3_new_received_tot', year: 2025, parentCode: '540400' });
    // Same key order as the hooks, so the cache key (JSON of the variables) is the same.
    expect(JSON.stringify(requests[0]?.variables)).toBe('{"code":"540400"}');
    expect(JSON.stringify(requests[5]?.variables)).toBe('{"first":1,"where":{"regionCode":"540400","yearFrom":2025,"yearTo":2025}}');
  });

  it('follows the URL filters and ignores an unknown metric', () => {
    const requests = overviewRequests(raw, '/', '?pref=510100&year=2022&metric=nope');
    expect(requests.find((r) => r.query === GET_RANKING)?.variables).toEqual({ metric: 't3_new_received_tot', year: 2022, parentCode: '510100' });
  });

  it('asks for nothing on another page or without a prefecture', () => {
    expect(overviewRequests(raw, '/quality', '')).toEqual([]);
    expect(overviewRequests({ ...raw, reports: { edges: [] } }, '/', '')).toEqual([]);
  });
});
