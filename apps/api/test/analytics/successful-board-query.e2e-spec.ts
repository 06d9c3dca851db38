import { generateReportSeries, linzhiCounties, renderSample, type SampleReport } from '@gongkai/sample-corpus';

import { IngestionService } from '../../src/ingestion/ingestion.service';
import { createTestApp, type TestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';

const LINZHI = '540400';

type Point = { year: number; value: string | null; state: string; change: string | null; comparability: string | null; sampleData: boolean; rank: number | null; rankChange: number | null };
type Total = {
  year: number;
  value: string | null;
  state: string;
  regionCount: number;
  regionTotal: number;
  median: string | null;
  change: string | null;
  comparability: string | null;
  sampleData: boolean;
  likeForLike: { fromYear: number; regionCount: number; excludedRegions: { code: string }[]; value: string | null; previousValue: string | null } | null;
};
type BoardMetric = {
  metric: { key: string };
  yearsFrom: number | null;
  yearsTo: number | null;
  rankYear: number | null;
  totals: Total[];
  counties: { region: { code: string }; points: Point[] }[];
  ranking: { region: { code: string }; rank: number | null; previousRank: number | null; rankChange: number | null; value: string | null }[];
};
type Board = {
  parent: { code: string };
  regions: { code: string }[];
  families: {
    id: string;
    labelZh: string;
    templateNoteZh: string | null;
    metrics: BoardMetric[];
    compositions: { id: string; parts: { key: string }[]; years: { year: number; regionCount: number; total: string | null; shares: { metricKey: string; value: string | null; share: number | null }[] }[] }[];
  }[];
};

const BOARD_QUERY = `query Board($parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
  board(parentCode: $parentCode, yearFrom: $yearFrom, yearTo: $yearTo) {
    parent { code } regions { code }
    families {
      id labelZh templateNoteZh
      metrics {
        metric { key } yearsFrom yearsTo rankYear
        totals { year value state regionCount regionTotal median change comparability sampleData
                 likeForLike { fromYear regionCount excludedRegions { code } value previousValue } }
        counties { region { code } points { year value state change comparability sampleData rank rankChange } }
        ranking { region { code } rank previousRank rankChange value }
      }
      compositions { id parts { key } years { year regionCount total shares { metricKey value share } } }
    }
  }
}`;

/**
 * The board of 林芝市 (issue 18) over four of its counties, 2019–2022 (both templates): the fourth county has no
 * 2022 report yet, and the first county had no 复议 case in 2021. Every number is checked against the printed
 * cells or the `series` query of the same metric.
 */
describe.each(TEST_BACKENDS)('the prefecture board (%s)', (backend) => {
  let app: TestApp;
  let board: Board;
  const counties = linzhiCounties().slice(0, 4);
  const late = counties[3];
  const samples: SampleReport[] = [];

  beforeAll(async () => {
    app = await createTestApp(backend);
    const ingestion = app.app.get(IngestionService);
    for (const region of counties) {
      const years = region === late ? [2019, 2020, 2021] : [2019, 2020, 2021, 2022];
      samples.push(...generateReportSeries({ region, years, seed: 'board-e2e', errorRate: 0, missingRate: 0, deviationScale: 0 }));
    }
    const noReview = samples.find((s) => s.region.code === counties[0].code && s.year === 2021) as SampleReport;
    for (const outcome of ['upheld', 'corrected', 'other', 'pending', 'total']) noReview.cells[`t4_review_${outcome}`] = '0';
    for (const sample of samples) {
      const result = await ingestion.ingest({ bytes: renderSample(sample, 'txt'), fileName: `${sample.id}.txt`, regionCode: sample.region.code }, 'system');
      expect(result.status).toBe('ingested');
    }
    const response = await app.graphql<{ board: Board }>(BOARD_QUERY, { parentCode: LINZHI, yearFrom: 2019, yearTo: 2022 });
    expect(response.body.errors).toBeUndefined();
    board = response.body.data?.board as Board;
  }, 600_000);

  afterAll(async () => {
    await app?.close();
  });

  const metricOf = (key: string): BoardMetric => {
    const found = board.families.flatMap((f) => f.metrics).find((m) => m.metric.key === key);
    if (!found) throw new Error(`board lacks ${key}`);

    return found;
  };
  const printed = (code: string, year: number, key: string): number => Number(samples.find((s) => s.region.code === code && s.year === year)?.cells[key]);
  const allCounties = linzhiCounties();

  it('has the four families, every county of the prefecture and the template change where procurement ends', () => {
    expect(board.families.map((f) => f.labelZh)).toEqual(['行政许可', '行政处罚和行政强制', '政府集中采购', '政府信息公开申请']);
    expect(board.regions.map((r) => r.code)).toEqual(allCounties.map((c) => c.code).sort());
    const procurement = board.families.find((f) => f.id === 'procurement');
    expect(procurement?.templateNoteZh).toContain('止于2020年');
    expect(procurement?.metrics.map((m) => [m.yearsFrom, m.yearsTo, m.totals.map((t) => t.year)])).toEqual([
      [2019, 2020, [2019, 2020]],
      [2019, 2020, [2019, 2020]],
    ]);
  });

  it('sums 行政许可 each year and compares 2022 with 2021 only over the counties with both reports', () => {
    const totals = metricOf('t2_license_decisions').totals;
    const sum = (codes: readonly string[], year: number) => codes.reduce((s, code) => s + printed(code, year, 't2_license_decisions'), 0);
    const all = counties.map((c) => c.code);
    const onTime = all.filter((code) => code !== late.code);

    expect(totals.map((t) => [t.year, Number(t.value), t.regionCount, t.regionTotal])).toEqual([
      [2019, sum(all, 2019), 4, allCounties.length],
      [2020, sum(all, 2020), 4, allCounties.length],
      [2021, sum(all, 2021), 4, allCounties.length],
      [2022, sum(onTime, 2022), 3, allCounties.length],
    ]);
    const last = totals[3];
    expect(last.likeForLike).toEqual({ fromYear: 2021, regionCount: 3, excludedRegions: [{ code: late.code }], value: String(sum(onTime, 2022)), previousValue: String(sum(onTime, 2021)) });
    expect(Number(last.change)).toBe(sum(onTime, 2022) - sum(onTime, 2021));
    // Across the template change 处理决定数量 continues (same), and the samples are marked as such.
    expect(totals[2]).toMatchObject({ comparability: 'same', sampleData: true });
  });

  it("gives every county the same numbers as the series query, with ranks that follow the values", async () => {
    const metric = metricOf('t3_new_received_tot');
    const response = await app.graphql<{ series: { region: { code: string }; points: { year: number; value: string | null; state: string; change: string | null; comparability: string | null }[] }[] }>(
      `{ series(metric: "t3_new_received_tot", parentCode: "${LINZHI}", yearFrom: 2019, yearTo: 2022) { region { code } points { year value state change comparability } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    const series = response.body.data?.series ?? [];
    expect(metric.counties.map((c) => ({ region: c.region, points: c.points.map(({ year, value, state, change, comparability }) => ({ year, value, state, change, comparability })) }))).toEqual(series);
    expect(metric.rankYear).toBe(2022);
    const ranked = metric.ranking.filter((e) => e.rank !== null);
    expect(ranked).toHaveLength(3);
    for (let i = 1; i < ranked.length; i++) expect(Number(ranked[i - 1].value)).toBeGreaterThanOrEqual(Number(ranked[i].value));
    // A ranked county's change of rank is its 2021 rank minus its 2022 rank.
    for (const entry of ranked) {
      const previous = metric.counties.find((c) => c.region.code === entry.region.code)?.points.find((p) => p.year === 2021)?.rank ?? null;
      expect(entry.previousRank).toBe(previous);
      expect(entry.rankChange).toBe(previous === null || entry.rank === null ? null : previous - entry.rank);
    }
    // The median of 2022 is over the three counties with a value.
    const values = ranked.map((e) => Number(e.value)).sort((a, b) => a - b);
    expect(Number(metric.totals[3].median)).toBe(values[1]);
  });

  it('keeps 复议纠错率 undefined where nothing was reconsidered and computes the prefecture rate from the sums', () => {
    const rate = metricOf('rate_review_corrected');
    const first = rate.counties.find((c) => c.region.code === counties[0].code)?.points.find((p) => p.year === 2021);
    expect(first).toMatchObject({ value: null, state: 'undefined', rank: null });
    const total2021 = rate.totals.find((t) => t.year === 2021);
    const corrected = counties.reduce((s, c) => s + printed(c.code, 2021, 't4_review_corrected'), 0);
    const cases = counties.reduce((s, c) => s + printed(c.code, 2021, 't4_review_total'), 0);
    if (cases === 0) expect(total2021).toMatchObject({ value: null, state: 'undefined' });
    else expect(Number(total2021?.value)).toBeCloseTo(corrected / cases, 6);
  });

  it('composes the outcome of requests per year from 13 parts whose shares sum to 100 %', () => {
    const outcomes = board.families.find((f) => f.id === 'requests')?.compositions.find((c) => c.id === 'outcomes');
    expect(outcomes?.parts).toHaveLength(13);
    expect(outcomes?.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022]);
    for (const year of outcomes?.years ?? []) {
      expect(year.regionCount).toBe(year.year === 2022 ? 3 : 4);
      expect(year.shares.reduce((s, share) => s + (share.share ?? 0), 0)).toBeCloseTo(1, 5);
      const granted = year.shares.find((s) => s.metricKey === 't3_granted_tot');
      const codes = counties.filter((c) => year.year !== 2022 || c !== late).map((c) => c.code);
      expect(Number(granted?.value)).toBe(codes.reduce((s, code) => s + printed(code, year.year, 't3_granted_tot'), 0));
    }
  });

  it("gives a province's board its prefectures as units, each the sum of its counties, with 林芝市's totals", async () => {
    const response = await app.graphql<{ board: { level: string; countyCount: number; regions: { code: string }[]; families: { metrics: { metric: { key: string }; counties: { region: { code: string }; points: { year: number; value: string | null; state: string; memberCount: number | null }[] }[] }[] }[] } }>(
      `{ board(parentCode: "540000", yearFrom: 2021, yearTo: 2022) { level countyCount regions { code }
         families { metrics { metric { key } counties { region { code } points { year value state memberCount } } } } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    const province = response.body.data?.board;
    expect(province?.level).toBe('prefecture');
    expect(province?.regions.map((r) => r.code)).toContain(LINZHI);
    const license = province?.families[0].metrics[0].counties.find((c) => c.region.code === LINZHI)?.points;
    const prefectureTotals = metricOf('t2_license_decisions').totals.filter((t) => t.year >= 2021);
    expect(license?.map((p) => [p.year, p.value, p.memberCount])).toEqual(prefectureTotals.map((t) => [t.year, t.value, t.regionCount]));
    // The other prefectures of 西藏 have no report in this database: gaps, not zeros.
    const other = province?.families[0].metrics[0].counties.find((c) => c.region.code !== LINZHI);
    expect(other?.points.every((p) => p.value === null && p.state === 'missing')).toBe(true);
  });

  it('answers an unknown prefecture with NOT_FOUND', async () => {
    const response = await app.graphql(BOARD_QUERY, { parentCode: '999999', yearFrom: 2019, yearTo: 2022 });
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
