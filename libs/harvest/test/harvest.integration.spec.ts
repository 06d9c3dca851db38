import { type LookupAddress, lookup as systemLookup } from 'node:dns';

import { loadRegionCatalogue, openDatabase, seedRegionCatalogue } from '@gongkai/database';
import { writeReport } from '@gongkai/report-store';
import { generateReportSeries, linzhiCounties } from '@gongkai/sample-corpus';

import { HarvestFetchError, PoliteFetcher, type SiteOutcome, continueRun, harvestSite, recentRuns, registeredSites, removeSite, startRun, unfinishedRuns, upsertSites } from '../src';
import { type Hit, startFixtureSites } from './fixture-sites';

// PGlite (WASM) migrates in the test process; the slow-site case waits for its timeout.
jest.setTimeout(120_000);

/**
 * Names the tests resolve: the fixture server's own host, and names that stand for a site's internal machines.
 * Every address the guard lets a connection open to is recorded: the assertion that nothing left loopback.
 */
const FAKE_DNS: Record<string, string> = { 'www.example.gov.cn': '127.0.0.1', 'intranet.example.gov.cn': '10.0.0.5', 'metadata.example.gov.cn': '169.254.169.254' };
const connectedTo: string[] = [];
const lookup = (hostname: string, options: object, callback: (e: NodeJS.ErrnoException | null, a: LookupAddress[]) => void) => {
  const fake = FAKE_DNS[hostname];
  if (fake) return callback(null, [{ address: fake, family: 4 }]);
  systemLookup(hostname, { ...options, all: true }, (error, addresses) => callback(error, addresses as LookupAddress[]));
};

describe('harvest from fixture county sites on loopback', () => {
  let sites: Awaited<ReturnType<typeof startFixtureSites>>;
  let db: Awaited<ReturnType<typeof openDatabase>>;
  let fetcher: PoliteFetcher;
  const requested: URL[] = [];
  const [linzhiCounty] = linzhiCounties();
  const sample = generateReportSeries({ region: linzhiCounty as never, years: [2024], seed: 'harvest-fixture' })[0];

  beforeAll(async () => {
    sites = await startFixtureSites();
    db = await openDatabase({ dataDir: 'memory://', poolMax: 1, runMigrations: true });
    await seedRegionCatalogue(db.dataSource, loadRegionCatalogue());
    fetcher = new PoliteFetcher({
      // HARVEST_ALLOW_HOSTS=127.0.0.1 as the tests run it, plus the test name that resolves to it.
      allowHosts: new Set(['127.0.0.1', 'www.example.gov.cn']),
      perHostDelayMs: 5,
      timeoutMs: 1500,
      retries: 1,
      retryBaseMs: 10,
      onRequest: (url) => requested.push(url),
      lookup: lookup as never,
      onConnect: (_host, address) => connectedTo.push(address),
    });
  });
  afterAll(async () => {
    await fetcher?.close();
    await sites?.close();
    await db?.dataSource.destroy();
  });

  const store = (doc: { bytes: Uint8Array; fileName: string; sourceUrl: string; regionCode: string }) => writeReport(db.connections, doc);
  const harvest = (path: string, regionCode: string, year: number, origin = sites.origin): Promise<SiteOutcome> =>
    harvestSite({ regionCode, url: `${origin}${path}` }, year, { fetcher, store });
  const hitsOf = (prefix: string): Hit[] => sites.hits.filter((h) => h.path.startsWith(prefix));

  it('TRS WCM: follows createPageHTML to the second list page and stores the report printed on the detail page', async () => {
    const outcome = await harvest('/trs/zfxxgknb/index.htm', '350128', 2021);

    expect(outcome).toMatchObject({ result: 'found', url: `${sites.origin}/trs/zfxxgknb/202202/t20220208_80613.htm`, listPagesRead: 2 });
    expect(outcome.documents).toHaveLength(1);
    expect(outcome.documents[0]).toMatchObject({ httpStatus: 200, etag: expect.any(String), ingest: { status: 'ingested', error: null } });
    const stored = await db.dataSource.query(`SELECT r.year, r.region_code FROM report r WHERE r.id = $1`, [outcome.documents[0]?.ingest.reportId]);
    expect(stored).toEqual([{ year: 2021, region_code: '350128' }]);
    // The notice about reports on the first page is not taken for a report.
    expect(hitsOf('/trs/zfxxgknb/202301')).toHaveLength(0);
  });

  it('Hanweb/JCMS: pages by ?pageNum=, matches a year in Chinese numerals, stores the PDF attachment', async () => {
    const outcome = await harvest('/hanweb/col/col1234/index.html', '320813', 2023);

    expect(outcome.result).toBe('found');
    const stored = outcome.documents.filter((d) => d.ingest.status === 'ingested');
    expect(stored.map((d) => d.url)).toEqual([`${sites.origin}/hanweb/module/download/downfile.jsp?x=1/hzq2023.pdf`]);
    // The detail page itself was offered to the store first and refused as no report.
    expect(outcome.documents[0]?.ingest.status).toBe('rejected');
    // A 网站工作年度报表 (website report) on the first page is not the disclosure report.
    expect(hitsOf('/hanweb/art/2024/3/1')).toHaveLength(0);
  });

  it('Epoint WebBuilder: moreinfo.html → 2.html, stores the .docx attachment of the wanted year only', async () => {
    const outcome = await harvest('/epoint/002001/moreinfo.html', sample?.region.code as string, 2024);

    expect(outcome.result).toBe('found');
    expect(outcome.documents.find((d) => d.ingest.status === 'ingested')?.url).toBe(`${sites.origin}/epoint/attach/report2024.docx`);
    expect(hitsOf('/epoint/002001/20250301')).toHaveLength(0);
  });

  it('reads a list served as JSON by an API', async () => {
    const outcome = await harvest('/json/list.json', '350128', 2021);

    // The same bytes as the TRS case: the store answers duplicate, which is a report found.
    expect(outcome).toMatchObject({ result: 'found' });
    expect(outcome.documents[0]?.ingest.status).toBe('duplicate');
  });

  it('records not_found, with how far it looked, when the column lists no report of the year', async () => {
    const outcome = await harvest('/empty/nb/index.html', '540402', 2024);

    expect(outcome).toMatchObject({ result: 'not_found', listPagesRead: 1, documents: [] });
    expect(outcome.note).toContain('未找到 2024 年度报告');
  });

  it('honours robots.txt: a disallowed column is never requested', async () => {
    const outcome = await harvest('/private/nb/index.html', '540402', 2024);

    expect(outcome.result).toBe('unreachable');
    expect(outcome.note).toContain('robots.txt');
    expect(hitsOf('/private/')).toHaveLength(0);
  });

  it.each([
    ['/slow/nb/index.html', '超时'],
    ['/missing/nb/index.html', 'HTTP 404'],
    ['/broken/nb/index.html', 'HTTP 500'],
  ])('a column at %s is unreachable, with the reason (%s)', async (path, reason) => {
    const outcome = await harvest(path, '540402', 2024);

    expect(outcome.result).toBe('unreachable');
    expect(outcome.note).toContain(reason);
  });

  it('retries a 500 once before giving up', () => {
    expect(hitsOf('/broken/nb/index.html')).toHaveLength(2);
  });

  it('refuses a redirect into the site that resolves to a private address, and a site whose name does', async () => {
    const redirected = await harvest('/jump/nb/index.html', '540402', 2024, `http://www.example.gov.cn:${sites.port}`);
    expect(redirected.result).toBe('unreachable');
    expect(redirected.note).toContain('内网');

    await expect(fetcher.fetch('http://metadata.example.gov.cn/latest/meta-data/')).rejects.toMatchObject({ code: 'ADDRESS_REFUSED' });
    await expect(fetcher.fetch('http://10.1.2.3/')).rejects.toBeInstanceOf(HarvestFetchError);
    await expect(fetcher.fetch('http://[::1]:1/')).rejects.toMatchObject({ code: 'ADDRESS_REFUSED' });
  });

  it('records a durable run: the result of each site and every fetched document with URL, status, ETag and sha-256', async () => {
    const registered = await upsertSites(db.connections, [
      { regionCode: '320813', url: `${sites.origin}/hanweb/col/col1234/index.html` },
      { regionCode: '540402', url: `${sites.origin}/empty/nb/index.html` },
    ]);
    const runId = await startRun(db.connections, { year: 2023, siteIds: registered.map((r) => r.id), requestedBy: 'test' });
    expect(await unfinishedRuns(db.connections)).toMatchObject([{ id: runId, year: 2023, sites: 2, pending: 2 }]);
    // Audited in the run's transaction, by whoever asked.
    const lease = await db.connections.acquire();
    try {
      const audit = (await lease.client.query(`SELECT "action", "actor", "target_id", "details" FROM "audit_event" WHERE "target_id" = $1`, [runId])).rows;
      expect(audit).toEqual([{ action: 'harvest_run_started', actor: 'test', target_id: runId, details: { year: 2023, sites: 2 } }]);
    } finally {
      lease.release();
    }
    const revision = async () => Number((await db.dataSource.query(`SELECT revision FROM dataset_revision`))[0].revision);
    const revisionBefore = await revision();
    const summary = await continueRun(db.connections, runId, { fetcher, store, concurrency: 2 });
    // Each site's check is coverage evidence: it moves the dataset revision (cached coverage is dropped), not_found included.
    expect(await revision()).toBeGreaterThanOrEqual(revisionBefore + 2);

    expect(summary).toMatchObject({ checked: 2, alreadyDone: 0, found: 1, notFound: 1, unreachable: 0 });
    expect(await unfinishedRuns(db.connections)).toEqual([]);
    const results = await db.dataSource.query(`SELECT s.region_code, x.result, x.report_id IS NOT NULL AS has_report FROM harvest_result x JOIN harvest_site s ON s.id = x.site_id ORDER BY 1`);
    expect(results).toEqual([
      { region_code: '320813', result: 'found', has_report: true },
      { region_code: '540402', result: 'not_found', has_report: false },
    ]);
    const docs = await db.dataSource.query(`SELECT url, http_status, etag, sha256, ingest_status FROM harvested_document ORDER BY fetched_at`);
    expect(docs).toEqual([
      expect.objectContaining({ url: `${sites.origin}/hanweb/art/2024/2/26/art_1234_2.html`, http_status: 200, ingest_status: 'rejected' }),
      // Stored by the Hanweb case above already: the same bytes are a duplicate, with their sha-256 recorded.
      expect.objectContaining({ url: `${sites.origin}/hanweb/module/download/downfile.jsp?x=1/hzq2023.pdf`, http_status: 200, etag: expect.stringMatching(/^"\d+"$/), sha256: expect.stringMatching(/^[0-9a-f]{64}$/), ingest_status: 'duplicate' }),
    ]);
    // Continuing a finished run checks nothing.
    expect(await continueRun(db.connections, runId, { fetcher, store })).toMatchObject({ checked: 0, alreadyDone: 2 });

    // The registry answers each site with its newest check of the year; the runs list answers per site.
    const listed = await registeredSites(db.connections, ['320813', '540402'], 2023);
    expect(listed.map((r) => [r.regionCode, r.lastResult, r.lastReportId !== null, r.lastRunId === runId])).toEqual([
      ['320813', 'found', true, true],
      ['540402', 'not_found', false, true],
    ]);
    expect((await registeredSites(db.connections, ['540402'], 2022))[0]).toMatchObject({ lastResult: null, lastCheckedAt: null });
    const [run] = await recentRuns(db.connections, ['540402'], 5);
    expect(run).toMatchObject({ id: runId, status: 'done', results: [{ regionCode: '540402', result: 'not_found' }] });
    expect(await removeSite(db.connections, registered[1]?.id as string)).toEqual({ regionCode: '540402' });
    expect(await registeredSites(db.connections, ['540402'], 2023)).toEqual([]);
    const audited = (await db.dataSource.query(`SELECT "action", "target_id" FROM "audit_event" WHERE "action" LIKE 'harvest_site%' ORDER BY "occurred_at", "id"`)) as { action: string; target_id: string | null }[];
    expect(audited).toContainEqual({ action: 'harvest_site_removed', target_id: registered[1]?.id });
    expect(audited.filter((a) => a.action === 'harvest_sites_imported').length).toBeGreaterThanOrEqual(1);
    expect(await removeSite(db.connections, registered[1]?.id as string)).toBeNull();
  });

  it('opened connections to loopback only, though it was asked for private and metadata addresses', () => {
    expect(requested.some((u) => /intranet|metadata/.test(u.hostname))).toBe(true);
    expect(connectedTo.length).toBeGreaterThan(0);
    expect([...new Set(connectedTo)]).toEqual(['127.0.0.1']);
    for (const h of sites.hits) expect(h.host).toMatch(/^(127\.0\.0\.1|www\.example\.gov\.cn):\d+$/);
  });
});
