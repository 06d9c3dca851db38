import { LINZHI_PREFECTURE, generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';
import { DataSource } from 'typeorm';

import { BUMP_DATASET_REVISION_SQL } from '@gongkai/database';

import { IngestionService } from '../../src/ingestion/ingestion.service';
import { DatasetRevisionService } from '../../src/response-cache/dataset-revision.service';
import { CACHE_STATUS_HEADER } from '../../src/response-cache/response-cache.middleware';
import { type TestApp, createTestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';

type Check = { url: string; result: string; note: string | null; checkedAt: string; checkedBy: string; source: string; year: number; regionCode: string };
type Entry = {
  region: { code: string };
  year: number;
  publication: string;
  quality: string;
  status: string;
  publishedOn: string | null;
  daysLate: number | null;
  evidence: Check[];
  contact: { year: number; phones: string[]; address: string | null } | null;
};

const ENTRY_FIELDS = `region { code } year publication quality status publishedOn daysLate
  evidence { regionCode year url result note checkedAt checkedBy source } contact { year phones address }`;
const COVERAGE = `query C($parentCode: String!, $from: Int!, $to: Int!) { coverage(parentCode: $parentCode, yearFrom: $from, yearTo: $to) { ${ENTRY_FIELDS} } }`;
const RECORD = `mutation R($input: RecordSiteCheckInput!) { recordSiteCheck(input: $input) { ${ENTRY_FIELDS} } }`;
/** 日喀则市: nothing of it is ever uploaded here. */
const SHIGATSE = '540200';

describe.each(TEST_BACKENDS)('coverage: publication status with evidence (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  let editor: string;
  const counties = linzhiCounties();
  const dated = counties[1]!;
  const undated = counties[2]!;
  const checked = counties[3]!;
  const harvested = counties[4]!;
  const flagged = counties[5]!;

  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: { coverage?: Entry[]; recordSiteCheck?: Entry } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

    return { cache: res.headers.get(CACHE_STATUS_HEADER), body };
  };
  const coverage = async (parentCode: string, from: number, to: number) => {
    const { body } = await post(COVERAGE, { parentCode, from, to });
    expect(body.errors).toBeUndefined();

    return body.data?.coverage as Entry[];
  };
  const entryOf = (entries: Entry[], code: string, year: number) => entries.find((e) => e.region.code === code && e.year === year) as Entry;

  beforeAll(async () => {
    t = await createTestApp(backend, { RESPONSE_CACHE_REVISION_TTL_MS: '60000' });
    admin = await t.token('admin');
    editor = await t.token('editor', LINZHI_PREFECTURE);
    const ingestion = t.app.get(IngestionService);
    const [withDate] = generateReportSeries({ region: dated, years: [2021], seed: 'coverage-e2e', errorRate: 0 });
    const [withoutDate] = generateReportSeries({ region: undated, years: [2021], seed: 'coverage-e2e', errorRate: 0 });
    expect((await ingestion.ingest({ bytes: renderSample(withDate!, 'txt'), fileName: 'dated.txt', regionCode: dated.code }, 'system')).status).toBe('ingested');
    // The same kind of report with its signature date taken out: it states no publication date at all.
    const text = new TextDecoder().decode(renderSample(withoutDate!, 'txt'));
    const [py, pm, pd] = withoutDate!.publishedOn.split('-').map(Number);
    const stripped = text.replace(`${py}年${pm}月${pd}日`, '');
    expect(stripped).not.toBe(text);
    expect((await ingestion.ingest({ bytes: new TextEncoder().encode(stripped), fileName: 'undated.txt', regionCode: undated.code }, 'system')).status).toBe('ingested');
    const [toFlag] = generateReportSeries({ region: flagged, years: [2021], seed: 'coverage-e2e', errorRate: 0 });
    expect((await ingestion.ingest({ bytes: renderSample(toFlag!, 'txt'), fileName: 'flagged.txt', regionCode: flagged.code }, 'system')).status).toBe('ingested');
    // A harvest run that looked at a county's column in 2021 (after the 2020 deadline) and found no 2020 report.
    const db = t.app.get(DataSource);
    await db.query(`INSERT INTO harvest_site (id, region_code, url) VALUES ('00000000-0000-7000-8000-000000000001', $1, 'https://www.example.gov.cn/zfxxgk/ndbg/')`, [harvested.code]);
    await db.query(`INSERT INTO harvest_run (id, year, status, requested_by, finished_at) VALUES ('00000000-0000-7000-8000-000000000002', 2020, 'done', 'harvest-bot', now())`);
    await db.query(
      `INSERT INTO harvest_result (run_id, site_id, result, checked_at, url, note, list_pages)
       VALUES ('00000000-0000-7000-8000-000000000002', '00000000-0000-7000-8000-000000000001', 'not_found', '2021-06-01T08:00:00Z', 'https://www.example.gov.cn/zfxxgk/ndbg/', '未找到 2020 年度报告（已查 3 页列表）', 3)`,
    );
  }, 600_000);

  afterAll(() => t?.close());

  it('says date_unknown for a held report without a date, never on time, and the old status keeps its meaning', async () => {
    const entries = await coverage(LINZHI_PREFECTURE, 2021, 2021);
    const withDate = entryOf(entries, dated.code, 2021);
    expect(withDate.publishedOn).not.toBeNull();
    expect(withDate.publication).toBe(withDate.daysLate === 0 ? 'on_time' : 'late');
    expect(withDate.quality).toBe('passing');
    expect(withDate.contact?.year).toBe(2021);
    expect(withDate.contact?.phones.length).toBeGreaterThan(0);

    const withoutDate = entryOf(entries, undated.code, 2021);
    expect(withoutDate.publishedOn).toBeNull();
    expect(withoutDate.daysLate).toBeNull();
    expect(withoutDate.publication).toBe('date_unknown');
    expect(withoutDate.status).toBe('filed');

    const others = entries.filter((e) => ![dated.code, undated.code, flagged.code].includes(e.region.code));
    expect(others.length).toBe(counties.length - 3);
    for (const e of others) expect([e.publication, e.quality, e.contact, e.evidence]).toEqual(['not_collected', 'none', null, []]);
  });

  it('says needs_review for a report the parser flagged (its checks pass)', async () => {
    expect(entryOf(await coverage(LINZHI_PREFECTURE, 2021, 2021), flagged.code, 2021).quality).toBe('passing');
    // The flag as the report store keeps it (parsed details of a report with TEMPLATE_CELLS_MISSING / UNMATCHED_ROW
    // findings); set here on the stored row, as a write does, with the revision bumped.
    const db = t.app.get(DataSource);
    await db.query(`UPDATE report SET parsed = jsonb_set(parsed, '{needsReview}', 'true') WHERE region_code = $1 AND year = 2021`, [flagged.code]);
    await db.query(BUMP_DATASET_REVISION_SQL);
    t.app.get(DatasetRevisionService).invalidate();
    const entry = entryOf(await coverage(LINZHI_PREFECTURE, 2021, 2021), flagged.code, 2021);
    expect([entry.quality, entry.status]).toEqual(['needs_review', 'filed']);
  });

  it('says not_collected for every county of a prefecture with no uploads (the old status said missing)', async () => {
    const entries = await coverage(SHIGATSE, 2019, 2021);
    expect(entries.length).toBeGreaterThan(3 * 5);
    expect(new Set(entries.map((e) => e.publication))).toEqual(new Set(['not_collected']));
    expect(new Set(entries.map((e) => e.quality))).toEqual(new Set(['none']));
    expect(new Set(entries.map((e) => e.status))).toEqual(new Set(['missing']));
  });

  it('reads a harvest result that found no report as evidence: confirmed_missing', async () => {
    const entry = entryOf(await coverage(LINZHI_PREFECTURE, 2020, 2020), harvested.code, 2020);
    expect(entry.publication).toBe('confirmed_missing');
    expect(entry.evidence).toEqual([
      {
        regionCode: harvested.code,
        year: 2020,
        url: 'https://www.example.gov.cn/zfxxgk/ndbg/',
        result: 'not_found',
        note: '未找到 2020 年度报告（已查 3 页列表）',
        checkedAt: '2021-06-01T08:00:00.000Z',
        checkedBy: 'harvest-bot',
        source: 'harvest',
      },
    ]);
  });

  it('after recordSiteCheck(not_found) the entry is confirmed_missing with who checked which url when, and no cached coverage is stale', async () => {
    const variables = { parentCode: LINZHI_PREFECTURE, from: 2021, to: 2021 };
    await post(COVERAGE, variables);
    const cached = await post(COVERAGE, variables);
    expect(cached.cache).toBe('hit');
    expect(entryOf(cached.body.data?.coverage as Entry[], checked.code, 2021).publication).toBe('not_collected');

    const before = Date.now();
    const input = { regionCode: checked.code, year: 2021, url: 'https://www.example.gov.cn/zwgk/ndbg', result: 'not_found', note: '栏目中只有 2020 年度报告' };
    const recorded = await post(RECORD, { input }, editor);
    expect(recorded.body.errors).toBeUndefined();
    const entry = recorded.body.data?.recordSiteCheck as Entry;
    expect(entry.publication).toBe('confirmed_missing');
    expect(entry.status).toBe('missing');
    expect(entry.evidence).toHaveLength(1);
    const [check] = entry.evidence;
    expect(check).toMatchObject({ regionCode: checked.code, year: 2021, url: input.url, result: 'not_found', note: input.note, checkedBy: 'test editor', source: 'manual' });
    expect(Date.parse(check!.checkedAt)).toBeGreaterThanOrEqual(before - 1000);

    const after = await post(COVERAGE, variables);
    expect(after.cache).toBe('miss');
    expect(entryOf(after.body.data?.coverage as Entry[], checked.code, 2021)).toEqual(entry);

    // A later check that finds the report on the site: not missing any more, but still not collected here.
    const found = await post(RECORD, { input: { ...input, result: 'found', note: null } }, admin);
    expect(found.body.data?.recordSiteCheck?.publication).toBe('not_collected');
    expect(found.body.data?.recordSiteCheck?.evidence.map((e) => e.result)).toEqual(['found', 'not_found']);
  });

  it('records a check given by a former code under the current region', async () => {
    // 米林县 540422 became 米林市 540481.
    const res = await post(RECORD, { input: { regionCode: '540422', year: 2021, url: 'https://www.mainling.gov.cn/', result: 'unreachable' } }, editor);
    expect(res.body.errors).toBeUndefined();
    const entry = res.body.data?.recordSiteCheck as Entry;
    expect([entry.region.code, entry.publication, entry.evidence.map((e) => [e.regionCode, e.result])]).toEqual(['540481', 'not_collected', [['540481', 'unreachable']]]);
  });

  it('refuses an editor out of scope, a viewer, an anonymous caller and bad input with typed errors', async () => {
    const input = { regionCode: checked.code, year: 2021, url: 'https://www.example.gov.cn/', result: 'not_found' };
    const outOfScope = await post(RECORD, { input }, await t.token('editor', SHIGATSE));
    expect(outOfScope.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REGION_OUT_OF_SCOPE' });
    const viewer = await post(RECORD, { input }, await t.token('viewer'));
    expect(viewer.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await post(RECORD, { input });
    expect(anonymous.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

    for (const [bad, reason] of [
      [{ url: 'ftp://www.example.gov.cn/' }, 'INVALID_URL'],
      [{ url: 'javascript:alert(1)' }, 'INVALID_URL'],
      [{ url: 'www.example.gov.cn' }, 'INVALID_URL'],
      [{ year: 2300 }, 'INVALID_YEAR'],
      [{ year: 1999 }, 'INVALID_YEAR'],
      [{ regionCode: '999999' }, 'REGION_NOT_FOUND'],
    ] as const) {
      const res = await post(RECORD, { input: { ...input, ...bad } }, admin);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ reason });
    }
    // Nothing refused was recorded.
    const entry = entryOf(await coverage(LINZHI_PREFECTURE, 2021, 2021), checked.code, 2021);
    expect(entry.evidence).toHaveLength(2);
  });
});
