import { AnalyticsService } from '../../src/analytics/analytics.service';
import { type SeriesPointResult } from '../../src/analytics/types/analytics-results.type';
import { computeQuartiles } from '../../src/analytics/utils/compute-quartiles.util';
import { RegionsService } from '../../src/regions/regions.service';
import { TEST_BACKENDS, openTestDatabase } from '../support/test-database';
import { ALIASES, REGIONS, REPORTS } from './support/analytics-data-set';
import { insertReadSideFixtures } from './support/read-side-fixtures';

type Db = Awaited<ReturnType<typeof openTestDatabase>>;

const point = (p: SeriesPointResult) => [p.year, p.state, p.value, p.change, p.changePct, p.changePp, p.comparability];

describe.each(TEST_BACKENDS)('analytics SQL on %s', (backend) => {
  let db: Db;
  let analytics: AnalyticsService;
  let ids: Map<string, string>;

  beforeAll(async () => {
    db = await openTestDatabase(backend);
    ids = await insertReadSideFixtures(db.dataSource, { regions: REGIONS, aliases: ALIASES, reports: REPORTS });
    analytics = new AnalyticsService(db.dataSource, new RegionsService(db.dataSource));
  }, 300_000);

  afterAll(async () => {
    await db?.close();
  }, 120_000);

  describe('series', () => {
    it('returns every county of the subtree with gaps as missing points and changes only between known values', async () => {
      const { series } = await analytics.series({ metric: 't3_new_received_tot', parentCode: '990100', level: 'county', yearFrom: 2019, yearTo: 2022 });

      expect(series.map((s) => s.region.code)).toEqual(['990101', '990102', '990103', '990104', '998801']);
      expect(series[0].points.map(point)).toEqual([
        [2019, 'number', '10', null, null, null, null],
        [2020, 'number', '12', '2', 20, null, 'same'],
        [2021, 'number', '15', '3', 25, null, 'same'],
        [2022, 'number', '15', '0', 0, null, 'same'],
      ]);
      expect(series[1].points.map(point)).toEqual([
        [2019, 'missing', null, null, null, null, null],
        [2020, 'number', '20', null, null, null, null],
        [2021, 'blank', null, null, null, null, 'same'],
        [2022, 'missing', null, null, null, null, null],
      ]);
      // A department report never stands in for its county.
      expect(series[2].points.map((p) => [p.year, p.state])).toEqual([
        [2019, 'missing'],
        [2020, 'missing'],
        [2021, 'number'],
        [2022, 'missing'],
      ]);
      // The government's report is preferred over the office's; the office's stands in when alone.
      expect(series[3].points.map(point).slice(1, 3)).toEqual([
        [2020, 'number', '25', null, null, null, null],
        [2021, 'number', '30', '5', 20, null, 'same'],
      ]);
      expect(series[3].points[2].reportId).toBe(ids.get('A104_2021'));
    });

    it('never reads superseded reports', async () => {
      const { series } = await analytics.series({ metric: 't3_new_received_tot', regionCodes: ['990101'], yearFrom: 2021, yearTo: 2021 });

      expect(series[0].points.map((p) => [p.value, p.reportId])).toEqual([['15', ids.get('A101_2021')]]);
    });

    it('flags the harmonised h_nd_made step across 2020→2021 as approximate and keeps its change', async () => {
      const { series } = await analytics.series({ metric: 'h_nd_made', regionCodes: ['990101'], yearFrom: 2019, yearTo: 2022 });

      expect(series[0].points.map(point)).toEqual([
        [2019, 'derived', '5', null, null, null, null],
        [2020, 'derived', '7', '2', 40, null, 'same'],
        [2021, 'derived', '4', '-3', -42.857143, null, 'approximate'],
        [2022, 'derived', '6', '2', 50, null, 'same'],
      ]);
    });

    it('gives a metric that starts in 2021 points only from 2021, with a break (no change) into its first year', async () => {
      const { series } = await analytics.series({ metric: 't2_fee_amount_yuan', regionCodes: ['990101'], yearFrom: 2019, yearTo: 2022 });

      expect(series[0].points.map(point)).toEqual([
        [2021, 'number', '300', null, null, null, 'break'],
        [2022, 'number', '450.25', '150.25', 50.083333, null, 'same'],
      ]);
    });

    it('gives a metric that ends in 2020 points only in 2019–2020', async () => {
      const { series } = await analytics.series({ metric: 't2_procure_amount_yuan', regionCodes: ['990101'], yearFrom: 2019, yearTo: 2022 });

      expect(series[0].points.map(point)).toEqual([
        [2019, 'number', '1000.50', null, null, null, null],
        [2020, 'number', '2000', '999.5', 99.90005, null, 'same'],
      ]);
    });

    it('never joins the two concepts of a break metric: t2_nd_new_made has no 2021 point', async () => {
      const { series } = await analytics.series({ metric: 't2_nd_new_made', regionCodes: ['990101'], yearFrom: 2020, yearTo: 2022 });

      expect(series[0].points.map((p) => p.year)).toEqual([2020]);
    });

    it('reports percentage-point changes for ratio metrics', async () => {
      const { series } = await analytics.series({ metric: 'rate_disclosed', regionCodes: ['990101'], yearFrom: 2020, yearTo: 2021 });

      expect(series[0].points.map(point)).toEqual([
        [2020, 'derived', '0.5', null, null, null, null],
        [2021, 'derived', '0.6', '0.1', 20, 10, 'same'],
      ]);
    });

    it('accepts historical codes and keeps the requested order', async () => {
      const { series } = await analytics.series({ metric: 't3_new_received_tot', regionCodes: ['990199', '990101'], yearFrom: 2021, yearTo: 2021 });

      expect(series.map((s) => [s.region.code, s.points[0].value])).toEqual([
        ['990104', '30'],
        ['990101', '15'],
      ]);
    });

    it('rejects unknown metrics, unknown regions and inverted year ranges with typed errors', async () => {
      await expect(analytics.series({ metric: 'nope', regionCodes: ['990101'], yearFrom: 2019, yearTo: 2020 })).rejects.toMatchObject({ code: 'UNKNOWN_METRIC' });
      await expect(analytics.series({ metric: 't3_new_received_tot', regionCodes: ['000000'], yearFrom: 2019, yearTo: 2020 })).rejects.toMatchObject({
        code: 'REGION_NOT_FOUND',
      });
      await expect(analytics.series({ metric: 't3_new_received_tot', parentCode: '990100', yearFrom: 2022, yearTo: 2019 })).rejects.toMatchObject({
        code: 'INVALID_YEAR_RANGE',
      });
    });
  });

  describe('ranking', () => {
    it('ranks siblings with RANK() (ties share, the next rank skips), with the previous year rank and quartiles', async () => {
      const ranking = await analytics.ranking({ metric: 't3_new_received_tot', year: 2021, parentCode: '990100', level: 'county', order: 'desc' });

      expect(ranking.entries.map((e) => [e.region.code, e.rank, e.previousRank, e.value, e.previousValue, e.change, e.changePct, e.comparability, e.state])).toEqual([
        ['990104', 1, 1, '30', '25', '5', 20, 'same', 'number'],
        ['990101', 2, 3, '15', '12', '3', 25, 'same', 'number'],
        ['990103', 2, null, '15', null, null, null, null, 'number'],
        ['998801', 4, null, '8', null, null, null, null, 'number'],
        ['990102', null, 2, null, '20', null, null, 'same', 'blank'],
      ]);
      expect({ count: ranking.count, min: ranking.min, q1: ranking.q1, median: ranking.median, q3: ranking.q3, max: ranking.max }).toEqual({
        count: 4,
        min: 8,
        q1: 13.25,
        median: 15,
        q3: 18.75,
        max: 30,
      });
      // The SQL percentile_cont agrees with the pure util.
      expect(computeQuartiles(['30', '15', '15', '8', null])).toEqual({ count: 4, min: 8, q1: 13.25, median: 15, q3: 18.75, max: 30 });
    });

    it('ranks ascending when asked', async () => {
      const ranking = await analytics.ranking({ metric: 't3_new_received_tot', year: 2021, parentCode: '990100', level: 'county', order: 'asc' });

      expect(ranking.entries.map((e) => [e.region.code, e.rank])).toEqual([
        ['998801', 1],
        ['990101', 2],
        ['990103', 2],
        ['990104', 4],
        ['990102', null],
      ]);
    });

    it('returns an empty ranking with null statistics when no sibling has a value', async () => {
      const ranking = await analytics.ranking({ metric: 't3_new_received_tot', year: 2030, parentCode: '990100', level: 'county' });

      expect(ranking.count).toBe(0);
      expect(ranking.median).toBeNull();
      expect(ranking.entries.every((e) => e.rank === null && e.state === 'missing')).toBe(true);
      expect(ranking.entries).toHaveLength(5);
    });
  });

  describe('aggregate', () => {
    // ALL_REPORTS: these sum every report of each year; like-for-like years are in like-for-like-aggregate.e2e-spec.ts.
    it('rolls every current report up to its prefecture and sums by region and year (gaps skipped)', async () => {
      const rows = await analytics.aggregate({
        metric: 't3_new_received_tot',
        parentCode: '990000',
        level: 'prefecture',
        yearFrom: 2020,
        yearTo: 2021,
        groupBy: ['region', 'year'],
        fn: 'sum',
        comparison: 'ALL_REPORTS',
      });

      expect(rows.map((r) => [r.region?.code, r.year, r.value, r.count])).toEqual([
        ['990100', 2020, 60, 4],
        ['990100', 2021, 103, 6],
        ['990200', 2021, 50, 1],
      ]);
    });

    it('aggregates a prefecture itself when asked at its own level', async () => {
      const rows = await analytics.aggregate({
        metric: 't3_new_received_tot',
        parentCode: '990100',
        level: 'prefecture',
        yearFrom: 2019,
        yearTo: 2022,
        groupBy: ['year'],
        fn: 'sum',
        comparison: 'ALL_REPORTS',
      });

      expect(rows.map((r) => [r.year, r.value, r.count])).toEqual([
        [2019, 10, 1],
        [2020, 60, 4],
        [2021, 103, 6],
        [2022, 15, 1],
      ]);
    });

    it('counts by issuer kind, and computes median and average over the known values', async () => {
      const byKind = await analytics.aggregate({ metric: 't3_new_received_tot', parentCode: '990000', level: 'prefecture', yearFrom: 2021, yearTo: 2021, groupBy: ['issuerKind'], fn: 'count' });
      expect(byKind.map((r) => [r.issuerKind, r.value, r.count])).toEqual([
        ['department', 1, 1],
        ['gov', 4, 4],
        ['gov_office', 1, 1],
        ['zone', 1, 1],
      ]);
      const [median] = await analytics.aggregate({ metric: 't3_new_received_tot', parentCode: '990100', level: 'county', yearFrom: 2021, yearTo: 2021, groupBy: [], fn: 'median' });
      expect(median).toMatchObject({ region: null, year: null, value: 15, count: 6 });
      const [avg] = await analytics.aggregate({ metric: 't3_new_received_tot', parentCode: '990100', level: 'county', yearFrom: 2021, yearTo: 2021, groupBy: [], fn: 'avg' });
      expect(avg.value).toBeCloseTo(103 / 6, 10);
    });

    it('filters by issuer kind and groups by template', async () => {
      const rows = await analytics.aggregate({
        metric: 't3_new_received_tot',
        parentCode: '990100',
        level: 'county',
        yearFrom: 2019,
        yearTo: 2022,
        groupBy: ['template'],
        fn: 'max',
        issuerKinds: ['gov'],
      });

      expect(rows.map((r) => [r.template, r.value, r.count])).toEqual([
        ['gb2019', 20, 3],
        ['gb2021', 30, 4],
      ]);
    });
  });

  describe('coverage', () => {
    it('classifies each county and year as filed, late, missing or failing against the statutory deadline', async () => {
      const rows = await analytics.coverage({ parentCode: '990100', yearFrom: 2020, yearTo: 2021, level: 'county' });

      expect(rows.map((r) => [r.region.code, r.year, r.status, r.late, r.failing, r.publishedOn, r.deadline, r.daysLate, r.failedRules])).toEqual([
        ['990101', 2020, 'filed', false, false, '2021-03-15', '2021-03-31', 0, []],
        ['990101', 2021, 'late', true, false, '2022-04-10', '2022-03-31', 10, []],
        ['990102', 2020, 'failing', false, true, '2021-03-31', '2021-03-31', 0, ['T3_BALANCE']],
        ['990102', 2021, 'failing', false, true, null, '2022-03-31', null, ['XY_T3_CARRY']],
        ['990103', 2020, 'missing', false, false, null, '2021-03-31', null, []],
        ['990103', 2021, 'filed', false, false, '2022-03-31', '2022-03-31', 0, []],
        ['990104', 2020, 'filed', false, false, '2021-02-01', '2021-03-31', 0, []],
        ['990104', 2021, 'filed', false, false, '2022-03-01', '2022-03-31', 0, []],
        ['998801', 2020, 'missing', false, false, null, '2021-03-31', null, []],
        ['998801', 2021, 'filed', false, false, '2022-03-30', '2022-03-31', 0, []],
      ]);
      expect(rows[1].reportId).toBe(ids.get('A101_2021'));
    });

    it('holds department reports to the 31 January deadline when they are asked for', async () => {
      const rows = await analytics.coverage({ parentCode: '990100', yearFrom: 2021, yearTo: 2021, level: 'county', issuerKinds: ['department'] });
      const county = rows.find((r) => r.region.code === '990103');

      expect(county).toMatchObject({ status: 'late', deadline: '2022-01-31', daysLate: 5, publishedOn: '2022-02-05' });
    });
  });
});
