
import { type Page } from 'playwright-core';

import { gql, type RunningApi } from './support/api-server';
import { describeInChromium } from './support/session';

/** 朗县 of 林芝市: in the demo set its 2025 report fails T3_BALANCE in two columns, in both modes. */
const LANGXIAN = '540426';
const LINZHI = '540400';

type FindingNode = { id: string; rule: string; modes: string[]; report: { id: string; year: number; region: { code: string; name: string } } };

describeInChromium('one finding per problem, in Chromium against the real api', (session) => {
  let api: RunningApi;
  let page: Page;
  const { pageErrors, shot } = session;

  /** The findings the api lists for 林芝市 in 2025 (the demo set loaded by the api). */
  const findings2025 = async () =>
    (
      await gql<{ findings: { totalCount: number; edges: Array<{ node: FindingNode }> } }>(
        api.baseUrl,
        `{ findings(first: 100, where: { regionCode: "${LINZHI}", yearFrom: 2025, yearTo: 2025 }) { totalCount edges { node { id rule modes report { id year region { code name } } } } } }`,
      )
    ).findings;

  beforeAll(async () => {
    ({ api, page } = session);
  }, 300_000);

  it('shows the 2 findings of 朗县 2025 once each on its report page, with their modes in words', async () => {
    const listed = await findings2025();
    const lang = listed.edges.map((e) => e.node).filter((f) => f.report.region.code === LANGXIAN);
    expect(lang.map((f) => [f.rule, f.modes])).toEqual([
      ['T3_BALANCE', ['strict', 'lenient']],
      ['T3_BALANCE', ['strict', 'lenient']],
    ]);
    const reportId = lang[0]?.report.id as string;

    await page.goto(`${api.baseUrl}/report/${reportId}`);
    await page.waitForSelector('[data-testid=findings] .finding-list li');
    const items = await page.$$eval('[data-testid=findings] .finding-list li', (lis) =>
      lis.map((li) => ({ rule: li.getAttribute('data-rule'), modes: li.querySelector('[data-testid=finding-modes]')?.textContent ?? '' })),
    );
    expect(items).toEqual([
      { rule: 'T3_BALANCE', modes: '严格口径、宽松口径' },
      { rule: 'T3_BALANCE', modes: '严格口径、宽松口径' },
    ]);
    await shot('findings-report');
  });

  it('lists each problem once on the quality page, its count the number of problems', async () => {
    const listed = await findings2025();
    await page.goto(`${api.baseUrl}/quality?pref=${LINZHI}&fyear=2025&n=100`);
    await page.waitForSelector('[data-testid=findings-table] tbody tr');
    const rows = await page.$$eval('[data-testid=findings-table] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(rows).toHaveLength(listed.totalCount);
    expect(rows.filter((r) => r[1] === '朗县').map((r) => [r[0], r[2], r[4]])).toEqual([
      ['2025', 'T3_BALANCE', '严格口径、宽松口径'],
      ['2025', 'T3_BALANCE', '严格口径、宽松口径'],
    ]);
    // No problem twice: a row per mode would repeat year, county, rule and message.
    const keys = rows.map((r) => [r[0], r[1], r[2], r[5]].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(await page.textContent('[data-testid=card-findings]')).toContain(String(listed.totalCount));
    await shot('findings-quality');
  });

  it('counts problems in the overview tile (林芝市 2025: the 2 of 朗县, not 4)', async () => {
    const listed = await findings2025();
    expect(listed.totalCount).toBe(2);
    await page.goto(`${api.baseUrl}/?pref=${LINZHI}&year=2025`);
    await page.waitForFunction(() => /\d/.test(document.querySelector('.status-findings .status-value')?.textContent ?? ''));
    expect(await page.textContent('.status-findings .status-value')).toBe('2');
    expect(pageErrors).toEqual([]);
  });
});
