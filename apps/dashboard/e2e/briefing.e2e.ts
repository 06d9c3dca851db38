import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { type Page } from 'playwright-core';

import { gql, type RunningApi } from './support/api-server';
import { pngSize } from './support/png';
import { describeInChromium, SCREENSHOTS } from './support/session';

type Series = {
  region: { code: string; name: string };
  points: Array<{ year: number; value: string | null; state: string }>;
};

/** The chart parts of a .pptx (ppt/charts/chartN.xml), in order. */
function chartXml(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);

  return Object.keys(files)
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    .map((name) => strFromU8(files[name]));
}

function slideText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);

  return Object.keys(files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .map((name) => strFromU8(files[name]))
    .join('');
}

/** The text of a .pptx as LibreOffice Impress renders it to PDF (proves the file opens), or null without LibreOffice. */
function openWithLibreOffice(bytes: Uint8Array): string | null {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
  } catch {
    if (process.env.CI === 'true') throw new Error('LibreOffice (soffice) is missing: .ci/run installs libreoffice-impress');

    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'briefing-soffice-'));
  try {
    writeFileSync(join(dir, 'card.pptx'), bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'card.pptx')], { stdio: 'ignore', timeout: 120_000 });

    return execFileSync('pdftotext', [join(dir, 'card.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describeInChromium('briefing exports in Chromium', (session) => {
  let api: RunningApi;
  let page: Page;
  let prefecture: string;
  let yearMin: number;
  let yearMax: number;

  beforeAll(async () => {
    ({ api, page } = session);
    const info = await gql<{
      datasetInfo: { yearMin: number; yearMax: number };
      reports: { edges: Array<{ node: { region: { code: string; level: string; parentCode: string } } }> };
    }>(
      api.baseUrl,
      '{ datasetInfo { yearMin yearMax } reports(first: 1) { edges { node { region { code level parentCode } } } } }',
    );
    yearMin = info.datasetInfo.yearMin;
    yearMax = info.datasetInfo.yearMax;
    const region = info.reports.edges[0].node.region;
    prefecture = region.level === 'prefecture' ? region.code : region.parentCode;
    await page.goto(`${api.baseUrl}/?pref=${prefecture}&year=${yearMax}`);
    await page.waitForSelector('[data-testid=small-multiples] .mini-trend-line path');
  }, 300_000);

  const download = async (selector: string): Promise<{ name: string; bytes: Buffer }> => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);

    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };

  it('writes the last value on every small multiple, as the api has it', async () => {
    const { series } = await gql<{ series: Series[] }>(
      api.baseUrl,
      'query($p: String, $a: Int!, $b: Int!) { series(metric: "t3_new_received_tot", parentCode: $p, level: county, yearFrom: $a, yearTo: $b) { region { code name } points { year value state } } }',
      { p: prefecture, a: yearMin, b: yearMax },
    );
    const marks = await page.$$eval('[data-testid=small-multiples] > li', (lis) =>
      lis.map((li) => ({
        code: li.getAttribute('data-testid')?.replace('mini-', '') ?? '',
        last: li.querySelector('[data-mark=last]')?.textContent ?? null,
      })),
    );
    expect(marks.length).toBe(series.length);
    for (const s of series) {
      const last = [...s.points]
        .reverse()
        .find((p) => p.value !== null && (p.state === 'number' || p.state === 'derived'));
      expect(marks.find((m) => m.code === s.region.code)?.last).toBe(
        last ? Number(last.value).toLocaleString('en-US') : null,
      );
    }
  });

  it('gives every small multiple a y-axis of round values on the shared scale, and says the scale is shared', async () => {
    const { series } = await gql<{ series: Series[] }>(
      api.baseUrl,
      'query($p: String, $a: Int!, $b: Int!) { series(metric: "t3_new_received_tot", parentCode: $p, level: county, yearFrom: $a, yearTo: $b) { region { code name } points { year value state } } }',
      { p: prefecture, a: yearMin, b: yearMax },
    );
    const axes = await page.$$eval('[data-testid=small-multiples] > li', (lis) =>
      lis.map((li) => ({
        code: li.getAttribute('data-testid')?.replace('mini-', '') ?? '',
        ticks: [...li.querySelectorAll('[data-axis=y] [data-tick]')].map((t) => ({ value: Number(t.getAttribute('data-tick')), text: t.textContent ?? '' })),
        grid: li.querySelectorAll('.mini-y-grid').length,
      })),
    );
    const known = series.flatMap((s) => s.points.filter((p) => p.value !== null && (p.state === 'number' || p.state === 'derived')).map((p) => Number(p.value)));
    const max = Math.max(...known);
    for (const axis of axes) {
      const values = series.find((s) => s.region.code === axis.code)?.points.filter((p) => p.value !== null) ?? [];
      if (values.length === 0) continue;
      expect(axis.ticks.length).toBeGreaterThanOrEqual(1);
      expect(axis.grid).toBe(axis.ticks.length);
      // One scale: every panel shows the same ticks, inside the shared range, written as the marks are.
      expect(axis.ticks).toEqual(axes.find((a) => a.ticks.length > 0)?.ticks);
      for (const tick of axis.ticks) {
        expect(tick.value).toBeGreaterThanOrEqual(0);
        expect(tick.value).toBeLessThanOrEqual(max);
        expect(tick.text).toBe(tick.value >= 100_000 ? `${Number((tick.value / 10_000).toFixed(1))}万` : tick.value.toLocaleString('en-US'));
      }
    }
    expect(await page.textContent('[data-testid=small-multiples-scale]')).toBe('纵轴：各图同一刻度（件），高低可直接比较');
    await page.locator('[data-testid=card-small-multiples]').screenshot({ path: join(SCREENSHOTS, 'small-multiples-y-axes.png') });
  });

  it('exports the small multiples card as a one-slide pptx whose native line chart holds every county’s numbers', async () => {
    const { name, bytes } = await download('[data-testid=card-small-multiples] [data-testid=export-pptx]');
    expect(name).toMatch(/\.pptx$/);
    const charts = chartXml(bytes);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toContain('<c:lineChart>');
    const { series } = await gql<{ series: Series[] }>(
      api.baseUrl,
      'query($p: String, $a: Int!, $b: Int!) { series(metric: "t3_new_received_tot", parentCode: $p, level: county, yearFrom: $a, yearTo: $b) { region { code name } points { year value state } } }',
      { p: prefecture, a: yearMin, b: yearMax },
    );
    expect(charts[0].match(/<c:ser>/g)?.length).toBe(series.length);
    for (const s of series) {
      expect(charts[0]).toContain(`<c:v>${s.region.name}</c:v>`);
      for (const p of s.points)
        if (p.value !== null && p.state === 'number')
          expect(charts[0]).toContain(`<c:v>${Number(p.value)}</c:v>`);
    }
    const text = slideText(bytes);
    expect(text).toContain('各区县趋势');
    expect(text).toContain('数据来源');
    expect(text).toContain('示例数据');
    const rendered = openWithLibreOffice(bytes);
    if (rendered !== null) expect(rendered.replace(/\s+/g, '')).toContain('各区县趋势');
  }, 180_000);

  it('exports PNG and SVG at slide sizes', async () => {
    await page.selectOption('[data-testid=card-small-multiples] [data-testid=export-size]', '1920x1080');
    const png = await download('[data-testid=card-small-multiples] [data-testid=export-png]');
    expect(png.name).toMatch(/_1920x1080\.png$/);
    expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'export-small-multiples-1920x1080.png'), png.bytes);
    await page.selectOption('[data-testid=card-small-multiples] [data-testid=export-size]', '1280x720');
    const svg = await download('[data-testid=card-small-multiples] [data-testid=export-svg]');
    expect(svg.bytes.toString('utf8')).toMatch(
      /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1280" height="720" viewBox="0 0 1280 720">/,
    );
    expect(svg.bytes.toString('utf8')).toContain('data-mark="last"');
    // The y-axes travel with the image: tick labels in the SVG, and the shared scale said in the subtitle.
    expect(svg.bytes.toString('utf8')).toMatch(/data-axis="y"[^>]*>(<text[^>]*data-tick="[^"]+"[^>]*>[^<]+<\/text>)+/);
    expect(svg.bytes.toString('utf8')).toContain('纵轴：各图同一刻度');
    await page.selectOption('[data-testid=card-small-multiples] [data-testid=export-size]', 'card');
  });

  it('downloads the same briefing pack as GET /api/briefing, as pptx and as a PDF with selectable Chinese text', async () => {
    const pptx = await download('[data-testid=export-briefing-pptx]');
    expect(pptx.name).toMatch(/_简报\.pptx$/);
    const direct = new Uint8Array(
      await (
        await fetch(
          `${api.baseUrl}/api/briefing?prefecture=${prefecture}&year=${yearMax}&format=pptx&metric=t3_new_received_tot`,
        )
      ).arrayBuffer(),
    );
    // Same slides and charts (the zip's own timestamps may differ).
    expect(chartXml(pptx.bytes)).toEqual(chartXml(direct));
    expect(slideText(pptx.bytes)).toEqual(slideText(direct));
    expect(chartXml(pptx.bytes).length).toBeGreaterThanOrEqual(2);

    const pdf = await download('[data-testid=export-briefing-pdf]');
    expect(pdf.name).toMatch(/_简报\.pdf$/);
    const file = join(SCREENSHOTS, 'briefing-pack.pdf');
    writeFileSync(file, pdf.bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(`${yearMax}年度政府信息公开工作简报`);
    expect(text).toContain('同口径');
    expect(text).toContain('示例数据');
    await session.shot('briefing-overview');
  });
});
