import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { missingTool, removeProducerProfile, saveAsOfficeWithLibreOffice } from '@gongkai/report-parser/src/testing/real-producers';

import { readEmbeddedRows } from './support/cli-process';

/**
 * `gongkai harvest` as a user runs it: the built binary, a site list naming two county columns on a loopback
 * fixture site (one lists the year's report, with the real 平潭 2021 page as its detail page; one lists only
 * another year), HARVEST_ALLOW_HOSTS=127.0.0.1, a fresh embedded database. Then the stored report is read back.
 */
const repoRoot = resolve(__dirname, '../../..');
const bin = join(repoRoot, 'apps/cli/bin/gongkai.js');
const page = readFileSync(resolve(repoRoot, '../shared/corpus/real/pingtan-2021/page.html'));

jest.setTimeout(300_000);

const html = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
const ROUTES: Record<string, string | Buffer> = {
  '/robots.txt': 'User-agent: *\nDisallow: /admin/\n',
  '/pt/nb/index.htm': html(`<ul><li><a href="./202202/t20220208_80613.htm">平潭综合实验区2021年度政府信息公开工作年度报告</a><span>2022-02-08</span></li></ul>`),
  '/pt/nb/202202/t20220208_80613.htm': page,
  '/other/nb/index.htm': html(`<ul><li><a href="./2019.htm">某区2019年政府信息公开工作年度报告</a></li></ul>`),
};

let slowHangs = true;

describe('gongkai harvest', () => {
  let server: Server;
  let origin: string;
  let work: string;
  const paths: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      paths.push(req.url ?? '');
      // A column that hangs until the test lets it answer (the run is killed meanwhile).
      if (req.url === '/slow/nb/index.htm' && slowHangs) return;
      const body = req.url === '/slow/nb/index.htm' ? ROUTES['/other/nb/index.htm'] : ROUTES[req.url ?? ''];
      const type = req.url?.endsWith('.txt') ? 'text/plain' : req.url?.endsWith('.doc') ? 'application/msword' : 'text/html; charset=utf-8';
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': type });
      res.end(body ?? 'not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    work = mkdtempSync(join(tmpdir(), 'gongkai-harvest-'));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(work, { recursive: true, force: true });
    removeProducerProfile();
  });

  const run = (args: string[], env: Record<string, string>) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [bin, ...args], { cwd: work, env: { ...process.env, DATABASE_URL: '', ...env }, timeout: 240_000 }, (error, stdout, stderr) =>
        done({ code: error && typeof error.code === 'number' ? error.code : error ? -1 : 0, stdout, stderr }),
      );
    });

  it('stores the report a column lists, says which column has none, and never leaves the allowed host', async () => {
    writeFileSync(join(work, 'sites.csv'), `region_code,url,issuer\n350128,${origin}/pt/nb/index.htm,\n350102,${origin}/other/nb/index.htm,\n`);
    const dataDir = join(work, 'data');
    const result = await run(['harvest', '--sites', 'sites.csv', '--year', '2021', '--delay-ms', '0'], { DATA_DIR: dataDir, HARVEST_ALLOW_HOSTS: '127.0.0.1' });

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`找到\\s+350128 ${origin}/pt/nb/202202/t20220208_80613.htm 找到「平潭综合实验区2021年度政府信息公开工作年度报告」 ingested [0-9a-f-]{36}`));
    expect(result.stdout).toMatch(/未找到\s+350102 .*未找到 2021 年度报告（已查 1 页列表）/);
    expect(result.stdout).toContain('共 2 个站点（2021 年度）：找到 1，未找到 1，无法访问 0；新入库 1 份');
    expect(paths.filter((p) => p !== '/robots.txt').sort()).toEqual(['/other/nb/index.htm', '/pt/nb/202202/t20220208_80613.htm', '/pt/nb/index.htm']);
  });

  it('refuses the loopback site without HARVEST_ALLOW_HOSTS: unreachable, nothing requested', async () => {
    writeFileSync(join(work, 'one.csv'), `350128,${origin}/pt/nb/index.htm\n`);
    const before = paths.length;
    const result = await run(['harvest', '--sites', 'one.csv', '--year', '2021'], { DATA_DIR: join(work, 'data2'), HARVEST_ALLOW_HOSTS: '' });

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/无法访问\s+350128 .*内网、本机或保留地址/);
    expect(paths.length).toBe(before);
  });

  it('continues a run killed midway with --resume, checking only the sites it had not checked', async () => {
    writeFileSync(join(work, 'three.csv'), `350128,${origin}/pt/nb/index.htm\n350102,${origin}/other/nb/index.htm\n350181,${origin}/slow/nb/index.htm\n`);
    const dataDir = join(work, 'data-resume');
    const env = { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, HARVEST_ALLOW_HOSTS: '127.0.0.1' };
    const child = spawn(process.execPath, [bin, 'harvest', '--sites', 'three.csv', '--year', '2021', '--concurrency', '1', '--delay-ms', '0'], { cwd: work, env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    // Two sites done (their results are committed), the third hanging: kill the process.
    await new Promise<void>((done, fail) => {
      const timer = setInterval(() => {
        if ((out.match(/\n/g) ?? []).length >= 2 && paths.includes('/slow/nb/index.htm')) {
          clearInterval(timer);
          child.kill('SIGKILL');
          done();
        }
      }, 50);
      child.on('exit', () => {
        clearInterval(timer);
        if ((out.match(/\n/g) ?? []).length < 2) fail(new Error(`harvest exited early: ${out}`));
      });
    });
    await new Promise((r) => child.once('exit', r).once('close', r));
    slowHangs = false;
    const before = paths.length;
    const resumed = await run(['harvest', '--resume'], { DATA_DIR: dataDir, HARVEST_ALLOW_HOSTS: '127.0.0.1' });

    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/继续 .* 开始的 2021 年度采集：已检查 2 个站点，还有 1 个/);
    expect(resumed.stdout).toMatch(/未找到\s+350181 /);
    expect(resumed.stdout).toContain('共 1 个站点（2021 年度）');
    expect(paths.slice(before).filter((p) => p !== '/robots.txt')).toEqual(['/slow/nb/index.htm']);
    const again = await run(['harvest', '--resume'], { DATA_DIR: dataDir, HARVEST_ALLOW_HOSTS: '127.0.0.1' });
    expect(again.stdout).toContain('没有未完成的采集');
  });

  it('beside a running api on the same embedded database, has the api run and record the harvest (its evidence reaches the coverage)', async () => {
    const dataDir = join(work, 'data-owned');
    const port = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => done(free));
      });
    });
    const api = spawn(process.execPath, [join(repoRoot, 'apps/api/dist/main.js')], {
      env: { ...process.env, DATABASE_URL: '', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_DATA: 'false', HARVEST_ALLOW_HOSTS: '127.0.0.1', HARVEST_DELAY_MS: '0', HARVEST_SCHEDULE: 'false' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const url = `http://127.0.0.1:${port}`;
    const graphql = async <T>(query: string): Promise<T> => {
      const body = (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as { data: T };

      return body.data;
    };
    try {
      for (let i = 0; i < 600 && !(await fetch(`${url}/health/ready`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 300));
      writeFileSync(join(work, 'owned.csv'), `350128,${origin}/pt/nb/index.htm\n350102,${origin}/other/nb/index.htm\n`);
      // The api's lock names its address a moment after it is ready: a busy refusal (64) is retried.
      let result = await run(['harvest', '--sites', 'owned.csv', '--year', '2021'], { DATA_DIR: dataDir });
      for (let i = 0; i < 20 && result.code === 64 && /正在启动|still starting/.test(result.stderr); i++) {
        await new Promise((r) => setTimeout(r, 500));
        result = await run(['harvest', '--sites', 'owned.csv', '--year', '2021'], { DATA_DIR: dataDir });
      }

      expect(result.stderr).toContain(`由服务器 ${url} 采集并记录`);
      if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
      expect(result.stdout).toMatch(/找到\s+350128 \S+ 找到「平潭综合实验区2021年度政府信息公开工作年度报告」 report [0-9a-f-]{36}/);
      expect(result.stdout).toMatch(/未找到\s+350102 /);
      expect(result.stdout).toContain('共 2 个站点（2021 年度）：找到 1，未找到 1，无法访问 0；记录已保存在服务器');
      const seen = await graphql<{ harvestRuns: { status: string; found: number; notFound: number }[]; coverage: { region: { code: string }; publication: string }[] }>(
        '{ harvestRuns(parentCode: "350100", first: 1) { status found notFound } coverage(parentCode: "350100", yearFrom: 2021, yearTo: 2021) { region { code } publication } }',
      );
      expect(seen.harvestRuns).toEqual([{ status: 'done', found: 1, notFound: 1 }]);
      expect(seen.coverage.find((e) => e.region.code === '350102')?.publication).toBe('confirmed_missing');
    } finally {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
  });

  it('stores a legacy Word (.doc) attachment of a detail page, converted by LibreOffice, with its printed values', async () => {
    if (missingTool('libreoffice.docx')) {
      if (process.env['CI'] === 'true') throw new Error(`harvest .doc case cannot run: ${missingTool('libreoffice.docx')}`);
      console.warn(`harvest .doc case skipped: ${missingTool('libreoffice.docx')}`);

      return;
    }
    // 平潭 2024 (a real report page) saved as .doc by LibreOffice, linked from a Hanweb-style detail page.
    const doc = await saveAsOfficeWithLibreOffice(new Uint8Array(readFileSync(resolve(repoRoot, '../shared/corpus/real/pingtan-2024/page.html'))), 'libreoffice.doc');
    ROUTES['/doc/nb/index.htm'] = html(`<ul><li><a href="/doc/art/2025/3/10/art_1.html">平潭综合实验区2024年度政府信息公开工作年度报告</a><span>2025-03-10</span></li></ul>`);
    ROUTES['/doc/art/2025/3/10/art_1.html'] = html(`<h1>平潭综合实验区2024年度政府信息公开工作年度报告</h1><p>附件：<a href="/doc/module/download/pt2024.doc">平潭综合实验区2024年度政府信息公开工作年度报告.doc</a></p>`);
    ROUTES['/doc/module/download/pt2024.doc'] = Buffer.from(doc);
    writeFileSync(join(work, 'doc.csv'), `350128,${origin}/doc/nb/index.htm\n`);
    const dataDir = join(work, 'data-doc');
    const result = await run(['harvest', '--sites', 'doc.csv', '--year', '2024', '--delay-ms', '0'], { DATA_DIR: dataDir, HARVEST_ALLOW_HOSTS: '127.0.0.1' });

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`找到\\s+350128 ${origin}/doc/art/2025/3/10/art_1.html 找到「平潭综合实验区2024年度政府信息公开工作年度报告」 ingested [0-9a-f-]{36}`));
    const rows = await readEmbeddedRows<{ key: string; value: string; format: string }>(
      `SELECT v.metric_key AS key, v.value::text AS value, d.format FROM report r JOIN source_document d ON d.id = r.source_document_id JOIN report_value v ON v.report_id = r.id WHERE r.status = 'current' AND v.metric_key IN ('t2_license_decisions', 't2_penalty_decisions', 't2_fee_amount_yuan')`,
      { DATA_DIR: dataDir },
    );
    // 18651.06 万元 as printed, stored exactly in 元.
    expect(Object.fromEntries(rows.map((r) => [r.key, r.value]))).toEqual({ t2_license_decisions: '4529', t2_penalty_decisions: '1100', t2_fee_amount_yuan: expect.stringMatching(/^186510600(\.0+)?$/) });
    expect(new Set(rows.map((r) => r.format))).toEqual(new Set(['doc']));
  });

  it('names every bad line of the site list and stops (exit 64)', async () => {
    writeFileSync(join(work, 'bad.csv'), `35012,${origin}/x\n`);
    const result = await run(['harvest', '--sites', 'bad.csv'], { DATA_DIR: join(work, 'data3') });

    expect(result.code).toBe(64);
    expect(result.stderr).toContain('第 1 行：地区代码应为 6 位数字');
  });
});
