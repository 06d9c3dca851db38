import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type Page } from 'playwright-core';

import { gql, type RunningApi } from './support/api-server';
import { describeInChromium, SCREENSHOTS } from './support/session';
import { parseCsv } from './support/png';

type Entry = { region: { code: string; name: string }; year: number; publication: string; quality: string };

describeInChromium('coverage tiles, status list and chase list in Chromium', (session) => {
  let api: RunningApi;
  let page: Page;
  let prefecture: string;
  let target: Entry;
  const checkUrl = 'https://www.example.gov.cn/zwgk/ndbg/';

  beforeAll(async () => {
    ({ api, page } = session);
    if (!api.adminToken) throw new Error('the e2e api has no admin token');
    const info = await gql<{ datasetInfo: { yearMin: number; yearMax: number }; reports: { edges: Array<{ node: { region: { level: string; code: string; parentCode: string } } }> } }>(
      api.baseUrl,
      '{ datasetInfo { yearMin yearMax } reports(first: 1) { edges { node { region { code level parentCode } } } } }',
    );
    const region = info.reports.edges[0]!.node.region;
    prefecture = region.level === 'prefecture' ? region.code : region.parentCode;
    // A county-year whose deadline has passed and that is not held: the demo set holds every one, so one
    // county-year's report is deleted (and any older version it had, until nothing stands for it).
    const lastDue = Math.min(info.datasetInfo.yearMax, new Date().getUTCFullYear() - 2);
    const COVERAGE = 'query($p: String!, $y: Int!) { coverage(parentCode: $p, yearFrom: $y, yearTo: $y) { region { code name } year publication quality report { id } } }';
    const [first] = (await gql<{ coverage: Array<Entry & { report: { id: string } | null }> }>(api.baseUrl, COVERAGE, { p: prefecture, y: lastDue })).coverage;
    if (!first) throw new Error(`no counties under ${prefecture}`);
    for (let i = 0; i < 5; i++) {
      const entry = (await gql<{ coverage: Array<Entry & { report: { id: string } | null }> }>(api.baseUrl, COVERAGE, { p: prefecture, y: lastDue })).coverage.find((e) => e.region.code === first.region.code);
      if (!entry?.report) break;
      await gql(api.baseUrl, 'mutation($id: ID!) { deleteReport(id: $id) }', { id: entry.report.id }, api.adminToken);
    }
    target = first;
    const recorded = await gql<{ recordSiteCheck: { publication: string } }>(
      api.baseUrl,
      'mutation($input: RecordSiteCheckInput!) { recordSiteCheck(input: $input) { publication } }',
      { input: { regionCode: target.region.code, year: target.year, url: checkUrl, result: 'not_found', note: '年报栏目无该年度报告' } },
      api.adminToken,
    );
    expect(recorded.recordSiteCheck.publication).toBe('confirmed_missing');
  }, 300_000);

  it('opens the quality list filtered by a tile, with the evidence, and exports it as a chase list', async () => {
    await page.goto(`${api.baseUrl}/?pref=${prefecture}&year=${target.year}`);
    const tile = '[data-testid=tile-pub-confirmed_missing]';
    await page.waitForSelector(tile);
    expect((await page.textContent(`${tile} .status-value`))?.trim()).toBe('1');
    expect((await page.textContent(`${tile} .status-label`))?.trim()).toBe('经核查未发布');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'coverage-overview.png'), fullPage: true });

    await page.click(tile);
    await page.waitForSelector('[data-testid=coverage-status-list] tbody tr');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/quality');
    expect(url.searchParams.get('pub')).toBe('confirmed_missing');
    expect(url.searchParams.get('from')).toBe(String(target.year));
    const rows = await page.$$eval('[data-testid=coverage-status-list] tbody tr', (trs) =>
      trs.map((tr) => ({ publication: tr.getAttribute('data-publication'), text: tr.textContent ?? '' })),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.publication).toBe('confirmed_missing');
    expect(rows[0]!.text).toContain(target.region.name);
    expect(rows[0]!.text).toContain(checkUrl);
    expect(rows[0]!.text).toContain('dashboard-e2e');
    await page.screenshot({ path: join(SCREENSHOTS, 'coverage-quality-filtered.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=card-status-list] [data-testid=export-csv]')]);
    expect(download.suggestedFilename()).toMatch(/催报清单.*经核查未发布\.csv$/);
    const [header, ...body] = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(header).toEqual(['区县', '代码', '年度', '发布机关', '法定期限', '发布情况', '逾期天数或状态', '检查结果', '联系方式（最近一份报告所载）', '核查记录']);
    expect(body).toHaveLength(1);
    const [name, code, year, issuer, deadline, publication, daysOrState, quality, , evidence] = body[0]!;
    expect([name, code, year, publication, daysOrState, quality]).toEqual([target.region.name, target.region.code, String(target.year), '经核查未发布', '经核查未发布', '无报告']);
    expect(deadline).toBe(`${target.year + 1}-03-31`);
    // The body the county's last report names (the demo county has reports in other years), or a visible 未载明.
    expect(issuer).not.toBe('');
    expect(evidence).toMatch(new RegExp(`^dashboard-e2e 于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 核查 ${checkUrl.replace(/[.]/g, '\\.')}：未找到报告（年报栏目无该年度报告）$`));
  });

  it('filters by quality from a quality tile', async () => {
    await page.goto(`${api.baseUrl}/?pref=${prefecture}&year=${target.year}`);
    await page.waitForSelector('[data-testid=tile-quality-none]');
    const count = Number((await page.textContent('[data-testid=tile-quality-none] .status-value'))?.trim());
    await page.click('[data-testid=tile-quality-none]');
    await page.waitForSelector('[data-testid=coverage-status-list] tbody tr');
    expect(new URL(page.url()).searchParams.get('q')).toBe('none');
    const qualities = await page.$$eval('[data-testid=coverage-status-list] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-quality')));
    expect(qualities).toHaveLength(count);
    expect(new Set(qualities)).toEqual(new Set(['none']));
  });
});
