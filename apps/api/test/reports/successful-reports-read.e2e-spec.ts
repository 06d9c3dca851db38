import { DataloaderService } from '../../src/core/dataloader/dataloader.service';
import { RegionsService } from '../../src/regions/regions.service';
import { ReportsReadService } from '../../src/reports/reports-read.service';
import { ALIASES, REGIONS, REPORTS } from '../analytics/support/analytics-data-set';
import { insertReadSideFixtures } from '../analytics/support/read-side-fixtures';
import { TEST_BACKENDS, openTestDatabase } from '../support/test-database';

type Db = Awaited<ReturnType<typeof openTestDatabase>>;

describe.each(TEST_BACKENDS)('reports read side on %s', (backend) => {
  let db: Db;
  let regions: RegionsService;
  let reports: ReportsReadService;
  let ids: Map<string, string>;
  const keyOf = (id: string) => [...ids.entries()].find(([, v]) => v === id)?.[0];

  beforeAll(async () => {
    db = await openTestDatabase(backend);
    ids = await insertReadSideFixtures(db.dataSource, { regions: REGIONS, aliases: ALIASES, reports: REPORTS });
    regions = new RegionsService(db.dataSource);
    reports = new ReportsReadService(db.dataSource, regions);
  }, 300_000);

  afterAll(async () => {
    await db?.close();
  }, 120_000);

  describe('reports connection', () => {
    it('pages through every current report with opaque cursors in a stable order (year desc, region, id)', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      const sizes: number[] = [];
      for (let guard = 0; guard < 10; guard++) {
        const page = await reports.list(5, after, null);
        expect(page.totalCount).toBe(14);
        sizes.push(page.items.length);
        seen.push(...page.items.map((i) => i.row.id));
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }

      expect(sizes).toEqual([5, 5, 4]);
      expect(new Set(seen).size).toBe(14);
      const all = await reports.list(100, null, null);
      expect(all.items.map((i) => i.row.id)).toEqual(seen);
      const keys = all.items.map((i) => [i.row.year, i.row.region_code]);
      expect(keys.slice(0, 3)).toEqual([
        [2022, '990101'],
        [2021, '990101'],
        [2021, '990102'],
      ]);
      expect(keyOf(seen[0])).toBe('A101_2022');
      expect(seen).not.toContain(ids.get('A101_2021_old'));
    });

    it('filters by region subtree through the parent chain (not code prefixes), historical codes included', async () => {
      const city = await reports.list(100, null, { regionCode: '990100' });
      expect(city.totalCount).toBe(13);
      expect(city.items.map((i) => i.row.region_code)).toContain('998801');
      const renamed = await reports.list(100, null, { regionCode: '990199' });
      expect(renamed.items.map((i) => keyOf(i.row.id)).sort()).toEqual(['A104_2020', 'A104_2021', 'A104_office_2021']);
    });

    it('filters by years, template, issuer kind, status and failed rules', async () => {
      expect((await reports.list(100, null, { yearFrom: 2021, yearTo: 2021 })).totalCount).toBe(8);
      expect((await reports.list(100, null, { template: 'gb2019' })).totalCount).toBe(5);
      expect((await reports.list(100, null, { issuerKind: 'department' })).totalCount).toBe(2);
      const superseded = await reports.list(100, null, { status: 'superseded' });
      expect(superseded.items.map((i) => keyOf(i.row.id))).toEqual(['A101_2021_old']);
      const failing = await reports.list(100, null, { hasFailedRules: true });
      expect(failing.items.map((i) => keyOf(i.row.id)).sort()).toEqual(['A102_2020', 'A102_2021']);
      expect((await reports.list(100, null, { hasFailedRules: false })).totalCount).toBe(12);
    });

    it('refuses first > 100, bad cursors, inverted years and unknown regions with typed errors', async () => {
      await expect(reports.list(101, null, null)).rejects.toMatchObject({ code: 'INVALID_PAGINATION' });
      await expect(reports.list(5, 'garbage', null)).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
      await expect(reports.list(5, Buffer.from(JSON.stringify([2021, '990101', 'not-a-uuid'])).toString('base64url'), null)).rejects.toMatchObject({
        code: 'INVALID_CURSOR',
      });
      await expect(reports.list(5, null, { yearFrom: 2022, yearTo: 2020 })).rejects.toMatchObject({ code: 'INVALID_FILTER' });
      await expect(reports.list(5, null, { regionCode: '123456' })).rejects.toMatchObject({ code: 'REGION_NOT_FOUND' });
    });
  });

  describe('report details through the loaders', () => {
    it('loads values, findings, failed rules, versions, issuer and source of a report in batches aligned with the keys', async () => {
      const loaders = new DataloaderService(regions, reports).createLoaders();
      const a102 = ids.get('A102_2020') as string;
      const a101 = ids.get('A101_2021') as string;

      const [values, findings, failed, versions, missing] = await Promise.all([
        loaders.reportValues.load(a101),
        loaders.reportFindings.load(a102),
        loaders.reportFailedRules.loadMany([a102, ids.get('A102_2021') as string, a101]),
        loaders.reportVersions.load({ issuerId: (await reports.findById(a101))?.issuer_id as string, year: 2021 }),
        loaders.reportById.load('00000000-0000-4000-8000-000000000000'),
      ]);

      expect(values.map((v) => [v.metric_key, v.value, v.state])).toEqual([
        ['h_nd_made', '4', 'derived'],
        ['rate_disclosed', '0.6', 'derived'],
        ['t2_fee_amount_yuan', '300', 'number'],
        ['t2_nd_issued', '4', 'number'],
        ['t3_new_received_tot', '15', 'number'],
      ]);
      expect(values[4].provenance).toEqual({ table: 't3', rowLabel: 't3_new_received_tot', columnLabel: 'col', tableIndex: 1, row: 2, col: 3 });
      expect(findings.map((f) => [f.rule, f.severity, f.modes])).toEqual([
        ['T3_BALANCE', 'ERROR', ['strict', 'lenient']],
        ['T3_ROW_TOTAL', 'ERROR', ['lenient']],
        ['TXT_T3_NARRATIVE', 'INFO', ['strict', 'lenient']],
      ]);
      expect(failed).toEqual([['T3_BALANCE'], ['XY_T3_CARRY'], []]);
      expect(versions.map((v) => [keyOf(v.id), v.status])).toEqual([
        ['A101_2021', 'current'],
        ['A101_2021_old', 'superseded'],
      ]);
      expect(missing).toBeNull();
    });

    it('returns null for ids that are not reports (including non-uuids) instead of failing', async () => {
      await expect(reports.findById('nope')).resolves.toBeNull();
      await expect(reports.findByIds(['nope', ids.get('A101_2019') as string])).resolves.toEqual([null, expect.objectContaining({ year: 2019 })]);
    });
  });

  describe('findings connection', () => {
    it('lists findings of current reports with filters and cursor pages', async () => {
      const all = await reports.listFindings(100, null, null);
      expect(all.totalCount).toBe(5);
      const errors = await reports.listFindings(100, null, { severity: 'ERROR', mode: 'strict' });
      expect(errors.items.map((i) => [i.row.rule, keyOf(i.row.report_id)])).toEqual([['T3_BALANCE', 'A102_2020']]);
      expect(errors.totalCount).toBe(1);
      // A mode filter keeps the problems failing in that mode, each once.
      const lenient = await reports.listFindings(100, null, { severity: 'ERROR', mode: 'lenient' });
      expect(lenient.items.map((i) => [i.row.rule, i.row.modes])).toEqual(
        expect.arrayContaining([
          ['T3_BALANCE', ['strict', 'lenient']],
          ['T3_ROW_TOTAL', ['lenient']],
        ]),
      );
      expect(lenient.totalCount).toBe(2);
      const first = await reports.listFindings(2, null, { regionCode: '990100' });
      const second = await reports.listFindings(2, first.endCursor, { regionCode: '990100' });
      const third = await reports.listFindings(2, second.endCursor, { regionCode: '990100' });
      expect([first.hasNextPage, second.hasNextPage, third.hasNextPage]).toEqual([true, true, false]);
      expect([...first.items, ...second.items, ...third.items].map((i) => i.row.id)).toEqual(all.items.map((i) => i.row.id));
      expect((await reports.listFindings(100, null, { rule: 'XY_T3_CARRY', yearFrom: 2021 })).totalCount).toBe(1);
    });
  });

  describe('dataset info', () => {
    it('counts current reports, sample reports and the year range', async () => {
      await expect(reports.datasetInfo()).resolves.toEqual({
        reportCount: 14,
        sampleReportCount: 1,
        yearMin: 2019,
        yearMax: 2022,
        lastIngestedAt: '2026-02-01T00:00:00.000Z',
      });
    });
  });

  describe('regions', () => {
    it('lists provinces by default, children, descendants at a level and searches current and former names', async () => {
      const provinces = await regions.list({});
      expect(provinces.map((r) => r.code)).toContain('990000');
      expect(provinces.every((r) => r.level === 'province')).toBe(true);
      expect((await regions.list({ parentCode: '990000' })).map((r) => r.code)).toEqual(['990100', '990200']);
      expect((await regions.list({ parentCode: '990000', level: 'county' })).map((r) => r.code)).toEqual(['990101', '990102', '990103', '990104', '990201', '998801']);
      expect((await regions.list({ search: '甲旧' })).map((r) => r.code)).toEqual(['990104']);
      expect(await regions.list({ search: '%' })).toEqual([]);
    });

    it('resolves historical codes and loads parents, children and former names in batches', async () => {
      await expect(regions.findByCode('990199')).resolves.toMatchObject({ code: '990104', name: '甲四县', parent_code: '990100' });
      await expect(regions.findByCode('000000')).resolves.toBeNull();
      const loaders = new DataloaderService(regions, reports).createLoaders();
      const [children, counties, aliases, parent] = await Promise.all([
        loaders.regionChildren.load({ code: '990100', level: null }),
        loaders.regionChildren.load({ code: '990000', level: 'county' }),
        loaders.regionAliases.load('990104'),
        loaders.regionByCode.load('990100'),
      ]);
      expect(children.map((r) => r.code)).toEqual(['990101', '990102', '990103', '990104', '998801']);
      expect(counties).toHaveLength(6);
      expect(aliases.map((a) => [a.kind, a.alias])).toEqual([
        ['code', '990199'],
        ['name', '甲旧县'],
      ]);
      expect(parent?.path).toBe('测试省 甲市');
    });

    it('refuses regionCodes together with parentCode', async () => {
      await expect(regions.select({ regionCodes: ['990101'], parentCode: '990100', level: 'county' })).rejects.toMatchObject({ code: 'INVALID_REGION_QUERY' });
    });
  });
});
