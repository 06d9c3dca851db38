import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';

import {
  generateReportSeries,
  linzhiCounties,
  renderSample,
  type SampleReport,
} from '@gongkai/sample-corpus';

import { IngestionService } from '../../src/ingestion/ingestion.service';
import { createTestApp, type TestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';

const LINZHI = '540400';
const METRIC = 't2_license_decisions';

function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });

    return true;
  } catch {
    return false;
  }
}

/**
 * 林芝市: 4 counties with 2023 and 2024 reports, 3 with 2024 only. The pack's headline is like-for-like over the
 * 4 (as the api's aggregate says), its ranking chart holds the ranking's values, and both files open.
 */
describe.each(TEST_BACKENDS)('GET /api/briefing (%s)', (backend) => {
  let app: TestApp;
  let dir: string;
  const counties = linzhiCounties();
  const both = counties.slice(0, 4);
  const samples: SampleReport[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-e2e-'));
    app = await createTestApp(backend);
    const ingestion = app.app.get(IngestionService);
    for (const region of counties) {
      samples.push(
        ...generateReportSeries({
          region,
          years: both.includes(region) ? [2023, 2024] : [2024],
          seed: 'briefing-e2e',
          errorRate: 0,
          missingRate: 0,
          deviationScale: 0,
        }),
      );
    }
    for (const sample of samples) {
      const result = await ingestion.ingest(
        { bytes: renderSample(sample, 'txt'), fileName: `${sample.id}.txt`, regionCode: sample.region.code },
        'system',
      );
      expect(result.status).toBe('ingested');
    }
  }, 600_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (query: string) => fetch(`${app.url}/api/briefing?${query}`);

  it('answers a pptx whose native ranking chart holds the ranking query’s values and that LibreOffice opens', async () => {
    const res = await get(`prefecture=${LINZHI}&year=2024&format=pptx&metric=${METRIC}&metrics=${METRIC}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('林芝市_2024_简报.pptx'));
    const bytes = new Uint8Array(await res.arrayBuffer());
    const files = unzipSync(bytes);
    const charts = Object.keys(files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    expect(charts.length).toBe(2);
    const ranking = await app.graphql<{
      ranking: { entries: { value: string | null; region: { name: string } }[] };
    }>(
      `{ ranking(metric: "${METRIC}", year: 2024, parentCode: "${LINZHI}", level: county, order: desc) { entries { value region { name } } } }`,
    );
    const values = (ranking.body.data?.ranking.entries ?? []).filter((e) => e.value !== null);
    expect(values).toHaveLength(7);
    const chartXml = charts.map((name) => strFromU8(files[name])).join('');
    for (const entry of values) {
      expect(chartXml).toContain(`<c:v>${Number(entry.value)}</c:v>`);
      expect(chartXml).toContain(`<c:v>${entry.region.name}</c:v>`);
    }
    const slides = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(6);
    const text = slides.map((name) => strFromU8(files[name])).join('');
    expect(text).toContain('林芝市 2024 年度政府信息公开工作简报');
    expect(text).toContain('示例数据');

    if (!hasCommand('soffice')) {
      if (process.env['CI'] === 'true')
        throw new Error('LibreOffice (soffice) is missing: .ci/run installs libreoffice-impress');

      return;
    }
    const file = join(dir, 'pack.pptx');
    writeFileSync(file, bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const converted = execFileSync('pdftotext', [join(dir, 'pack.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    );
    expect(converted).toContain('林芝市2024年度政府信息公开工作简报');
    expect(execFileSync('pdfinfo', [join(dir, 'pack.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+6/);
  }, 180_000);

  it('answers a vector PDF whose text holds the like-for-like headline the aggregate computes', async () => {
    const res = await get(`prefecture=${LINZHI}&year=2024&format=pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = join(dir, 'pack-api.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const aggregate = await app.graphql<{
      aggregate: { year: number; value: number; likeForLike: { regionCount: number } }[];
    }>(
      `{ aggregate(metric: "t3_new_received_tot", parentCode: "${LINZHI}", level: county, yearFrom: 2023, yearTo: 2024, groupBy: [year], fn: sum, comparison: LIKE_FOR_LIKE) { year value likeForLike { regionCount } } }`,
    );
    const row2024 = aggregate.body.data?.aggregate.find((r) => r.year === 2024);
    expect(row2024?.likeForLike.regionCount).toBe(4);
    expect(text).toContain('林芝市2024年度政府信息公开工作简报');
    expect(text).toContain(`${(row2024?.value ?? NaN).toLocaleString('en-US')}件`);
    expect(text).toContain('同口径：4个区县合计');
    // Cover, headline, ranking, coverage, the two default trends, failed checks.
    expect(text).toContain('第1页/共7页');
    expect(text).not.toContain('政府集中采购');
    expect(text).toContain('示例数据');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+960 x 540 pts/);
  }, 120_000);
});
