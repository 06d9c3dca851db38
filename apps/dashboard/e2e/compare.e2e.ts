
import { type Page } from 'playwright-core';

import { gql, type RunningApi } from './support/api-server';
import { describeInChromium } from './support/session';

type Row = { year: number; value: number | null; regionCount: number; likeForLike: { regionCount: number; excludedRegions: { code: string; name: string }[] } | null };

describeInChromium('like-for-like headline and undefined rates in Chromium', (session) => {
  let api: RunningApi;
  let page: Page;
  let yearMax: number;

  const { shot } = session;
  const headline = async (prefecture: string, year: number, comparison: 'LIKE_FOR_LIKE' | 'ALL_REPORTS', metric = 't2_license_decisions', fn = 'sum'): Promise<Row[]> =>
    (
      await gql<{ aggregate: Row[] }>(
        api.baseUrl,
        `query($p: String!, $f: Int!, $t: Int!, $c: Comparison!, $m: String!, $fn: AggregateFn!) { aggregate(metric: $m, parentCode: $p, level: county, yearFrom: $f, yearTo: $t, groupBy: [year], fn: $fn, comparison: $c) {
          year value regionCount likeForLike { regionCount excludedRegions { code name } } } }`,
        { p: prefecture, f: year - 1, t: year, c: comparison, m: metric, fn },
      )
    ).aggregate;

  beforeAll(async () => {
    ({ api, page } = session);
    yearMax = (await gql<{ datasetInfo: { yearMax: number } }>(api.baseUrl, '{ datasetInfo { yearMax } }')).datasetInfo.yearMax;
  }, 300_000);

  it('the 林芝市 headline compares like for like, says 同口径 and names the counties left out; 全部报告 switches', async () => {
    const [, lfl] = await headline('540400', yearMax, 'LIKE_FOR_LIKE');
    const [allBefore, allNow] = await headline('540400', yearMax, 'ALL_REPORTS');
    expect(lfl.likeForLike).not.toBeNull();
    await page.goto(`${api.baseUrl}/?pref=540400&year=${yearMax}`);
    const card = page.locator('[data-testid=headline-t2_license_decisions]');
    await card.waitFor();
    const basis = await card.locator('[data-testid=headline-basis]').textContent();
    expect(basis).toContain(`同口径：${lfl.likeForLike?.regionCount} 个区县合计`);
    expect(await card.locator('.headline-value').getAttribute('data-value')).toBe(String(lfl.value));
    // Every card says what the api says it is over, and names the counties it leaves out (the demo set has rates
    // that cannot be computed in some county-years, so the median cards leave some out).
    let named = 0;
    for (const [metric, fn] of [
      ['t2_license_decisions', 'sum'],
      ['rate_disclosed', 'median'],
      ['rate_review_corrected', 'median'],
    ]) {
      const row = (await headline('540400', yearMax, 'LIKE_FOR_LIKE', metric, fn)).find((r) => r.year === yearMax);
      const names = row?.likeForLike?.excludedRegions.map((r) => r.name) ?? [];
      const metricCard = page.locator(`[data-testid=headline-${metric}]`);
      expect(await metricCard.locator('[data-testid=headline-basis]').textContent()).toContain(`同口径：${row?.likeForLike?.regionCount} 个区县${fn === 'sum' ? '合计' : '中位数'}`);
      if (names.length > 0) {
        expect(await metricCard.locator('[data-testid=headline-excluded]').textContent()).toBe(`未含：${names.join('、')}`);
        named += 1;
      } else expect(await metricCard.locator('[data-testid=headline-excluded]').count()).toBe(0);
    }
    expect(named).toBeGreaterThan(0);
    await shot('compare-headline-like-for-like');

    await page.click('[data-testid=comparison-all]');
    await page.waitForURL(/cmp=all/);
    await page.waitForFunction(() => document.querySelector('[data-testid=headline-t2_license_decisions] [data-testid=headline-basis]')?.textContent?.includes('全部报告'));
    expect(await card.locator('[data-testid=headline-basis]').textContent()).toContain(`全部报告：${yearMax} 年 ${allNow.regionCount} 个区县，${yearMax - 1} 年 ${allBefore.regionCount} 个区县`);
    expect(await card.locator('.headline-value').getAttribute('data-value')).toBe(String(allNow.value));
    expect(await card.locator('[data-testid=headline-excluded]').count()).toBe(0);
  });

  it('a rate whose denominator is 0 reads 无法计算（分母为 0）in the ranking and the trend chart (a gap with a × and its legend), never 未发布', async () => {
    // The demo set (a fixed seed) has county-years without any 复议 case: find them through the api.
    const { series } = await gql<{ series: { region: { code: string; name: string }; points: { year: number; value: string | null; state: string }[] }[] }>(
      api.baseUrl,
      `query($f: Int!, $t: Int!) { series(metric: "rate_review_corrected", parentCode: "540400", level: county, yearFrom: $f, yearTo: $t) { region { code name } points { year value state } } }`,
      { f: yearMax - 6, t: yearMax },
    );
    const found = series.flatMap((s) => s.points.filter((p) => p.state === 'undefined').map((p) => ({ region: s.region, year: p.year, value: p.value })));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.value === null)).toBe(true);
    const { region, year } = found[found.length - 1];

    await page.goto(`${api.baseUrl}/?pref=540400&year=${year}&metric=rate_review_corrected`);
    const rankingCard = page.locator('[data-testid=card-ranking]');
    await rankingCard.getByText(region.name).first().waitFor();
    const row = rankingCard.locator('li, tr').filter({ hasText: region.name }).first();
    expect(await row.textContent()).toContain('无法计算（分母为 0）');
    expect(await row.textContent()).not.toContain('未发布');
    // The small multiples mark the same county-years with a × (the SVG panels) and key it once.
    const multiples = page.locator('[data-testid=card-small-multiples]');
    await multiples.locator(`[data-testid=mini-${region.code}] [data-undefined]`).waitFor();
    expect(await multiples.textContent()).toContain('× 无法计算（分母为 0）');
    await shot('compare-ranking-undefined');

    await page.goto(`${api.baseUrl}/trends?pref=540400&metric=rate_review_corrected&regions=${region.code}&from=${yearMax - 6}&to=${yearMax}`);
    const chart = page.locator(`[data-testid=trend-chart]`);
    await chart.waitFor();
    expect((await chart.getAttribute('data-undefined'))?.split(',')).toContain(String(year));
    expect(await page.textContent('main, body')).toContain('× 无法计算（分母为 0）');
    await shot('compare-trend-undefined');
  });
});
