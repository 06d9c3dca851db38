import { generateReportSeries, linzhiCounties, renderSample, type SampleReport } from '@gongkai/sample-corpus';

import { IngestionService } from '../../src/ingestion/ingestion.service';
import { createTestApp, type TestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';

type Row = { year: number; value: number | null; count: number; regionCount: number; undefinedCount: number; likeForLike: { fromYear: number; toYear: number; regionCount: number; excludedRegions: { code: string; name: string }[] } | null };

const LINZHI = '540400';
const ROW_FIELDS = 'year value count regionCount undefinedCount likeForLike { fromYear toYear regionCount excludedRegions { code name } }';

/** The printed number of a sample (the generated documents print every cell; clean samples read back exactly). */
const printed = (sample: SampleReport, key: string): number => Number(sample.cells[key]);

/**
 * The overview's headline case (issue 12): 林芝市 has all 7 counties' reports for 2024 and only 3 for 2025, as
 * every spring before the deadline. The year-over-year aggregate compares the 3 counties with themselves.
 */
describe.each(TEST_BACKENDS)('like-for-like aggregates and undefined rates (%s)', (backend) => {
  let app: TestApp;
  const counties = linzhiCounties();
  const current = counties.slice(0, 3);
  const samples: SampleReport[] = [];

  beforeAll(async () => {
    app = await createTestApp(backend);
    const ingestion = app.app.get(IngestionService);
    for (const region of counties) {
      const years = current.includes(region) ? [2024, 2025] : [2024];
      samples.push(...generateReportSeries({ region, years, seed: 'like-for-like-e2e', errorRate: 0, missingRate: 0, deviationScale: 0 }));
    }
    // The first county's 2025 report has no 复议 case at all: its 复议纠错率 has nothing to divide.
    const noReview = samples.find((s) => s.region.code === current[0].code && s.year === 2025) as SampleReport;
    for (const outcome of ['upheld', 'corrected', 'other', 'pending', 'total']) noReview.cells[`t4_review_${outcome}`] = '0';
    for (const sample of samples) {
      const result = await ingestion.ingest({ bytes: renderSample(sample, 'txt'), fileName: `${sample.id}.txt`, regionCode: sample.region.code }, 'system');
      expect(result.status).toBe('ingested');
    }
  }, 600_000);

  afterAll(async () => {
    await app?.close();
  });

  const aggregate = async (metric: string, fn: string, extra = ''): Promise<Row[]> => {
    const response = await app.graphql<{ aggregate: Row[] }>(
      `{ aggregate(metric: "${metric}", parentCode: "${LINZHI}", level: county, yearFrom: 2024, yearTo: 2025, groupBy: [year], fn: ${fn}${extra}) { ${ROW_FIELDS} } }`,
    );
    expect(response.body.errors).toBeUndefined();

    return response.body.data?.aggregate ?? [];
  };
  const sumOf = (regions: readonly { code: string }[], year: number, key: string): number =>
    samples.filter((s) => s.year === year && regions.some((r) => r.code === s.region.code)).reduce((sum, s) => sum + printed(s, key), 0);

  it('compares 2025 with 2024 over the 3 counties with reports in both years, and names the 4 left out (default LIKE_FOR_LIKE)', async () => {
    const rows = await aggregate('t2_license_decisions', 'sum');
    const excluded = counties
      .slice(3)
      .map((c) => ({ code: c.code, name: c.name }))
      .sort((a, b) => a.code.localeCompare(b.code));
    const step = { fromYear: 2024, toYear: 2025, regionCount: 3, excludedRegions: excluded };

    expect(rows).toEqual([
      { year: 2024, value: sumOf(current, 2024, 't2_license_decisions'), count: 3, regionCount: 3, undefinedCount: 0, likeForLike: step },
      { year: 2025, value: sumOf(current, 2025, 't2_license_decisions'), count: 3, regionCount: 3, undefinedCount: 0, likeForLike: step },
    ]);
    // The headline's second aggregate (templates of the compared reports) is over the same counties, with the same step.
    const templates = await app.graphql<{ aggregate: { year: number; template: string; value: number; likeForLike: { regionCount: number } }[] }>(
      `{ aggregate(metric: "t2_license_decisions", parentCode: "${LINZHI}", level: county, yearFrom: 2024, yearTo: 2025, groupBy: [year, template], fn: count) { year template value likeForLike { regionCount } } }`,
    );
    expect(templates.body.data?.aggregate).toEqual([
      { year: 2024, template: 'gb2021', value: 3, likeForLike: { regionCount: 3 } },
      { year: 2025, template: 'gb2021', value: 3, likeForLike: { regionCount: 3 } },
    ]);
  });

  it('ALL_REPORTS gives the old sums: 7 counties in 2024, 3 in 2025, and says so', async () => {
    const rows = await aggregate('t2_license_decisions', 'sum', ', comparison: ALL_REPORTS');

    expect(rows).toEqual([
      { year: 2024, value: sumOf(counties, 2024, 't2_license_decisions'), count: 7, regionCount: 7, undefinedCount: 0, likeForLike: null },
      { year: 2025, value: sumOf(current, 2025, 't2_license_decisions'), count: 3, regionCount: 3, undefinedCount: 0, likeForLike: null },
    ]);
  });

  it('a single year has no step: LIKE_FOR_LIKE is the same as ALL_REPORTS there', async () => {
    const response = await app.graphql<{ a: Row[]; b: Row[] }>(
      `{ a: aggregate(metric: "t2_license_decisions", parentCode: "${LINZHI}", level: county, yearFrom: 2024, yearTo: 2024, groupBy: [year], fn: sum) { ${ROW_FIELDS} }
         b: aggregate(metric: "t2_license_decisions", parentCode: "${LINZHI}", level: county, yearFrom: 2024, yearTo: 2024, groupBy: [year], fn: sum, comparison: ALL_REPORTS) { ${ROW_FIELDS} } }`,
    );

    expect(response.body.data?.a).toEqual(response.body.data?.b);
    expect(response.body.data?.a[0]).toMatchObject({ value: sumOf(counties, 2024, 't2_license_decisions'), likeForLike: null });
  });

  it('a report with 复议 total 0 has 复议纠错率 undefined: in series, ranking and aggregate, never missing or 0', async () => {
    const response = await app.graphql<{
      series: { points: { year: number; value: string | null; state: string }[] }[];
      ranking: { count: number; entries: { region: { code: string }; value: string | null; state: string; rank: number | null }[] };
      report: { values: { key: string; value: string | null; state: string }[] }[];
    }>(
      `{ series(metric: "rate_review_corrected", regionCodes: ["${current[0].code}"], yearFrom: 2024, yearTo: 2025) { points { year value state } }
         ranking(metric: "rate_review_corrected", year: 2025, parentCode: "${LINZHI}") { count entries { region { code } value state rank } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    // The generated documents may have no 复议 case of their own in other years: what to expect follows the printed totals.
    const reviewTotal = (region: string, year: number) => printed(samples.find((s) => s.region.code === region && s.year === year) as SampleReport, 't4_review_total');
    const stateOf = (region: string, year: number) => (reviewTotal(region, year) === 0 ? 'undefined' : 'derived');
    const points = response.body.data?.series[0].points ?? [];
    expect(points.find((p) => p.year === 2025)).toEqual({ year: 2025, value: null, state: 'undefined' });
    expect(points.find((p) => p.year === 2024)?.state).toBe(stateOf(current[0].code, 2024));
    const entries = response.body.data?.ranking.entries ?? [];
    expect(entries.find((e) => e.region.code === current[0].code)).toMatchObject({ value: null, state: 'undefined', rank: null });
    expect(entries.find((e) => e.region.code === counties[6].code)).toMatchObject({ value: null, state: 'missing', rank: null });
    const defined2025 = current.filter((c) => stateOf(c.code, 2025) === 'derived');
    const undefined2025 = current.length - defined2025.length;
    expect(undefined2025).toBeGreaterThanOrEqual(1);
    expect(response.body.data?.ranking.count).toBe(defined2025.length);

    const rows = await aggregate('rate_review_corrected', 'median', ', comparison: ALL_REPORTS');
    expect(rows.find((r) => r.year === 2025)).toMatchObject({ count: defined2025.length, regionCount: defined2025.length, undefinedCount: undefined2025 });
    // Like for like, a county without a 2025 rate is not compared (it is named as left out when it has a 2024 rate).
    const like = await aggregate('rate_review_corrected', 'median');
    const row2025 = like.find((r) => r.year === 2025);
    const both = defined2025.filter((c) => stateOf(c.code, 2024) === 'derived');
    expect(row2025).toMatchObject({ count: both.length, regionCount: both.length, undefinedCount: undefined2025, likeForLike: { regionCount: both.length } });
    expect(row2025?.likeForLike?.excludedRegions.map((r) => r.code)).not.toContain(both[0]?.code);
    if (stateOf(current[0].code, 2024) === 'derived') expect(row2025?.likeForLike?.excludedRegions.map((r) => r.code)).toContain(current[0].code);
  });
});
