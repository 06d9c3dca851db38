import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { lockPathOf } from '@gongkai/database';
import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

/**
 * The CLI beside a running api on the same embedded database (issue: "入库 2" printed, the reports lost).
 * Every command either lands its work in the database the server serves or is refused with a message that
 * names the owner; a killed owner's lock is taken over. Runs the built api and the built CLI as processes.
 */
const repoRoot = resolve(__dirname, '../../..');
const bin = join(repoRoot, 'apps/cli/bin/gongkai.js');
const apiMain = join(repoRoot, 'apps/api/dist/main.js');

// Two api starts (PGlite initdb, migrations, region seed) and several CLI runs: tens of seconds on a busy machine.
jest.setTimeout(300_000);

type Result = { code: number; stdout: string; stderr: string };

/** This process's environment without a PostgreSQL URL (the embedded database is the subject here). */
function embeddedEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env['DATABASE_URL'];

  return env;
}

function gongkai(args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: repoRoot, env: embeddedEnv(env), timeout: 180_000 }, (error, stdout, stderr) => {
      done({ code: error && typeof error.code === 'number' ? error.code : error ? -1 : 0, stdout, stderr });
    });
  });
}

async function startApi(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [apiMain], {
    env: embeddedEnv({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_DATA: 'false' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`api exited ${child.exitCode}: ${stderr}`);
    const ready = await fetch(`${url}/health/ready`).then((r) => r.ok, () => false);
    // Ready, and the owner lock says where it listens (written right after listen).
    if (ready && existsSync(lockPathOf(dataDir)) && (JSON.parse(readFileSync(lockPathOf(dataDir), 'utf8')) as { httpUrl: string | null }).httpUrl) return { child, url };
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill('SIGKILL');
  throw new Error(`api did not start: ${stderr}`);
}

async function graphql<T>(url: string, query: string, token?: string): Promise<T> {
  const answer = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await answer.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));

  return body.data;
}

const reportCount = (url: string) => graphql<{ reports: { totalCount: number } }>(url, '{ reports(first: 1) { totalCount } }').then((d) => d.reports.totalCount);

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill(signal);
  });
}

describe('gongkai beside a running api on one embedded database', () => {
  let root: string;
  let dataDir: string;
  let files: string[];
  let api: { child: ChildProcess; url: string } | null = null;

  beforeAll(() => {
    for (const built of [bin, apiMain, join(repoRoot, 'apps/cli/dist/main.js')]) if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\``);
    root = mkdtempSync(join(tmpdir(), 'gongkai-owner-'));
    dataDir = join(root, 'pglite');
    const [county] = linzhiCounties();
    files = generateReportSeries({ region: county as never, years: [2021, 2022, 2023], seed: 'owner' }).map((s) => {
      const file = join(root, `${s.id}.html`);
      writeFileSync(file, renderSample(s, 'html'));

      return file;
    });
  });
  afterAll(async () => {
    if (api) await stop(api.child, 'SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('lands the CLI’s reports and tokens in the running server, takes over after the server is killed, and loses nothing', async () => {
    const env = { DATA_DIR: dataDir };
    api = await startApi(dataDir);
    expect(await reportCount(api.url)).toBe(0);

    // 1. Ingest while the api owns the folder: through the api, and the server sees the reports at once.
    const through = await gongkai(['ingest', files[0] as string, files[1] as string], env);
    expect(through.code).toBe(0);
    expect(through.stderr).toContain('经服务器');
    expect(through.stdout).toContain('入库 2');
    expect(await reportCount(api.url)).toBe(2);

    // 2. A token made by the CLI is one the server accepts.
    const token = await gongkai(['token', 'create', '--role', 'editor', '--region', '540400', '--name', 'owner-test'], env);
    expect(token.code).toBe(0);
    const secret = token.stdout.trim();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(await graphql<{ viewer: { role: string; regionCode: string } }>(api.url, '{ viewer { role regionCode } }', secret)).toEqual({ viewer: { role: 'editor', regionCode: '540400' } });
    const listed = await gongkai(['token', 'list'], env);
    expect(listed.stdout).toContain('owner-test');

    // 3. The server is killed (no clean shutdown, the lock file stays): the CLI takes the folder over.
    await stop(api.child, 'SIGKILL');
    api = null;
    expect(existsSync(lockPathOf(dataDir))).toBe(true);
    const direct = await gongkai(['ingest', files[2] as string], env);
    expect(direct.code).toBe(0);
    expect(direct.stderr).toContain('embedded PostgreSQL');
    expect(direct.stdout).toContain('入库 1');
    expect(existsSync(lockPathOf(dataDir))).toBe(false);

    // 4. Restarted, the server has all three reports and the token.
    api = await startApi(dataDir);
    expect(await reportCount(api.url)).toBe(3);
    expect(await graphql<{ viewer: { role: string } }>(api.url, '{ viewer { role } }', secret)).toEqual({ viewer: { role: 'editor' } });
    await stop(api.child, 'SIGTERM');
    api = null;
  });

  it('refuses, naming the owner, while another command holds the folder', async () => {
    const holder = spawn(
      process.execPath,
      ['-e', `require('@gongkai/database').acquireDataDirLock(${JSON.stringify(dataDir)}, { kind: 'cli', command: 'gongkai ingest (another run)' }); process.stdout.write('held\\n'); setTimeout(() => {}, 120000);`],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((done) => holder.stdout?.once('data', () => done()));
      const refused = await gongkai(['ingest', files[0] as string], { DATA_DIR: dataDir });
      expect(refused.code).toBe(64);
      expect(refused.stderr).toContain(`进程 ${holder.pid}`);
      expect(refused.stderr).toContain('gongkai ingest (another run)');
      expect(refused.stdout).not.toContain('入库');
    } finally {
      await stop(holder, 'SIGKILL');
    }
  });
});
