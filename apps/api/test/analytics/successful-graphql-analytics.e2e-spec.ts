import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { type INestApplication } from '@nestjs/common';

import { Decimal } from 'decimal.js';
import { generateReportSeries, linzhiCounties, renderSample, type SampleReport } from '@gongkai/sample-corpus';

import { createApp } from '../../src/core/http/create-app';
import { IngestionService } from '../../src/ingestion/ingestion.service';
import { TEST_BACKENDS, createTestDatabaseEnv, type TestDatabaseEnv } from '../support/test-database';

type Gql = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

const CORPUS = resolve(__dirname, '../../../../../shared/corpus/real');
const HAS_CORPUS = existsSync(join(CORPUS, 'pingtan-2019')) && existsSync(join(CORPUS, 'pingtan-2021'));
const YEARS = [2019, 2020, 2021, 2022];

if (!HAS_CORPUS) {
  if (process.env['CI'] === 'true') throw new Error(`The real corpus is missing at ${CORPUS} (required when CI=true)`);
  console.warn(`Real corpus not found at ${CORPUS}: the pingtan series test is skipped.`);
}

/** The value a correct parser reads (or derives) for a sample, per spec: h_nd_made picks the template's key. */
function expectedValue(sample: SampleReport, key: string): string | null {
  const pick = key === 'h_nd_made' ? (sample.template === 'gb2019' ? 't2_nd_new_made' : 't2_nd_issued') : key;
  const expected = sample.expected.values[pick];
  if (!expected) throw new Error(`sample ${sample.id} has no ${pick}`);

  return expected.value === null ? null : new Decimal(expected.value).toFixed();
}

describe.each(TEST_BACKENDS)('GraphQL analytics on the real app (%s)', (backend) => {
  let env: TestDatabaseEnv;
  let app: INestApplication;
  let url: string;
  let samples: SampleReport[];
  const counties = linzhiCounties().slice(0, 2);
  const gql = async (query: string, variables?: Record<string, unknown>): Promise<Gql> => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });

    return (await response.json()) as Gql;
  };

  beforeAll(async () => {
    env = await createTestDatabaseEnv(backend);
    app = await createApp({ env: { DATA_DIR: env.DATA_DIR, DATABASE_URL: env.DATABASE_URL, DEMO_DATA: 'false' }, schemaFile: true, logger: false });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const ingestion = app.get(IngestionService);
    // Clean documents (no injected errors, no deviations, no gaps) so every number is known.
    samples = counties.flatMap((region) => generateReportSeries({ region, years: YEARS, seed: 'analytics-e2e', errorRate: 0, missingRate: 0, deviationScale: 0 }));
    for (const sample of samples) {
      const result = await ingestion.ingest({ bytes: renderSample(sample, 'txt'), fileName: `${sample.id}.txt`, regionCode: sample.region.code }, 'system');
      expect(result.status).toBe('ingested');
    }
  }, 600_000);

  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  it('returns the generated values as exact series with year-over-year changes and comparability flags', async () => {
    const response = await gql(
      `query($codes: [String!]) { t3: series(metric: "t3_new_received_tot", regionCodes: $codes, yearFrom: 2019, yearTo: 2022) { region { code } points { year value state change comparability } }
        nd: series(metric: "h_nd_made", regionCodes: $codes, yearFrom: 2019, yearTo: 2022) { points { year value state change comparability } } }`,
      { codes: counties.map((c) => c.code) },
    );

    expect(response.errors).toBeUndefined();
    const t3 = response.data?.['t3'] as { region: { code: string }; points: { year: number; value: string | null; state: string; change: string | null; comparability: string | null }[] }[];
    const nd = response.data?.['nd'] as { points: { year: number; value: string | null; state: string; change: string | null; comparability: string | null }[] }[];
    counties.forEach((county, i) => {
      const mine = samples.filter((s) => s.region.code === county.code);
      const t3Values = mine.map((s) => expectedValue(s, 't3_new_received_tot'));
      const ndValues = mine.map((s) => expectedValue(s, 'h_nd_made'));
      expect(t3[i].region.code).toBe(county.code);
      expect(t3[i].points.map((p) => p.value)).toEqual(t3Values);
      expect(t3[i].points.map((p) => p.comparability)).toEqual([null, 'same', 'same', 'same']);
      expect(t3[i].points[2].change).toBe(new Decimal(t3Values[2] as string).minus(t3Values[1] as string).toFixed());
      expect(nd[i].points.map((p) => p.value)).toEqual(ndValues);
      expect(nd[i].points.map((p) => [p.state, p.comparability])).toEqual([
        ['derived', null],
        ['derived', 'same'],
        ['derived', 'approximate'],
        ['derived', 'same'],
      ]);
      expect(nd[i].points[2].change).toBe(new Decimal(ndValues[2] as string).minus(ndValues[1] as string).toFixed());
    });
  });

  it('ranks the counties of the prefecture, with gaps for counties without reports', async () => {
    const response = await gql(`{ ranking(metric: "t3_new_received_tot", year: 2022, parentCode: "540400") { count median entries { rank region { code } value state } } }`);
    const ranking = response.data?.['ranking'] as { count: number; median: number; entries: { rank: number | null; region: { code: string }; value: string | null; state: string }[] };
    const values = counties.map((c) => Number(expectedValue(samples.find((s) => s.region.code === c.code && s.year === 2022) as SampleReport, 't3_new_received_tot')));

    expect(ranking.count).toBe(2);
    expect(ranking.median).toBe((values[0] + values[1]) / 2);
    expect(ranking.entries.filter((e) => e.rank !== null).map((e) => Number(e.value))).toEqual([...values].sort((a, b) => b - a));
    expect(ranking.entries.filter((e) => e.rank === null).every((e) => e.state === 'missing')).toBe(true);
  });

  it('aggregates the prefecture by year and reports coverage against the deadlines', async () => {
    const response = await gql(`{ aggregate(metric: "t3_new_received_tot", parentCode: "540400", level: prefecture, yearFrom: 2019, yearTo: 2022, groupBy: [year], fn: sum) { year value count }
      coverage(parentCode: "540400", yearFrom: 2021, yearTo: 2021) { region { code } status publishedOn deadline daysLate } }`);
    const sums = YEARS.map((year) => samples.filter((s) => s.year === year).reduce((sum, s) => sum + Number(expectedValue(s, 't3_new_received_tot')), 0));

    expect(response.data?.['aggregate']).toEqual(YEARS.map((year, i) => ({ year, value: sums[i], count: 2 })));
    const coverage = response.data?.['coverage'] as { region: { code: string }; status: string; publishedOn: string | null; deadline: string; daysLate: number | null }[];
    for (const entry of coverage) {
      const sample = samples.find((s) => s.region.code === entry.region.code && s.year === 2021);
      if (!sample) {
        expect(entry).toMatchObject({ status: 'missing', publishedOn: null, deadline: '2022-03-31', daysLate: null });
        continue;
      }
      const late = sample.publishedOn > '2022-03-31';
      expect(entry.status).toBe(late ? 'late' : 'filed');
    }
    expect(coverage.filter((e) => e.status !== 'missing')).toHaveLength(2);
  });

  it('pages reports over HTTP with a cursor round trip and refuses first > 100', async () => {
    const query = `query($after: String) { reports(first: 3, after: $after, where: { regionCode: "540400" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id year region { code } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 5; guard++) {
      const page = (await gql(query, { after })).data?.['reports'] as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] };
      expect(page.totalCount).toBe(8);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(8);

    const tooMany = await gql(`{ reports(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGINATION' });
  });

  it('serves report(id) with values, provenance and the original bytes at source.downloadUrl', async () => {
    const list = (await gql(`{ reports(first: 1, where: { regionCode: "${counties[0].code}", yearFrom: 2021, yearTo: 2021 }) { edges { node { id } } } }`)).data?.['reports'] as {
      edges: { node: { id: string } }[];
    };
    const id = list.edges[0].node.id;
    const response = await gql(`{ report(id: "${id}") { year template values(keys: ["t3_new_received_tot"]) { value state provenance { table } } source { fileName downloadUrl } versions { id } } }`);
    const report = response.data?.['report'] as { year: number; template: string; values: { value: string; state: string; provenance: { table: string } }[]; source: { fileName: string; downloadUrl: string }; versions: { id: string }[] };
    const sample = samples.find((s) => s.region.code === counties[0].code && s.year === 2021) as SampleReport;

    expect(report).toMatchObject({ year: 2021, template: 'gb2021', versions: [{ id }] });
    expect(report.values).toEqual([{ value: expectedValue(sample, 't3_new_received_tot'), state: 'number', provenance: { table: 't3' } }]);
    const download = await fetch(`${url}${report.source.downloadUrl}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(renderSample(sample, 'txt')))).toBe(true);
  });

  (HAS_CORPUS ? it : it.skip)('reads the real 平潭 2019 and 2021 reports into a series with the 2020 gap (real corpus)', async () => {
    const ingestion = app.get(IngestionService);
    const regionCodes: string[] = [];
    for (const id of ['pingtan-2019', 'pingtan-2021']) {
      const result = await ingestion.ingest({ bytes: readFileSync(join(CORPUS, id, 'page.html')), fileName: `${id}.html` }, 'system');
      expect(result.status).toBe('ingested');
      const reportId = result.reportId as string;
      const found = (await gql(`{ report(id: "${reportId}") { region { code } } }`)).data?.['report'] as { region: { code: string } };
      regionCodes.push(found.region.code);
    }
    expect(regionCodes[0]).toBe(regionCodes[1]);
    const response = await gql(
      `{ t3: series(metric: "t3_new_received_tot", regionCodes: ["${regionCodes[0]}"], yearFrom: 2019, yearTo: 2021) { points { year value state change comparability template } }
        nd: series(metric: "h_nd_made", regionCodes: ["${regionCodes[0]}"], yearFrom: 2019, yearTo: 2021) { points { year value state change comparability } } }`,
    );

    expect(response.errors).toBeUndefined();
    expect((response.data?.['t3'] as { points: unknown[] }[])[0].points).toEqual([
      { year: 2019, value: '23', state: 'number', change: null, comparability: null, template: 'gb2019' },
      { year: 2020, value: null, state: 'missing', change: null, comparability: null, template: null },
      { year: 2021, value: '70', state: 'number', change: null, comparability: null, template: 'gb2021' },
    ]);
    expect((response.data?.['nd'] as { points: unknown[] }[])[0].points).toEqual([
      { year: 2019, value: '89', state: 'derived', change: null, comparability: null },
      { year: 2020, value: null, state: 'missing', change: null, comparability: null },
      { year: 2021, value: '69', state: 'derived', change: null, comparability: null },
    ]);
  });
});
