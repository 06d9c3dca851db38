import { type Page } from 'playwright-core';

import { gql, type RunningApi } from './support/api-server';
import { describeInChromium } from './support/session';

const LINZHI = '540400';

type Body = { issuerName: string; reportId: string | null; score: number | null; rank: number | null; indicators: { id: string; score: number | null; evidence: { quote: string | null; start: number | null }[] }[] };

describeInChromium('年报评估 in Chromium against the real api', (session) => {
  let api: RunningApi;
  let page: Page;
  const { pageErrors, shot } = session;

  beforeAll(async () => {
    ({ api, page } = session);
  }, 300_000);

  it("ranks 林芝市's bodies as the api scores them, sorts, and shows a body's evidence with its sentence marked in the report", async () => {
    const { datasetInfo } = await gql<{ datasetInfo: { yearMax: number } }>(api.baseUrl, '{ datasetInfo { yearMax } }');
    const year = datasetInfo.yearMax;
    const { assessment } = await gql<{ assessment: { assessed: number; bodies: Body[] } }>(
      api.baseUrl,
      `query($p: String!, $y: Int!) { assessment(parentCode: $p, year: $y) { assessed bodies { issuerName reportId score rank indicators { id score evidence { quote start } } } } }`,
      { p: LINZHI, y: year },
    );
    expect(assessment.assessed).toBeGreaterThan(1);

    await page.goto(`${api.baseUrl}/assessment?pref=${LINZHI}&year=${year}`);
    await page.waitForSelector('[data-testid=assessment-row]');
    const rows = async () =>
      page.$$eval('[data-testid=assessment-row]', (trs) => trs.map((tr) => ({ name: tr.getAttribute('data-issuer'), score: tr.querySelector('[data-testid=assessment-score]')?.textContent ?? '' })));
    // The table shows every body with the api's score, best first.
    const shown = await rows();
    expect(shown).toEqual(assessment.bodies.map((b) => ({ name: b.issuerName, score: b.score === null ? '未收集到报告' : b.score.toFixed(1) })));

    // The 通报 links download Word and Excel from the api.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=bulletin-docx]')]);
    expect(download.suggestedFilename()).toBe(`林芝市_${year}_年报质量评估通报.docx`);

    // Sorting by score ascending puts the lowest scored body first.
    await page.click('[data-testid=sort-score]');
    await page.click('[data-testid=sort-score]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('dir') === 'asc');
    const ascending = (await rows()).filter((r) => r.score !== '未收集到报告').map((r) => Number(r.score));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    // A body with a quoted sentence: its evidence, then the sentence's paragraph marked on the report page.
    const quoted = assessment.bodies.find((b) => b.indicators.some((i) => i.evidence.some((e) => e.quote && e.start !== null)));
    expect(quoted).toBeDefined();
    await page.click(`[data-testid=assessment-row][data-issuer="${quoted?.issuerName}"] button`);
    await page.waitForSelector('[data-testid=assessment-evidence] [data-testid=indicator-breakdown] tbody tr');
    const breakdown = await page.$$eval('[data-testid=indicator-breakdown] tbody tr', (trs) => trs.length);
    expect(breakdown).toBe(7);
    await shot('assessment');

    const link = await page.waitForSelector('[data-testid=assessment-evidence] .evidence-list li:has(blockquote) a');
    await link.click();
    await page.waitForSelector('[data-testid=narrative] p.highlight');
    const marked = await page.$eval('[data-testid=narrative] p.highlight', (p) => ({ start: Number(p.getAttribute('data-start')), text: p.textContent ?? '' }));
    const there = quoted?.indicators.flatMap((i) => i.evidence).filter((e) => e.start === marked.start) ?? [];
    expect(there.some((e) => e.quote !== null && marked.text.includes(e.quote))).toBe(true);
    // The report page also shows the report's score, the one the ranking shows.
    const cardScore = await (await page.waitForSelector('[data-testid=report-assessment-score]')).textContent();
    expect(cardScore).toBe(quoted?.score?.toFixed(1));
    await shot('assessment-report-narrative');
    expect(pageErrors).toEqual([]);
  });
});
