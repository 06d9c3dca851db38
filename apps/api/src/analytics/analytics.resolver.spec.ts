import { BOARD_FAMILIES, getMetric } from '@gongkai/domain';

import { createReadSideGraphqlApp, type ReadSideGraphqlApp } from '../../test/analytics/support/create-read-side-graphql-app';
import { RegionException, RegionExceptionCode } from '../regions/region.exception';
import { type RegionRow } from '../regions/types/region-row.type';
import { type ReportRow } from '../reports/types/report-row.type';
import { AnalyticsException, AnalyticsExceptionCode } from './analytics.exception';
import { type AnalyticsService } from './analytics.service';
import { computeBoard } from './utils/compute-board.util';

const county: RegionRow = { code: '540121', name: '林周县', level: 'county', parent_code: '540100', path: '西藏自治区 拉萨市 林周县' };
const metric = getMetric('rate_disclosed');

describe('AnalyticsResolver (GraphQL, mocked service)', () => {
  let gql: ReadSideGraphqlApp;
  const analytics = {
    series: jest.fn<ReturnType<AnalyticsService['series']>, Parameters<AnalyticsService['series']>>(),
    ranking: jest.fn<ReturnType<AnalyticsService['ranking']>, Parameters<AnalyticsService['ranking']>>(),
    aggregate: jest.fn<ReturnType<AnalyticsService['aggregate']>, Parameters<AnalyticsService['aggregate']>>(),
    coverage: jest.fn<ReturnType<AnalyticsService['coverage']>, Parameters<AnalyticsService['coverage']>>(),
    board: jest.fn<ReturnType<AnalyticsService['board']>, Parameters<AnalyticsService['board']>>(),
  };
  const findByIds = jest.fn<Promise<(ReportRow | null)[]>, [readonly string[]]>();

  beforeAll(async () => {
    gql = await createReadSideGraphqlApp({ analytics, reports: { findByIds } });
  });

  afterAll(async () => {
    await gql.app.close();
  });

  beforeEach(() => jest.clearAllMocks());

  it('passes the series arguments with the level default and serialises decimals as exact strings', async () => {
    if (!metric) throw new Error('catalogue lost rate_disclosed');
    analytics.series.mockResolvedValue({
      metric,
      series: [
        {
          region: county,
          points: [
            { year: 2020, reportId: null, template: null, value: null, state: 'missing', raw: null, change: null, changePct: null, changePp: null, comparability: null },
            { year: 2021, reportId: 'r1', template: 'gb2021', value: '0.81250000', state: 'derived', raw: '', change: '0.1', changePct: 14.0845, changePp: 10, comparability: 'same' },
          ],
        },
      ],
    });

    const response = await gql.query(`{ series(metric: "rate_disclosed", parentCode: "540100", yearFrom: 2020, yearTo: 2021) {
      region { code name } metric { key unit labelZh } points { year value state change changePct changePp comparability template } } }`);

    expect(response.errors).toBeUndefined();
    expect(analytics.series).toHaveBeenCalledWith(expect.objectContaining({ metric: 'rate_disclosed', parentCode: '540100', level: 'county', yearFrom: 2020, yearTo: 2021 }));
    expect(response.data?.['series']).toEqual([
      {
        region: { code: '540121', name: '林周县' },
        metric: { key: 'rate_disclosed', unit: 'ratio', labelZh: metric.labelZh },
        points: [
          { year: 2020, value: null, state: 'missing', change: null, changePct: null, changePp: null, comparability: null, template: null },
          { year: 2021, value: '0.8125', state: 'derived', change: '0.1', changePct: 14.0845, changePp: 10, comparability: 'same', template: 'gb2021' },
        ],
      },
    ]);
  });

  it('maps analytics and region exceptions to BAD_USER_INPUT and NOT_FOUND with a reason', async () => {
    analytics.ranking.mockRejectedValueOnce(new AnalyticsException('Unknown metric nope', AnalyticsExceptionCode.UNKNOWN_METRIC));
    analytics.coverage.mockRejectedValueOnce(new RegionException('Unknown region code 000000', RegionExceptionCode.REGION_NOT_FOUND));

    const ranking = await gql.query(`{ ranking(metric: "nope", year: 2021) { count } }`);
    const coverage = await gql.query(`{ coverage(parentCode: "000000", yearFrom: 2020, yearTo: 2021) { year } }`);

    expect(ranking.errors?.[0]).toMatchObject({ message: 'Unknown metric nope', extensions: { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_METRIC' } });
    expect(coverage.errors?.[0]).toMatchObject({ message: 'Unknown region code 000000', extensions: { code: 'NOT_FOUND', reason: 'REGION_NOT_FOUND' } });
  });

  it('resolves CoverageEntry.report through one batched loader call', async () => {
    const base = { region: county, late: false, failing: false, publishedOn: '2022-03-01', deadline: '2022-03-31', daysLate: 0, failedRules: [], status: 'filed' as const, publication: 'on_time' as const, quality: 'passing' as const, evidence: [], contact: null };
    analytics.coverage.mockResolvedValue([
      { ...base, year: 2020, reportId: 'a' },
      { ...base, year: 2021, reportId: 'b' },
      { ...base, year: 2022, reportId: null, status: 'missing', publication: 'not_collected', quality: 'none', publishedOn: null, daysLate: null },
    ]);
    const report = (id: string, year: number): ReportRow => ({
      id,
      source_document_id: 'd',
      issuer_id: 'i',
      issuer_kind: 'gov',
      region_code: '540121',
      year,
      template: 'gb2021',
      scope: 'self',
      status: 'current',
      title: null,
      published_on: '2022-03-01',
      sample_data: false,
      parser_version: 't',
      ingested_at: new Date('2026-01-01T00:00:00Z'),
      finding_count: 0,
      needs_review: false,
      failing: false,
    });
    findByIds.mockImplementation(async (ids) => ids.map((id) => report(id, id === 'a' ? 2020 : 2021)));

    const response = await gql.query(`{ coverage(parentCode: "540100", yearFrom: 2020, yearTo: 2022) { year status report { id year deadline } } }`);

    expect(response.data?.['coverage']).toEqual([
      { year: 2020, status: 'filed', report: { id: 'a', year: 2020, deadline: '2021-03-31' } },
      { year: 2021, status: 'filed', report: { id: 'b', year: 2021, deadline: '2022-03-31' } },
      { year: 2022, status: 'missing', report: null },
    ]);
    expect(findByIds).toHaveBeenCalledTimes(1);
    expect(findByIds).toHaveBeenCalledWith(['a', 'b']);
  });

  it('returns aggregate rows with optional group columns', async () => {
    analytics.aggregate.mockResolvedValue([
      { region: county, year: 2021, template: null, issuerKind: null, value: 103, count: 6, regionCount: 6, undefinedCount: 1, likeForLike: { fromYear: 2020, toYear: 2021, regionCount: 6, excludedRegions: [county] } },
    ]);

    const response = await gql.query(`{ aggregate(metric: "t3_new_received_tot", parentCode: "540000", level: prefecture, yearFrom: 2020, yearTo: 2021, groupBy: [region, year], fn: sum) {
      region { code } year template issuerKind value count regionCount undefinedCount likeForLike { fromYear toYear regionCount excludedRegions { code name } } } }`);

    expect(response.data?.['aggregate']).toEqual([
      {
        region: { code: '540121' },
        year: 2021,
        template: null,
        issuerKind: null,
        value: 103,
        count: 6,
        regionCount: 6,
        undefinedCount: 1,
        likeForLike: { fromYear: 2020, toYear: 2021, regionCount: 6, excludedRegions: [{ code: '540121', name: county.name }] },
      },
    ]);
    // LIKE_FOR_LIKE is the default comparison.
    expect(analytics.aggregate).toHaveBeenCalledWith(expect.objectContaining({ groupBy: ['region', 'year'], fn: 'sum', level: 'prefecture', comparison: 'LIKE_FOR_LIKE' }));
  });

  it('serves the board with exact decimals, the family note and the catalogue metric of each series', async () => {
    const parent: RegionRow = { code: '540100', name: '拉萨市', level: 'prefecture', parent_code: '540000', path: '西藏自治区 拉萨市' };
    analytics.board.mockResolvedValue(
      computeBoard({
        parent,
        regions: [county],
        yearFrom: 2020,
        yearTo: 2021,
        families: BOARD_FAMILIES,
        reports: [
          { regionCode: county.code, year: 2020, reportId: 'a', template: 'gb2019', sampleData: true },
          { regionCode: county.code, year: 2021, reportId: 'b', template: 'gb2021', sampleData: false },
        ],
        values: [
          { regionCode: county.code, year: 2020, metricKey: 't2_procure_amount_yuan', value: '12345678.90', state: 'number' },
          { regionCode: county.code, year: 2020, metricKey: 't2_license_decisions', value: '10', state: 'number' },
          { regionCode: county.code, year: 2021, metricKey: 't2_license_decisions', value: '15', state: 'number' },
        ],
      }),
    );

    const response = await gql.query(`{ board(parentCode: "540100", yearFrom: 2020, yearTo: 2021) {
      parent { code } regions { code }
      families { id labelZh templateNoteZh metrics { metric { key unit } yearsTo rankYear
        totals { year value state regionCount sampleData change changePct comparability likeForLike { regionCount value previousValue } }
        counties { points { year value rank } } ranking { region { code } rank rankChange } }
        compositions { id parts { key } years { year total shares { share } } } } } }`);

    expect(response.errors).toBeUndefined();
    expect(analytics.board).toHaveBeenCalledWith({ parentCode: '540100', yearFrom: 2020, yearTo: 2021 });
    type Families = { id: string; templateNoteZh: string | null; metrics: { metric: { key: string }; yearsTo: number | null; totals: Record<string, unknown>[]; ranking: Record<string, unknown>[] }[]; compositions: { id: string }[] }[];
    const families = (response.data?.['board'] as { families: Families }).families;
    const license = families[0].metrics[0];
    expect(license.totals).toEqual([
      { year: 2020, value: '10', state: 'number', regionCount: 1, sampleData: true, change: null, changePct: null, comparability: null, likeForLike: null },
      { year: 2021, value: '15', state: 'number', regionCount: 1, sampleData: false, change: '5', changePct: 50, comparability: 'same', likeForLike: { regionCount: 1, value: '15', previousValue: '10' } },
    ]);
    expect(license.ranking).toEqual([{ region: { code: '540121' }, rank: 1, rankChange: 0 }]);
    const amount = families[2].metrics.find((m) => m.metric.key === 't2_procure_amount_yuan');
    expect(families[2].templateNoteZh).toContain('2021年版');
    expect(amount?.yearsTo).toBe(2020);
    expect(amount?.totals.map((t) => t['value'])).toEqual(['12345678.9']);
    expect(families[3].compositions.map((c) => c.id)).toEqual(['outcomes', 'applicants', 'review_outcomes', 'suit_outcomes']);
  });
});
