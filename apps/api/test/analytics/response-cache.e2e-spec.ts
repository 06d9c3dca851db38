import { LINZHI_PREFECTURE, generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';
import { DataSource } from 'typeorm';

import { BUMP_DATASET_REVISION_SQL } from '@gongkai/database';
import { IngestionService } from '../../src/ingestion/ingestion.service';
import { CACHE_STATUS_HEADER } from '../../src/response-cache/response-cache.middleware';
import { type TestApp, createTestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';

type GqlBody = {
  data?: { datasetInfo?: { reportCount: number }; series?: unknown[]; deleteReport?: boolean } | null;
  errors?: { extensions?: { code?: string } }[];
};

const REPORT_COUNT = `query Count { datasetInfo { reportCount } }`;
const SERIES = `query S($parentCode: String!) { series(metric: "t3_new_received_tot", parentCode: $parentCode, level: county, yearFrom: 2019, yearTo: 2021) { region { code } points { year value } } }`;

describe.each(TEST_BACKENDS)('GraphQL response cache (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  const [first, second] = linzhiCounties();
  const documents = [first, second].flatMap((region) =>
    generateReportSeries({ region, years: [2019, 2020, 2021], seed: 'response-cache-e2e' }).map((s) => ({ bytes: renderSample(s, 'txt'), fileName: `${s.id}.txt`, regionCode: s.region.code })),
  );

  /** POST /graphql; returns the cache header, the raw body and the parsed body. */
  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();

    return { status: res.status, cache: res.headers.get(CACHE_STATUS_HEADER), text, body: JSON.parse(text) as GqlBody };
  };
  const ingest = (index: number) => t.app.get(IngestionService).ingest(documents[index] as (typeof documents)[number], 'system');

  beforeAll(async () => {
    // A long TTL: this instance's own writes must show at once, whatever the TTL.
    t = await createTestApp(backend, { RESPONSE_CACHE_REVISION_TTL_MS: '60000' });
    admin = await t.token('admin');
    for (let i = 0; i < documents.length - 1; i++) expect((await ingest(i)).status).toBe('ingested');
  }, 600_000);

  afterAll(() => t?.close());

  it('answers a repeated query from the cache with the same bytes, per variables', async () => {
    const a = await post(SERIES, { parentCode: LINZHI_PREFECTURE });
    const b = await post(SERIES, { parentCode: LINZHI_PREFECTURE });
    expect([a.cache, b.cache]).toEqual(['miss', 'hit']);
    expect(b.text).toBe(a.text);
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data?.series).toHaveLength(linzhiCounties().length);

    const other = await post(SERIES, { parentCode: '110100' });
    expect(other.cache).toBe('miss');
    expect(other.text).not.toBe(a.text);
  });

  it("shows this instance's ingest and delete at once", async () => {
    const before = await post(REPORT_COUNT);
    await post(REPORT_COUNT);
    expect((await post(REPORT_COUNT)).cache).toBe('hit');
    const count = before.body.data?.datasetInfo?.reportCount as number;

    const ingested = await ingest(documents.length - 1);
    expect(ingested.status).toBe('ingested');
    const afterIngest = await post(REPORT_COUNT);
    expect(afterIngest.cache).toBe('miss');
    expect(afterIngest.body.data?.datasetInfo?.reportCount).toBe(count + 1);

    const deleted = await post(`mutation D($id: ID!) { deleteReport(id: $id) }`, { id: ingested.reportId }, admin);
    expect(deleted.cache).toBe('bypass');
    expect(deleted.body.data?.deleteReport).toBe(true);
    const afterDelete = await post(REPORT_COUNT);
    expect(afterDelete.cache).toBe('miss');
    expect(afterDelete.body.data?.datasetInfo?.reportCount).toBe(count);
  });

  it("shows another instance's write (a revision bump in the database) once the revision TTL has passed", async () => {
    await post(REPORT_COUNT);
    expect((await post(REPORT_COUNT)).cache).toBe('hit');
    await t.app.get(DataSource).query(BUMP_DATASET_REVISION_SQL);
    // Within the 60 s TTL this instance still trusts the revision it read…
    expect((await post(REPORT_COUNT)).cache).toBe('hit');
    // …and reads it again once the TTL is over.
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now + 61_000);
    try {
      expect((await post(REPORT_COUNT)).cache).toBe('miss');
    } finally {
      clock.mockRestore();
    }
  });

  it('never caches errors, writes, the token-dependent viewer or introspection', async () => {
    const unknownMetric = `{ ranking(metric: "no_such_metric", year: 2020) { count } }`;
    const e1 = await post(unknownMetric);
    const e2 = await post(unknownMetric);
    expect(e1.body.errors?.[0]?.extensions?.code).toBeDefined();
    expect([e1.cache, e2.cache]).toEqual(['miss', 'miss']);

    for (const query of [`{ viewer { role } }`, `{ __schema { queryType { name } } }`, `{ datasetInfo { reportCount } viewer { role } }`]) {
      await post(query);
      expect((await post(query)).cache).toBe('bypass');
    }
  });

  it('does not answer a request with an invalid token from the cache', async () => {
    await post(REPORT_COUNT);
    expect((await post(REPORT_COUNT)).cache).toBe('hit');
    const forged = await post(REPORT_COUNT, {}, 'x'.repeat(43));
    expect(forged.cache).toBeNull();
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(forged.body.data ?? null).toBeNull();

    const valid = await post(REPORT_COUNT, {}, admin);
    expect(valid.cache).toBe('hit');
  });
});
