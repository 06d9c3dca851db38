import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { type AddressInfo } from 'node:net';

import { LINZHI_PREFECTURE, generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';
import { startRun } from '@gongkai/harvest';

import { STORE_CONNECTIONS } from '../../src/database/database.constants';
import { HarvestService } from '../../src/harvest/harvest.service';
import { type TestApp, createTestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';

// Two data years back: inside the schedule's window (the two latest years) and past its deadline, whatever today is.
const YEAR = new Date().getUTCFullYear() - 2;
/** 日喀则市: an editor scoped there may not touch 林芝's sites. */
const SHIGATSE = '540200';

type Site = { id: string; regionCode: string; url: string; lastResult: string | null; lastCheckedAt: string | null; lastNote: string | null; lastReportId: string | null; scheduled: boolean; nextCheckAt: string | null };
type Run = { id: string; status: string; requestedBy: string; siteCount: number; pending: number; found: number; notFound: number; unreachable: number; results: { regionCode: string; result: string | null; note: string | null }[] };
const SITE_FIELDS = 'id regionCode url lastResult lastCheckedAt lastNote lastReportId scheduled nextCheckAt';
const RUN_FIELDS = 'id status requestedBy siteCount pending found notFound unreachable results { regionCode result note }';

/**
 * Three county columns on one loopback server: one lists the year's report (the page holds its tables), one
 * lists only other years, one answers 404. `published.html` is what the report page serves now (a test changes
 * it: the body edited its published report). Every request is recorded with the Host it was sent to.
 */
async function startCountySites(published: { html: Uint8Array }, issuerTitle: string) {
  const hits: string[] = [];
  const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>${body}</body></html>`;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    hits.push(`${req.headers.host} ${req.url}`);
    const send = (status: number, type: string, body: string | Uint8Array) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (req.url === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nAllow: /\n');
    if (req.url === '/a/nb/index.htm') return send(200, 'text/html; charset=utf-8', page(`<ul><li><a href="./202503/t20250310_1.htm">${issuerTitle}${YEAR}年度政府信息公开工作年度报告</a><span>2025-03-10</span></li></ul>`));
    if (req.url === '/a/nb/202503/t20250310_1.htm') return send(200, 'text/html; charset=utf-8', published.html);
    if (req.url === '/b/nb/index.htm') return send(200, 'text/html; charset=utf-8', page(`<ul><li><a href="./202403/t20240301_1.htm">${YEAR - 1}年度政府信息公开工作年度报告</a><span>2024-03-01</span></li></ul>`));

    return send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return { origin, hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(TEST_BACKENDS)('harvest through the api: registry, runs, evidence, schedule (%s)', (backend) => {
  let t: TestApp;
  let sites: Awaited<ReturnType<typeof startCountySites>>;
  let admin: string;
  let outsider: string;
  const [found, missing, broken] = linzhiCounties();
  const [sample] = generateReportSeries({ region: found!, years: [YEAR], seed: 'harvest-api', errorRate: 0 });
  const published = { html: renderSample(sample!, 'html') };

  beforeAll(async () => {
    sites = await startCountySites(published, found!.name);
    t = await createTestApp(backend, { HARVEST_ALLOW_HOSTS: '127.0.0.1', HARVEST_DELAY_MS: '0', HARVEST_SCHEDULE: 'true', HARVEST_SCHEDULE_INTERVAL_MS: '86400000' });
    admin = await t.token('admin');
    outsider = await t.token('editor', SHIGATSE);
  });
  afterAll(async () => {
    await t?.close();
    await sites?.close();
  });

  const csv = () => `region_code,url\n${found!.code},${sites.origin}/a/nb/index.htm\n${missing!.code},${sites.origin}/b/nb/index.htm\n${broken!.code},${sites.origin}/c/nb/index.htm\n`;
  const listSites = async (year = YEAR): Promise<Site[]> => {
    const r = await t.graphql<{ harvestSites: Site[] }>(`query($p: String!, $y: Int!) { harvestSites(parentCode: $p, year: $y) { ${SITE_FIELDS} } }`, { p: LINZHI_PREFECTURE, y: year });
    expect(r.body.errors).toBeUndefined();

    return r.body.data?.harvestSites ?? [];
  };
  const IMPORT = `mutation($csv: String!) { importHarvestSites(csv: $csv) { saved sites { id regionCode url } } }`;

  it('refuses the registry to the anonymous, to an editor of another prefecture and a bad list, saving nothing', async () => {
    expect((await t.graphql(IMPORT, { csv: csv() })).body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await t.graphql(IMPORT, { csv: csv() }, outsider)).body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const bad = await t.graphql(IMPORT, { csv: `${found!.code},${sites.origin}/a/nb/index.htm\n999999,not a url\n` }, admin);
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SITE_LIST', messageZh: '站点清单有误，未保存任何站点：第 2 行：网址无效「not a url」。' });
    expect(await listSites()).toEqual([]);
  });

  it('registers the sites of a CSV list; before any check each is due now (the deadline of 31 March has passed)', async () => {
    const r = await t.graphql<{ importHarvestSites: { saved: number } }>(IMPORT, { csv: csv() }, admin);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.importHarvestSites.saved).toBe(3);
    const listed = await listSites();
    // An older year is outside the schedule: no next check is promised for it.
    expect((await listSites(2020)).map((s) => [s.scheduled, s.nextCheckAt])).toEqual([
      [false, null],
      [false, null],
      [false, null],
    ]);
    expect(listed.every((s) => s.scheduled)).toBe(true);
    expect(listed.map((s) => [s.regionCode, s.lastResult, s.nextCheckAt])).toEqual(
      [found, missing, broken].map((c) => [c!.code, null, null]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('startHarvest checks every site in the background: found and stored, not found, unreachable, each with its reason', async () => {
    const started = await t.graphql<{ startHarvest: Run }>(`mutation($p: String!, $y: Int!) { startHarvest(parentCode: $p, year: $y) { ${RUN_FIELDS} } }`, { p: LINZHI_PREFECTURE, y: YEAR }, admin);
    expect(started.body.errors).toBeUndefined();
    expect(started.body.data?.startHarvest).toMatchObject({ siteCount: 3, requestedBy: 'test admin' });
    await t.app.get(HarvestService).idle();

    const runs = await t.graphql<{ harvestRuns: Run[] }>(`query($p: String!) { harvestRuns(parentCode: $p) { ${RUN_FIELDS} } }`, { p: LINZHI_PREFECTURE });
    expect(runs.body.data?.harvestRuns[0]).toMatchObject({ status: 'done', siteCount: 3, pending: 0, found: 1, notFound: 1, unreachable: 1 });
    const listed = new Map((await listSites()).map((s) => [s.regionCode, s]));
    expect(listed.get(found!.code)).toMatchObject({ lastResult: 'found', lastReportId: expect.any(String) });
    expect(listed.get(missing!.code)).toMatchObject({ lastResult: 'not_found', lastReportId: null });
    expect(listed.get(broken!.code)?.lastResult).toBe('unreachable');
    expect(listed.get(broken!.code)?.lastNote).toMatch(/404/);
    // Next looks: a month after a found / not-found check, the next day after an unreachable one.
    const day = 24 * 3600 * 1000;
    const after = (code: string) => Date.parse(listed.get(code)?.nextCheckAt as string) - Date.parse(listed.get(code)?.lastCheckedAt as string);
    expect(after(found!.code)).toBe(30 * day);
    expect(after(broken!.code)).toBe(day);
  });

  it("turns the checks into coverage: the found report is there, the empty column's county is confirmed missing by the harvest", async () => {
    const r = await t.graphql<{ coverage: { region: { code: string }; publication: string; evidence: { source: string; result: string }[] }[] }>(
      `query($p: String!, $y: Int!) { coverage(parentCode: $p, yearFrom: $y, yearTo: $y) { region { code } publication evidence { source result } } }`,
      { p: LINZHI_PREFECTURE, y: YEAR },
    );
    expect(r.body.errors).toBeUndefined();
    const byCode = new Map(r.body.data?.coverage.map((e) => [e.region.code, e]));
    expect(byCode.get(found!.code)?.publication).not.toMatch(/not_collected|confirmed_missing/);
    expect(byCode.get(missing!.code)).toMatchObject({ publication: 'confirmed_missing', evidence: [{ source: 'harvest', result: 'not_found' }] });
    // Unreachable is no proof that nothing was published.
    expect(byCode.get(broken!.code)?.publication).not.toBe('confirmed_missing');
  });

  it('continues a run left pending by a stopped process when the api starts (durable runs)', async () => {
    const harvest = t.app.get(HarvestService);
    const siteIds = (await listSites()).map((s) => s.id);
    const runId = await startRun(t.app.get(STORE_CONNECTIONS), { year: YEAR, siteIds, requestedBy: 'a process that stopped' });
    await harvest.onApplicationBootstrap();
    await harvest.idle();
    const runs = await t.graphql<{ harvestRuns: Run[] }>(`query($p: String!) { harvestRuns(parentCode: $p, first: 5) { ${RUN_FIELDS} } }`, { p: LINZHI_PREFECTURE });
    expect(runs.body.data?.harvestRuns.find((r) => r.id === runId)).toMatchObject({ status: 'done', pending: 0, found: 1, notFound: 1, unreachable: 1 });
  });

  it('the schedule checks what is due, then nothing just after, and every site again a month later', async () => {
    const harvest = t.app.get(HarvestService);
    // The latest data year has not been looked at for any site yet (only YEAR was): due.
    await harvest.tick(new Date());
    await harvest.idle();
    expect(await harvest.tick(new Date())).toEqual([]);
    const runIds = await harvest.tick(new Date(Date.now() + 31 * 24 * 3600 * 1000));
    expect(runIds.length).toBeGreaterThan(0);
    await harvest.idle();
    const runs = await t.graphql<{ harvestRuns: Run[] }>(`query($p: String!) { harvestRuns(parentCode: $p, first: 10) { ${RUN_FIELDS} } }`, { p: LINZHI_PREFECTURE });
    for (const id of runIds) expect(runs.body.data?.harvestRuns.find((r) => r.id === id)).toMatchObject({ requestedBy: 'schedule', siteCount: 3, pending: 0, status: 'done' });
  });

  it('a report changed after publication becomes a new version that names the values that changed (发布后修改)', async () => {
    const before = (await listSites()).find((s) => s.regionCode === found!.code)?.lastReportId as string;
    // The body corrects one number of its published report: the same address now serves other bytes.
    const [key, printed] = Object.entries(sample!.cells).find(([, text]) => /^\d+$/.test(text)) as [string, string];
    const edited = String(Number(printed) + 7);
    published.html = renderSample({ ...sample!, cells: { ...sample!.cells, [key]: edited } }, 'html');
    expect((await t.graphql(`mutation($p: String!, $y: Int!) { startHarvest(parentCode: $p, year: $y) { id } }`, { p: LINZHI_PREFECTURE, y: YEAR }, admin)).body.errors).toBeUndefined();
    await t.app.get(HarvestService).idle();

    const after = (await listSites()).find((s) => s.regionCode === found!.code)?.lastReportId as string;
    expect(after).not.toBe(before);
    type Republished = { report: { status: string; republication: { previousReportId: string; url: string; changes: { metricKey: string; before: string; after: string }[] } | null; versions: { id: string; status: string }[] } };
    const r = await t.graphql<Republished>(
      `query($id: ID!) { report(id: $id) { status republication { previousReportId url changes { metricKey before after } } versions { id status } } }`,
      { id: after },
    );
    expect(r.body.errors).toBeUndefined();
    const report = r.body.data?.report;
    expect(report?.status).toBe('current');
    expect(report?.republication).toMatchObject({ previousReportId: before, url: `${sites.origin}/a/nb/202503/t20250310_1.htm` });
    expect(report?.republication?.changes).toContainEqual({ metricKey: key, before: printed, after: edited });
    expect(report?.versions).toEqual([
      { id: after, status: 'current' },
      { id: before, status: 'superseded' },
    ]);
    // The earlier version was not republished: it is the original.
    const old = await t.graphql<Republished>(`query($id: ID!) { report(id: $id) { status republication { url } versions { id } } }`, { id: before });
    expect(old.body.data?.report.republication).toBeNull();
  });

  it('removes a site with its checks (admin), and refuses an unknown id', async () => {
    const [first] = await listSites();
    const REMOVE = `mutation($id: ID!) { removeHarvestSite(id: $id) }`;
    expect((await t.graphql(REMOVE, { id: first!.id }, outsider)).body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await t.graphql(REMOVE, { id: first!.id }, admin)).body.data).toEqual({ removeHarvestSite: true });
    expect((await listSites()).map((s) => s.id)).not.toContain(first!.id);
    expect((await t.graphql(REMOVE, { id: first!.id }, admin)).body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SITE_NOT_FOUND' });
  });

  it('sent every request to the loopback fixture only', () => {
    expect(sites.hits.length).toBeGreaterThan(0);
    for (const hit of sites.hits) expect(hit).toMatch(/^127\.0\.0\.1:\d+ \//);
  });
});
