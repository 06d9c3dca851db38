import { readFileSync } from 'node:fs';

import { type Page } from 'playwright-core';

import { gql, type RunningApi } from './support/api-server';
import { describeInChromium } from './support/session';

type Total = { year: number; value: string | null; regionCount: number; change: string | null; comparability: string | null; median: string | null; likeForLike: { regionCount: number } | null };
type Point = { year: number; value: string | null; rank: number | null };
type Metric = { metric: { key: string }; yearsTo: number | null; rankYear: number | null; totals: Total[]; counties: { region: { code: string }; points: Point[] }[]; ranking: { region: { code: string }; rank: number | null; rankChange: number | null }[] };
type Board = { regions: { code: string; name: string }[]; families: { id: string; labelZh: string; templateNoteZh: string | null; metrics: Metric[]; compositions: { id: string; years: { year: number }[] }[] }[] };

const LINZHI = '540400';
const BOARD = `query($p: String!, $f: Int!, $t: Int!) { board(parentCode: $p, yearFrom: $f, yearTo: $t) {
  regions { code name }
  families { id labelZh templateNoteZh
    metrics { metric { key } yearsTo rankYear totals { year value regionCount change comparability median likeForLike { regionCount } }
      counties { region { code } points { year value rank } } ranking { region { code } rank rankChange } }
    compositions { id years { year } } } } }`;

describeInChromium('the prefecture board and the county profile in Chromium (issue 18)', (session) => {
  let api: RunningApi;
  let page: Page;
  let board: Board;
  let yearMin: number;
  let yearMax: number;

  beforeAll(async () => {
    ({ api, page } = session);
    ({ yearMin, yearMax } = (await gql<{ datasetInfo: { yearMin: number; yearMax: number } }>(api.baseUrl, '{ datasetInfo { yearMin yearMax } }')).datasetInfo);
    board = (await gql<{ board: Board }>(api.baseUrl, BOARD, { p: LINZHI, f: yearMin, t: yearMax })).board;
  }, 300_000);

  const section = (name: string) => page.getByRole('region', { name, exact: true });

  it('leads the overview with the four family sections, each with the api total, YoY, small multiples and ranking with rank change', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${api.baseUrl}/?pref=${LINZHI}`);
    await page.locator('[data-testid=board-requests] [data-testid=board-total]').waitFor();
    // The board comes before the older single-metric widgets.
    const order = await page.evaluate(() => {
      const boardTop = document.querySelector('[data-testid=board]')?.getBoundingClientRect().top ?? Infinity;
      const multiplesTop = document.querySelector('[data-testid=card-small-multiples]')?.getBoundingClientRect().top ?? -Infinity;

      return boardTop < multiplesTop;
    });
    expect(order).toBe(true);

    for (const family of board.families) {
      const panel = section(family.labelZh);
      expect(await panel.locator('h2').first().textContent()).toBe(family.labelZh);
      const headline = family.metrics[0];
      const latest = headline.totals[headline.totals.length - 1];
      const card = panel.locator(`[data-testid=board-headline-${headline.metric.key}]`);
      expect(await card.locator('[data-testid=board-total]').getAttribute('data-value')).toBe(latest.value ?? '');
      if (latest.likeForLike) {
        const yoy = card.locator('[data-testid=board-yoy]');
        expect(await yoy.getAttribute('data-change')).toBe(latest.comparability === 'break' ? '' : (latest.change ?? ''));
        expect(await yoy.textContent()).toContain(`同比（同口径，${latest.likeForLike.regionCount} 个区县）`);
      }
      // The summary strip on the first screen shows the same headline.
      expect(await page.locator(`[data-testid=board-summary-${family.id}] .board-summary-value`).getAttribute('data-value')).toBe(latest.value ?? '');
      // Small multiples: one per county, with its value; the ranking in the api's order with its rank change.
      expect(await panel.locator('[data-testid=board-multiples] .mini-panel').count()).toBe(board.regions.length);
      const rows = panel.locator('[data-testid=board-ranking-row]');
      const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-code'), tr.getAttribute('data-rank'), tr.getAttribute('data-rank-change')]));
      expect(shown).toEqual(headline.ranking.map((e) => [e.region.code, e.rank === null ? '' : String(e.rank), e.rankChange === null ? '' : String(e.rankChange)]));
      // Every metric's total per year in the totals table, exactly as the api has it.
      for (const metric of family.metrics) {
        for (const total of metric.totals) {
          expect(await panel.locator(`[data-testid=board-totals] tr[data-metric="${metric.metric.key}"] td[data-year="${total.year}"]`).getAttribute('data-value')).toBe(total.value ?? '');
        }
      }
      // Exports of the panel: chart (PNG/SVG/CSV/XLSX) and tables (CSV/XLSX).
      expect(await panel.locator('[data-testid=board-multiples] [data-testid=export-png]').count()).toBe(1);
      expect(await panel.locator('[data-testid=board-totals-card] [data-testid=export-csv]').count()).toBe(1);
    }
    expect(session.pageErrors).toEqual([]);
  });

  it('says where the template change ends procurement instead of drawing empty years, and the totals CSV holds the api numbers', async () => {
    const procurement = board.families.find((f) => f.id === 'procurement');
    const panel = section('政府集中采购');
    expect(await panel.locator('[data-testid=board-template-note]').textContent()).toBe(procurement?.templateNoteZh);
    expect(procurement?.metrics.every((m) => m.yearsTo === 2020)).toBe(true);
    expect(await panel.locator('[data-testid=board-template-end]').first().textContent()).toContain('2021年起');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-testid=board-totals-card] [data-testid=export-csv]').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    const amount = procurement?.metrics.find((m) => m.metric.key === 't2_procure_amount_yuan')?.totals.find((t) => t.year === 2020)?.value;
    expect(csv).toContain(`政府集中采购·采购总金额,2020,${amount}`);
    expect(csv).not.toMatch(/政府集中采购·采购总金额,2021/);
    // The panel's metric is a filter in the URL: choosing 采购总金额 survives a reload.
    await panel.locator('[data-testid=board-metric-t2_procure_amount_yuan]').click();
    await page.waitForFunction(() => window.location.search.includes('b_procurement=t2_procure_amount_yuan'));
    await page.reload();
    const headline = section('政府集中采购').locator('[data-testid=board-headline-t2_procure_amount_yuan] [data-testid=board-total]');
    await headline.waitFor();
    expect(await headline.getAttribute('data-value')).toBe(amount);
  });

  it('draws the outcome of requests as 100 % bars: the labels of each year add up to 100.0 %', async () => {
    const bars = section('政府信息公开申请').locator('[data-testid=composition-outcomes] [data-testid=composition-bar]');
    const outcomes = board.families.find((f) => f.id === 'requests')?.compositions.find((c) => c.id === 'outcomes');
    expect(await bars.count()).toBe(outcomes?.years.length);
    const sums = await bars.evaluateAll((items) =>
      items.map((li) => Math.round([...li.querySelectorAll('[data-percent]')].reduce((sum, s) => sum + Number((s.getAttribute('data-percent') ?? '0').replace('%', '')), 0) * 10) / 10),
    );
    expect(sums.length).toBeGreaterThan(0);
    for (const sum of sums) expect(sum).toBe(100);
    await session.shot('board-overview-1440');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await session.shot('board-overview-1920');
  });

  it("leads the county profile with the same four families: the county's value beside the prefecture median and its rank", async () => {
    const county = board.regions[1];
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${api.baseUrl}/county/${county.code}`);
    await page.locator('[data-testid=county-requests] [data-testid=county-family-cell]').first().waitFor();
    for (const family of board.families) {
      const panel = section(family.labelZh);
      expect(await panel.locator('h2').first().textContent()).toBe(family.labelZh);
      for (const metric of family.metrics) {
        const points = metric.counties.find((c) => c.region.code === county.code)?.points ?? [];
        for (const point of points) {
          const cell = panel.locator(`tr[data-metric="${metric.metric.key}"] td[data-year="${point.year}"]`);
          expect(await cell.getAttribute('data-value')).toBe(point.value ?? '');
          expect(await cell.getAttribute('data-rank')).toBe(point.rank === null ? '' : String(point.rank));
          expect(await cell.getAttribute('data-median')).toBe(metric.totals.find((t) => t.year === point.year)?.median ?? '');
        }
      }
    }
    // The profile's lead comes before its older trend chart.
    const leads = await page.evaluate(
      () => (document.querySelector('[data-testid=county-families]')?.getBoundingClientRect().top ?? Infinity) < (document.querySelector('[data-testid=card-county-trend]')?.getBoundingClientRect().top ?? -Infinity),
    );
    expect(leads).toBe(true);
    // The quality timeline: one step per year with the api's publication status and quality.
    const coverage = (
      await gql<{ coverage: { region: { code: string }; year: number; publication: string; quality: string }[] }>(
        api.baseUrl,
        'query($p: String!, $f: Int!, $t: Int!) { coverage(parentCode: $p, yearFrom: $f, yearTo: $t, level: county) { region { code } year publication quality } }',
        { p: LINZHI, f: yearMin, t: yearMax },
      )
    ).coverage.filter((c) => c.region.code === county.code);
    const steps = await page
      .locator('[data-testid=county-quality-timeline] [data-testid=quality-step]')
      .evaluateAll((lis) => lis.map((li) => ({ year: Number(li.getAttribute('data-year')), publication: li.getAttribute('data-publication'), quality: li.getAttribute('data-quality') })));
    expect(steps).toEqual(coverage.map(({ year, publication, quality }) => ({ year, publication, quality })));
    // The full table is collapsed under the lead and searchable.
    const details = page.locator('[data-testid=county-metrics-details]');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').click();
    await page.fill('[data-testid=county-metrics-search]', '采购总金额');
    const labels = await details.locator('tbody tr td:first-child').allTextContents();
    expect(labels).toEqual(['政府集中采购·采购总金额']);
    await page.fill('[data-testid=county-metrics-search]', '');
    await session.shot('county-profile-1440');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await session.shot('county-profile-1920');
    expect(session.pageErrors).toEqual([]);
  });

  it("shows a province's board with its prefectures as units and drills down into a prefecture's board", async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${api.baseUrl}/?pref=540000`);
    const license = section('行政许可');
    await license.locator('[data-testid=board-ranking-row]').first().waitFor();
    const headline = board.families[0].metrics[0];
    const latest = headline.totals[headline.totals.length - 1];
    // 林芝市 is the one prefecture of 西藏 with reports here: its row holds the prefecture board's total.
    const first = license.locator('[data-testid=board-ranking-row]').first();
    expect(await first.getAttribute('data-code')).toBe(LINZHI);
    expect(await first.locator('td.num').textContent()).toContain(`${latest.regionCount}/${board.regions.length} 个区县有数据`);
    await session.shot('board-province-1440');
    await first.locator('a').click();
    await page.waitForFunction((code) => window.location.search.includes(`pref=${code}`), LINZHI);
    await page.locator('[data-testid=board-license] [data-testid=board-total]').waitFor();
    expect(await page.locator('[data-testid=board-license] [data-testid=board-total]').getAttribute('data-value')).toBe(latest.value ?? '');
    expect(session.pageErrors).toEqual([]);
  });
});
