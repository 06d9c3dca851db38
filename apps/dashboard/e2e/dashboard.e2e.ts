import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { getRule, type RuleId } from '@gongkai/domain';
import { type Page } from 'playwright-core';

import { formatValue } from '../src/modules/core/utils/formatValue';
import { gql, REPO_ROOT, type RunningApi } from './support/api-server';
import { describeInChromium, SCREENSHOTS } from './support/session';
import { liveMarkup, NOTHING_LIVE, PAYLOADS, retitle } from './support/hostile-report';
import { parseCsv, pngSize } from './support/png';

const CI = process.env.CI === 'true';

const CORPUS = join(REPO_ROOT, '../shared/corpus/real');

type SeriesPoint = { year: number; value: string | null; state: string; comparability: string | null };
type Series = { region: { code: string; name: string }; points: SeriesPoint[] };

const SERIES = `query($metric: String!, $parentCode: String, $regionCodes: [String!], $yearFrom: Int!, $yearTo: Int!) {
  series(metric: $metric, parentCode: $parentCode, regionCodes: $regionCodes, level: county, yearFrom: $yearFrom, yearTo: $yearTo) { region { code name } points { year value state comparability } } }`;

describeInChromium('dashboard in Chromium against the real api', (session) => {
  let api: RunningApi;
  let page: Page;
  let prefecture: string;
  let yearMin: number;
  let yearMax: number;
  const { pageErrors, shot } = session;

  beforeAll(async () => {
    ({ api, page } = session);
    const info = await gql<{ datasetInfo: { yearMin: number; yearMax: number }; reports: { edges: Array<{ node: { region: { code: string; level: string; parentCode: string } } }> } }>(
      api.baseUrl,
      '{ datasetInfo { yearMin yearMax } reports(first: 1) { edges { node { region { code level parentCode } } } } }',
    );
    yearMin = info.datasetInfo.yearMin;
    yearMax = info.datasetInfo.yearMax;
    const region = info.reports.edges[0].node.region;
    prefecture = region.level === 'prefecture' ? region.code : region.parentCode;
  }, 300_000);

  it('renders the overview with the counties and values the api reports', async () => {
    const ranking = await gql<{ ranking: { entries: Array<{ rank: number | null; region: { code: string; name: string }; value: string | null; state: 'number' | 'blank' | 'na' | 'derived' | 'missing' }> } }>(
      api.baseUrl,
      'query($y: Int!, $p: String) { ranking(metric: "t3_new_received_tot", year: $y, parentCode: $p, level: county) { entries { rank region { code name } value state } } }',
      { y: yearMax, p: prefecture },
    );
    await page.goto(`${api.baseUrl}/`);
    await page.waitForSelector('[data-testid=ranking-table] tbody tr');
    await page.waitForSelector('[data-testid=small-multiples] .mini-trend-line path');
    const rows = await page.$$eval('[data-testid=ranking-table] tbody tr', (trs) =>
      trs.map((tr) => ({ code: tr.getAttribute('data-code'), value: tr.querySelector('.bar-label')?.textContent ?? '' })),
    );
    const expected = ranking.ranking.entries.map((e) => ({ code: e.region.code, value: formatValue(e.value, e.state, 't3_new_received_tot', 'zh') }));
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBeGreaterThan(0);
    expect([...rows].sort((a, b) => String(a.code).localeCompare(String(b.code)))).toEqual([...expected].sort((a, b) => a.code.localeCompare(b.code)));
    const panels = await page.$$eval('[data-testid=small-multiples] > li', (lis) => lis.length);
    const series = await gql<{ series: Series[] }>(api.baseUrl, SERIES, { metric: 't3_new_received_tot', parentCode: prefecture, yearFrom: yearMin, yearTo: yearMax });
    expect(panels).toBe(series.series.length);
    // Every mini trend draws each of its line pieces (plain SVG, one path per piece), stretched to the panel.
    const drawn = await page.$$eval('[data-testid=small-multiples] .mini-trend', (charts) =>
      charts.map((chart) => ({
        pieces: Number(chart.getAttribute('data-pieces')),
        lines: chart.querySelectorAll('.mini-trend-line').length,
        width: chart.querySelector('svg')?.getBoundingClientRect().width ?? 0,
      })),
    );
    expect(drawn).toHaveLength(panels);
    for (const chart of drawn) {
      expect(chart.lines).toBe(chart.pieces);
      expect(chart.width).toBeGreaterThan(100);
    }
    expect(drawn.some((chart) => chart.lines > 0)).toBe(true);
    expect(await page.textContent('[data-testid=sample-banner]')).toContain('示例数据');
    await shot('overview');
  });

  it('updates the URL and the charts when the metric and the prefecture change', async () => {
    await page.goto(`${api.baseUrl}/`);
    await page.waitForSelector('[data-testid=ranking-table] tbody tr');
    await page.selectOption('[data-testid=metric-select]', 'rate_disclosed');
    await page.waitForFunction(() => window.location.search.includes('metric=rate_disclosed'));
    await page.waitForFunction(() => document.querySelector('[data-testid=card-ranking] h3')?.textContent?.includes('公开率'));
    await page.waitForSelector('[data-testid=ranking-table] tbody tr');
    const values = await page.$$eval('[data-testid=ranking-table] .bar-label', (els) => els.map((e) => e.textContent ?? ''));
    expect(values.some((v) => v.endsWith('%'))).toBe(true);
    // A reload restores the same view from the URL.
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-testid=card-ranking] h3')?.textContent?.includes('公开率'));
    expect(await page.$eval('[data-testid=metric-select]', (el) => (el as HTMLSelectElement).value)).toBe('rate_disclosed');

    const options = await page.$$eval('[data-testid=prefecture-select] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    const other = options.find((o) => o !== prefecture);
    if (other) {
      const region = await gql<{ region: { name: string } }>(api.baseUrl, 'query($c: String!) { region(code: $c) { name } }', { c: other });
      await page.selectOption('[data-testid=prefecture-select]', other);
      await page.waitForFunction((code) => window.location.search.includes(`pref=${code}`), other);
      await page.waitForFunction((name) => document.querySelector('h1')?.textContent?.includes(name), region.region.name);
      await page.goBack();
      await page.waitForFunction((code) => !window.location.search.includes(`pref=${code}`), other);
    }
  });

  const chartGeometry = async () => {
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=card-trend] .recharts-cartesian-axis-tick-value[orientation=bottom]').length >= 2);

    return page.$eval('[data-testid=card-trend] .recharts-wrapper > svg', (svg) => {
      const ticks: Record<string, number> = {};
      svg.querySelectorAll('.recharts-cartesian-axis-tick-value[orientation=bottom]').forEach((text) => {
        ticks[(text.textContent ?? '').trim()] = Number(text.getAttribute('x'));
      });
      const paths = [...svg.querySelectorAll('.recharts-line-curve')].map((path) => ({
        dashed: (path.getAttribute('stroke-dasharray') ?? '').trim() === '5 4',
        xs: (path.getAttribute('d') ?? '').match(/[ML]\s*-?[\d.]+/g)?.map((m) => Number(m.slice(1))) ?? [],
      }));

      return { ticks, paths };
    });
  };

  it('never joins 2020 and 2021 with a solid line across the template change (break: gap; approximate: dashed)', async () => {
    const candidates = ['t2_license_decisions', 't2_penalty_decisions', 't3_new_received_tot', 'h_nd_made'];
    let chosen: { metric: string; series: Series; step: string } | null = null;
    for (const metric of candidates) {
      const { series } = await gql<{ series: Series[] }>(api.baseUrl, SERIES, { metric, parentCode: prefecture, yearFrom: 2019, yearTo: Math.max(2022, yearMax) });
      const withBoth = series.filter((s) => [2020, 2021].every((y) => s.points.some((p) => p.year === y && p.value !== null)));
      const hit = withBoth.find((s) => s.points.some((p) => p.year === 2021 && (p.comparability === 'break' || p.comparability === 'approximate')));
      if (hit) {
        chosen = { metric, series: hit, step: hit.points.find((p) => p.year === 2021)?.comparability as string };
        if (chosen.step === 'break') break;
      }
    }
    if (!chosen) throw new Error('no series in the demo data changes comparability at 2020→2021');
    await page.goto(`${api.baseUrl}/trends?pref=${prefecture}&metric=${chosen.metric}&regions=${chosen.series.region.code}&from=2019&to=${Math.max(2022, yearMax)}`);
    await page.waitForSelector('[data-testid=card-trend] .recharts-line-curve', { state: 'attached' });
    const geometry = await chartGeometry();
    const x2020 = geometry.ticks['2020'];
    const x2021 = geometry.ticks['2021'];
    expect(x2020).toBeLessThan(x2021);
    const spanning = geometry.paths.filter((p) => p.xs.some((x) => Math.abs(x - x2020) < 1) && p.xs.some((x) => Math.abs(x - x2021) < 1));
    expect(spanning.filter((p) => !p.dashed)).toEqual([]);
    if (chosen.step === 'break') {
      expect(spanning).toEqual([]);
      expect(await page.getAttribute('[data-testid=card-trend] [data-testid=trend-chart]', 'data-breaks')).toContain('2021');
    } else {
      expect(spanning.length).toBe(1);
    }
    // A series that the 2021 template no longer reports ends in 2020: nothing is drawn after it.
    await page.goto(`${api.baseUrl}/trends?pref=${prefecture}&metric=t2_nd_new_made&regions=${chosen.series.region.code}&from=2019&to=${Math.max(2022, yearMax)}`);
    await page.waitForSelector('[data-testid=card-trend] .recharts-line-curve', { state: 'attached' });
    const ended = await chartGeometry();
    expect(Math.max(...ended.paths.flatMap((p) => p.xs))).toBeLessThan(ended.ticks['2021'] - 1);
    await shot('trends-ended-2020');
    await page.goto(`${api.baseUrl}/trends?pref=${prefecture}&metric=${chosen.metric}&regions=${chosen.series.region.code}&from=2019&to=${Math.max(2022, yearMax)}`);
    await page.waitForSelector('[data-testid=card-trend] .recharts-line-curve', { state: 'attached' });
    await shot('trends');
  });

  const openTrend = async (): Promise<{ metric: string; codes: string[]; from: number; to: number }> => {
    const { series } = await gql<{ series: Series[] }>(api.baseUrl, SERIES, { metric: 't3_new_received_tot', parentCode: prefecture, yearFrom: yearMin, yearTo: yearMax });
    const codes = series.slice(0, 3).map((s) => s.region.code);
    await page.goto(`${api.baseUrl}/trends?pref=${prefecture}&metric=t3_new_received_tot&regions=${codes.join(',')}&from=${yearMin}&to=${yearMax}`);
    await page.waitForSelector('[data-testid=card-trend] .recharts-line-curve', { state: 'attached' });

    return { metric: 't3_new_received_tot', codes, from: yearMin, to: yearMax };
  };

  it('exports the trend chart as a 2× PNG that contains the drawn chart', async () => {
    await openTrend();
    const svgBox = await page.$eval('[data-testid=card-trend] .recharts-wrapper > svg', (svg) => svg.getBoundingClientRect().toJSON() as { width: number; height: number });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=card-trend] [data-testid=export-png]')]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync(await download.path());
    const size = pngSize(bytes);
    // 2× the chart plus the 20 px padding on each side; taller than the chart (title, legend, source).
    expect(size.width).toBe(2 * (Math.round(svgBox.width) + 40));
    expect(size.height).toBeGreaterThan(2 * Math.round(svgBox.height) + 100);
    const coloured = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      // The first series colour (Okabe–Ito blue #0072B2).
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - 0) < 30 && Math.abs(data[i + 1] - 114) < 30 && Math.abs(data[i + 2] - 178) < 30) n += 1;

      return n;
    }, bytes.toString('base64'));
    expect(coloured).toBeGreaterThan(200);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await download.saveAs(join(SCREENSHOTS, 'export-trend.png'));
  });

  it('exports the small multiples as one SVG with every county panel, its title and its drawn lines', async () => {
    await page.goto(`${api.baseUrl}/`);
    await page.waitForSelector('[data-testid=small-multiples] .mini-trend-line path');
    const names = await page.$$eval('[data-testid=small-multiples] [data-export-panel]', (lis) => lis.map((li) => li.getAttribute('data-export-panel') ?? ''));
    const pieces = await page.$$eval('[data-testid=small-multiples] .mini-trend-line', (groups) => groups.length);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=card-small-multiples] [data-testid=export-svg]')]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg /);
    for (const name of names) expect(svg).toContain(`>${name}</text>`);
    // One line group per drawn piece, with the strokes kept unscaled as on screen.
    expect(svg.match(/class="mini-trend-line"/g)?.length).toBe(pieces);
    expect(svg).toContain('vector-effect="non-scaling-stroke"');
  });

  it("exports CSV with exactly the api's numbers", async () => {
    const view = await openTrend();
    const { series } = await gql<{ series: Series[] }>(api.baseUrl, SERIES, { metric: view.metric, regionCodes: view.codes, yearFrom: view.from, yearTo: view.to });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=card-trend] [data-testid=export-csv]')]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // The demo data are sample data: the first line says so, above the header (e2e/sample-upload.e2e.ts).
    const [note, header, ...rows] = parseCsv(text);
    expect(note[0]).toContain('示例数据');
    expect(header.slice(0, 4)).toEqual(['地区', '代码', '年度', '数值']);
    const order = new Map(view.codes.map((c, i) => [c, i]));
    const expected = [...series]
      .sort((a, b) => (order.get(a.region.code) ?? 0) - (order.get(b.region.code) ?? 0))
      .flatMap((s) => [...s.points].sort((a, b) => a.year - b.year).map((p) => [s.region.code, String(p.year), p.value ?? '']));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual(expected);
  });

  it('highlights the cells of a failed rule on the report page, with the rule in Chinese', async () => {
    const { findings } = await gql<{ findings: { edges: Array<{ node: { id: string; rule: string; cells: string[]; messageZh: string; report: { id: string } } }> } }>(
      api.baseUrl,
      'query($p: String) { findings(first: 50, where: { regionCode: $p, severity: ERROR }) { edges { node { id rule cells messageZh report { id } } } } }',
      { p: prefecture },
    );
    const finding = findings.edges.map((e) => e.node).find((f) => f.cells.some((c) => /^t[234]_/.test(c)));
    if (!finding) throw new Error('the demo data has no ERROR finding with table cells in this prefecture');
    await page.goto(`${api.baseUrl}/report/${finding.report.id}?finding=${finding.id}`);
    await page.waitForSelector('[data-testid=report-tables]');
    const cell = finding.cells.find((c) => /^t[234]_/.test(c)) as string;
    const info = await page.$eval(`td[data-key="${cell}"]`, (td) => ({ className: td.className, title: td.getAttribute('title') ?? '', failed: td.getAttribute('data-failed') ?? '' }));
    expect(info.className).toContain('cell-failed');
    expect(info.className).toContain('cell-selected');
    expect(info.failed).toContain(finding.rule);
    expect(info.title).toContain(finding.messageZh);
    expect(info.title).toContain(getRule(finding.rule as RuleId).zh);
    expect(await page.getAttribute('[data-testid=source-link]', 'href')).toBe(`/api/reports/${finding.report.id}/source`);
    await shot('report');
  });

  it('uploads a real report with an admin token and shows it ingested', async () => {
    const dirs = existsSync(CORPUS) ? readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'report.txt'))) : [];
    if (dirs.length === 0) {
      if (CI) throw new Error(`no real corpus at ${CORPUS}`);
      console.warn(`dashboard e2e: upload test skipped — no corpus at ${CORPUS}`);

      return;
    }
    if (!api.adminToken) throw new Error('no admin token: run with TEST_DATABASE_URL/E2E_DATABASE_URL (a PostgreSQL admin URL) or E2E_ADMIN_TOKEN');
    const file = join(CORPUS, dirs[0], 'report.txt');
    await page.goto(`${api.baseUrl}/upload`);
    await page.fill('[data-testid=token-input]', api.adminToken ?? '');
    await page.setInputFiles('[data-testid=file-input]', file);
    await page.waitForSelector('[data-testid=upload-item][data-status=ingested], [data-testid=upload-item][data-status=superseded], [data-testid=upload-item][data-status=rejected], [data-testid=upload-item][data-status=duplicate]', { timeout: 120_000 });
    const status = await page.getAttribute('[data-testid=upload-item]', 'data-status');
    const text = await page.textContent('[data-testid=upload-item]');
    await shot('upload');
    expect({ status, text }).toEqual({ status: expect.stringMatching(/^(ingested|superseded)$/), text: expect.stringContaining('report.txt') });
    // The token stays in this tab only.
    expect(await page.evaluate(() => sessionStorage.getItem('gongkai.token'))).toBe(api.adminToken);
  });

  it('renders every other page (screenshots) without page errors', async () => {
    const pages: Array<[string, string, string]> = [
      ['compare', `/compare?pref=${prefecture}`, '[data-testid=page-compare] .recharts-wrapper'],
      ['quality', `/quality?pref=${prefecture}`, '[data-testid=coverage-grid]'],
    ];
    const series = await gql<{ series: Series[] }>(api.baseUrl, SERIES, { metric: 't3_new_received_tot', parentCode: prefecture, yearFrom: yearMin, yearTo: yearMax });
    if (series.series[0]) pages.push(['county', `/county/${series.series[0].region.code}`, '[data-testid=card-county-metrics] summary']);
    pages.push(['overview-en', `/?lang=en`, '[data-testid=ranking-table] tbody tr']);
    for (const [name, path, selector] of pages) {
      await page.goto(`${api.baseUrl}${path}`);
      await page.waitForSelector(selector);
      await shot(name);
    }
    expect(await page.textContent('.app-header')).toContain('Overview');
    expect(pageErrors).toEqual([]);
  });

  it('shows HTML, script and javascript: URLs from a report as inert text (report, county, quality and upload pages)', async () => {
    if (!api.adminToken) throw new Error('no admin token: run with TEST_DATABASE_URL/E2E_DATABASE_URL (a PostgreSQL admin URL) or E2E_ADMIN_TOKEN');
    // Two txt reports of one county, re-titled with the payloads (the title also names the issuer).
    const { reports } = await gql<{ reports: { edges: Array<{ node: { id: string; title: string | null; year: number; region: { code: string }; source: { format: string } } }> } }>(
      api.baseUrl,
      'query($p: String) { reports(first: 100, where: { regionCode: $p }) { edges { node { id title year region { code } source { format } } } } }',
      { p: prefecture },
    );
    const hostile: Array<{ title: string; issuer: string; fileName: string; text: string }> = [];
    const byCounty = new Map<string, typeof hostile>();
    for (const { node } of reports.edges) {
      if (node.source.format !== 'txt' || !node.title) continue;
      const response = await fetch(`${api.baseUrl}/api/reports/${node.id}/source`);
      const charset = /charset=([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1] ?? 'utf-8';
      const text = new TextDecoder(charset).decode(await response.arrayBuffer());
      const [, issuer, rest] = /^(.+?)(\d{4}年.*)$/.exec(node.title) ?? [];
      if (!issuer || !rest) continue;
      const list = byCounty.get(node.region.code) ?? [];
      const title = list.length === 0 ? `${PAYLOADS.url}${issuer}${PAYLOADS.img}${rest}` : `${issuer}${PAYLOADS.script}${rest}`;
      try {
        list.push({ title, issuer: title.slice(0, title.indexOf(rest)), fileName: list.length === 0 ? PAYLOADS.fileName : `hostile-${node.year}.txt`, text: retitle(text, node.title, title) });
      } catch {
        continue; // printed in traditional characters or otherwise not matching the stored title
      }
      byCounty.set(node.region.code, list);
      if (list.length === 2) {
        hostile.push(...list);
        break;
      }
    }
    expect(hostile).toHaveLength(2);
    const county = [...byCounty.entries()].find(([, list]) => list.length === 2)?.[0] as string;

    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // An <img src=x> created from a payload would request /x.
    const payloadRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/x$/.test(new URL(request.url()).pathname)) payloadRequests.push(request.url());
    });
    const visibleText = () => page.evaluate(() => document.body.innerText);

    await page.goto(`${api.baseUrl}/upload`);
    await page.fill('[data-testid=token-input]', api.adminToken);
    await page.setInputFiles(
      '[data-testid=file-input]',
      hostile.map((h) => ({ name: h.fileName, mimeType: 'text/plain', buffer: Buffer.from(h.text, 'utf8') })),
    );
    await page.waitForFunction(() => {
      const items = [...document.querySelectorAll('[data-testid=upload-item]')];
      return items.length === 2 && items.every((li) => !['waiting', 'uploading'].includes(li.getAttribute('data-status') ?? ''));
    });
    expect(await page.$$eval('[data-testid=upload-item]', (lis) => lis.map((li) => li.getAttribute('data-status')))).toEqual(['ingested', 'ingested']);
    expect(await visibleText()).toContain(PAYLOADS.fileName);
    expect(await liveMarkup(page)).toEqual(NOTHING_LIVE);

    const stored = await gql<{ reports: { edges: Array<{ node: { id: string; title: string | null } }> } }>(
      api.baseUrl,
      'query($c: String) { reports(first: 100, where: { regionCode: $c }) { edges { node { id title } } } }',
      { c: county },
    );
    for (const h of hostile) {
      const id = stored.reports.edges.find((e) => e.node.title === h.title)?.node.id;
      expect({ title: h.title, stored: !!id }).toEqual({ title: h.title, stored: true });
      await page.goto(`${api.baseUrl}/report/${id}`);
      await page.waitForSelector('[data-testid=page-report] h1');
      expect(await page.textContent('[data-testid=page-report] h1')).toBe(h.title);
      const text = await visibleText();
      expect(text).toContain(h.issuer);
      expect(text).toContain(h.fileName);
      expect(await liveMarkup(page)).toEqual(NOTHING_LIVE);
    }
    await shot('hostile-report');

    await page.goto(`${api.baseUrl}/county/${county}`);
    await page.waitForSelector('[data-testid=card-county-reports] tbody tr');
    const links = await page.$$eval('[data-testid=card-county-reports] tbody a', (as) => as.map((a) => a.textContent ?? ''));
    expect(links).toEqual(expect.arrayContaining(hostile.map((h) => h.title)));
    expect(await liveMarkup(page)).toEqual(NOTHING_LIVE);

    await page.goto(`${api.baseUrl}/quality?pref=${prefecture}`);
    await page.waitForSelector('[data-testid=coverage-grid]');
    expect(await liveMarkup(page)).toEqual(NOTHING_LIVE);

    expect({ dialogs, payloadRequests, pageErrors }).toEqual({ dialogs: [], payloadRequests: [], pageErrors: [] });
  });
});
