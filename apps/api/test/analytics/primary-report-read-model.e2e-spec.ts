import { type INestApplication } from '@nestjs/common';

import { type ConnectionSource } from '@gongkai/database';
import { writeBatch } from '@gongkai/report-store';
import { generateReportSeries, linzhiCounties, renderSample, type SampleReport } from '@gongkai/sample-corpus';
import { type DataSource } from 'typeorm';

import { AnalyticsService } from '../../src/analytics/analytics.service';
import { createApp } from '../../src/core/http/create-app';
import { READ_DATA_SOURCE, STORE_CONNECTIONS } from '../../src/database/database.constants';
import { IngestionService } from '../../src/ingestion/ingestion.service';
import { RegionsService } from '../../src/regions/regions.service';
import { TEST_BACKENDS, createTestDatabaseEnv, type TestDatabaseEnv } from '../support/test-database';

type Gql = { data?: Record<string, unknown> | null; errors?: { message: string }[] };

const YEARS = [2019, 2020, 2021, 2022, 2023];
const PREFECTURE = '540400';
const PROVINCE = '540000';
/** The default preference spelled out: the answer must be the same, computed from `report` (the CTE path). */
const DEFAULT_KINDS = '[gov, gov_office, zone]';

/** The same report under another issuer name (the parser reads the issuer, and so its kind, from the title). */
function retitled(sample: SampleReport, issuer: string): SampleReport {
  const title = `${issuer}${sample.year}年政府信息公开工作年度报告`;

  return { ...sample, title, titleLines: [title], issuer };
}

/** Every carry-over cell one higher: a cross-year finding (WARN) against the year before. */
function withCarryInBumped(sample: SampleReport): SampleReport {
  const keys = Object.keys(sample.cells).filter((k) => /^t3_carried_in_/.test(k) && /^\d+$/.test(sample.cells[k] ?? ''));

  return { ...sample, cells: { ...sample.cells, ...Object.fromEntries(keys.map((k) => [k, String(Number(sample.cells[k]) + 1)])) } };
}

const SERIES = (metric: string, kinds: string) => `{
  series(metric: "${metric}", parentCode: "${PREFECTURE}", level: county, yearFrom: 2018, yearTo: 2024${kinds}) {
    region { code name } metric { key }
    points { year reportId template value state raw change changePct changePp comparability } } }`;
const RANKING = (year: number, order: string, parent: string, kinds: string) => `{
  ranking(metric: "t3_new_received_tot", year: ${year}, parentCode: "${parent}", level: county, order: ${order}${kinds}) {
    metric { key } year count median q1 q3 min max
    entries { rank previousRank region { code } reportId value state previousValue change changePct changePp comparability } } }`;
const COVERAGE = (parent: string, kinds: string) => `{
  coverage(parentCode: "${parent}", yearFrom: 2018, yearTo: 2024, level: county${kinds}) {
    region { code } year status late failing report { id issuer { kind } } publishedOn deadline daysLate failedRules } }`;

describe.each(TEST_BACKENDS)('analytics read model (primary_report, region memo) against the computed path on %s', (backend) => {
  let env: TestDatabaseEnv;
  let app: INestApplication;
  let url: string;
  let dataSource: DataSource;
  const gql = async (query: string): Promise<Record<string, unknown>> => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as Gql;
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));

    return body.data as Record<string, unknown>;
  };
  /** Every series, ranking and coverage question, answered by the read model and by the CTE path. */
  const answers = async (kinds: string): Promise<Record<string, unknown>> => {
    const out: Record<string, unknown> = {};
    for (const metric of ['t3_new_received_tot', 't2_nd_issued', 't2_nd_new_made', 'rate_disclosed', 'h_nd_made']) out[`series ${metric}`] = await gql(SERIES(metric, kinds));
    for (const year of YEARS) {
      for (const order of ['asc', 'desc']) out[`ranking ${year} ${order}`] = await gql(RANKING(year, order, PREFECTURE, kinds));
    }
    out['ranking province'] = await gql(RANKING(2022, 'desc', PROVINCE, kinds));
    out['coverage prefecture'] = await gql(COVERAGE(PREFECTURE, kinds));
    out['coverage province'] = await gql(COVERAGE(PROVINCE, kinds));

    return out;
  };
  const expectSameAnswers = async () => {
    const readModel = await answers('');
    const computed = await answers(`, issuerKinds: ${DEFAULT_KINDS}`);
    for (const key of Object.keys(computed)) expect({ key, answer: readModel[key] }).toEqual({ key, answer: computed[key] });

    return readModel;
  };
  /**
   * Aggregates by the app's services (subtrees from the regions memo) and by services built by hand (no
   * memo: the recursive walk in SQL); every current report, whatever its issuer, so departments count.
   */
  const expectSameAggregates = async () => {
    const computed = new AnalyticsService(dataSource, new RegionsService(dataSource));
    const memoised = app.get(AnalyticsService);
    const cases = [
      { metric: 't3_new_received_tot', parentCode: PREFECTURE, level: 'county' as const, groupBy: ['region' as const, 'year' as const], fn: 'sum' as const },
      { metric: 't3_new_received_tot', parentCode: PREFECTURE, level: 'county' as const, groupBy: ['year' as const, 'template' as const], fn: 'median' as const },
      { metric: 'rate_disclosed', parentCode: PROVINCE, level: 'prefecture' as const, groupBy: ['region' as const, 'issuerKind' as const], fn: 'avg' as const },
      { metric: 't3_new_received_tot', parentCode: null, level: 'province' as const, groupBy: ['region' as const], fn: 'count' as const },
      { metric: 't3_new_received_tot', parentCode: PROVINCE, level: 'province' as const, groupBy: [], fn: 'max' as const },
    ];
    // The app's regions service does memoise (its dataset revision is injected).
    expect(await app.get(RegionsService).subtreePairs([PREFECTURE])).not.toBeNull();
    for (const c of cases) {
      const input = { ...c, yearFrom: 2018, yearTo: 2024 };
      const rows = await computed.aggregate(input);
      expect(rows.length).toBeGreaterThan(0);
      expect({ c, rows: await memoised.aggregate(input) }).toEqual({ c, rows });
    }
  };
  const primaryRows = () =>
    dataSource.query(`SELECT region_code, year, report_id, template::text, issuer_kind::text, published_on::text, failed_rules FROM primary_report ORDER BY 1, 2`);

  beforeAll(async () => {
    env = await createTestDatabaseEnv(backend);
    app = await createApp({ env: { DATA_DIR: env.DATA_DIR, DATABASE_URL: env.DATABASE_URL, DEMO_DATA: 'false', RESPONSE_CACHE_MAX_MB: '0' }, schemaFile: true, logger: false });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    dataSource = app.get<DataSource>(READ_DATA_SOURCE);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  it('gives the same series, rankings and coverage through supersedes, several issuer kinds, failing rules and deletes', async () => {
    const ingestion = app.get(IngestionService);
    const [c0, c1, c2, c3] = linzhiCounties() as [SampleReport['region'], SampleReport['region'], SampleReport['region'], SampleReport['region']];
    const series = (region: SampleReport['region'], seed: string) => generateReportSeries({ region, years: YEARS, seed, errorRate: 0.4 });
    const ingest = async (sample: SampleReport, format: 'txt' | 'html' | 'docx' = 'txt') => {
      const result = await ingestion.ingest({ bytes: renderSample(sample, format), fileName: `${sample.id}-${sample.issuer}.${format}`, regionCode: sample.region.code }, 'system');
      expect(result.error).toBeNull();

      return result.reportId as string;
    };
    const ids: Record<string, string> = {};

    // c0: the government's own series (2023's carry-over disagrees with 2022), its office and a department
    // reporting too (neither stands in while the government reports), and a corrected 2022 (supersede).
    const s0 = series(c0, 'read-model-0');
    for (const s of s0) ids[`c0 gov ${s.year}`] = await ingest(s.year === 2023 ? withCarryInBumped(s) : s);
    for (const s of s0.filter((x) => x.year === 2020 || x.year === 2021)) await ingest(retitled(s, `${c0.name}人民政府办公室`));
    await ingest(retitled(s0[2] as SampleReport, `${c0.name}财政局`));
    ids['c0 gov 2022 corrected'] = await ingest(s0[3] as SampleReport, 'html');
    // c1: the office's series, and the government's own report for 2021 only (it wins that year).
    const s1 = series(c1, 'read-model-1');
    for (const s of s1.slice(0, 4)) ids[`c1 office ${s.year}`] = await ingest(retitled(s, `${c1.name}人民政府办公室`));
    ids['c1 gov 2021'] = await ingest(s1[2] as SampleReport, 'html');
    // c2: a zone administration for 2020–2021, the government for 2021–2023.
    const s2 = series(c2, 'read-model-2');
    for (const s of s2.slice(1, 3)) await ingest(retitled(s, `${c2.name}经济开发区管理委员会`));
    for (const s of s2.slice(2)) ids[`c2 gov ${s.year}`] = await ingest(s);
    // c3: a whole series through writeBatch (several reports per transaction), then a corrected 2021.
    const s3 = series(c3, 'read-model-3');
    const connections = app.get<ConnectionSource>(STORE_CONNECTIONS);
    const batch = await writeBatch(connections, s3.map((s) => ({ label: `${s.id}.html`, bytes: renderSample(s, 'html'), regionCode: c3.code })), { workers: 0, batchSize: 2 });
    expect(batch.ingested).toBe(YEARS.length);
    ids['c3 gov 2021 corrected'] = await ingest(withCarryInBumped(s3[2] as SampleReport), 'docx');

    const before = await expectSameAnswers();
    await expectSameAggregates();
    const coverage = (before['coverage prefecture'] as { coverage: { failing: boolean; report: { issuer: { kind: string } } | null }[] }).coverage;
    // The data set is what the test claims: failing rules, and every preferred kind standing somewhere.
    expect(coverage.some((e) => e.failing)).toBe(true);
    expect(new Set(coverage.map((e) => e.report?.issuer.kind ?? null))).toEqual(new Set(['gov', 'gov_office', 'zone', null]));
    const failedRules = (await dataSource.query(`SELECT count(*)::int AS n FROM primary_report WHERE cardinality(failed_rules) > 0`)) as { n: number }[];
    expect(failedRules[0]?.n).toBeGreaterThan(0);

    // Deletes: the superseding 2022 of c0 (the old version comes back), c1's government 2021 (the office
    // stands in again), c2's 2021 government (the zone does), c3's corrected 2021 (promotion; 2022's
    // cross-year findings move) and c0's 2020 (a gap, and 2021 has no neighbour any more).
    for (const key of ['c0 gov 2022 corrected', 'c1 gov 2021', 'c2 gov 2021', 'c3 gov 2021 corrected', 'c0 gov 2020']) await ingestion.deleteReport(ids[key] as string, 'system');
    const after = await expectSameAnswers();
    await expectSameAggregates();
    expect(after).not.toEqual(before);

    // The migration fills the table from the stored reports alike.
    const rows = await primaryRows();
    await dataSource.undoLastMigration();
    await dataSource.runMigrations();
    expect(await primaryRows()).toEqual(rows);
    expect(await answers('')).toEqual(after);
  }, 600_000);
});
