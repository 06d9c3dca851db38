import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../../..');
export const API_MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');
export const CLI_MAIN = join(REPO_ROOT, 'apps/cli/dist/main.js');
export const DASHBOARD_DIST = join(REPO_ROOT, 'apps/dashboard/dist');

export type RunningApi = { baseUrl: string; dataDir: string; adminToken: string | null; logs: () => string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return await new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Tries the CLI to mint an admin token against the (not yet running) embedded database. */
function createAdminTokenWithCli(env: NodeJS.ProcessEnv): string | null {
  if (!existsSync(CLI_MAIN)) return null;
  const result = spawnSync(process.execPath, [CLI_MAIN, 'token', 'create', '--role', 'admin', '--name', 'dashboard-e2e'], { env, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) return null;
  const match = /([A-Za-z0-9_-]{40,})/.exec(result.stdout);

  return match ? match[1] : null;
}

/** Starts the real api (demo data on) on a random port with a temporary DATA_DIR and waits until GraphQL answers. */
export async function startApi({ timeoutMs = 240_000 }: { timeoutMs?: number } = {}): Promise<RunningApi> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-dashboard-e2e-'));
  const adminSecret = `e2e-admin-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: join(dataDir, 'pglite'),
    DEMO_DATA: 'true',
    DASHBOARD_DIR: DASHBOARD_DIST,
    DATABASE_URL: '',
    // Seeds an admin token at boot where the api supports it; ignored otherwise.
    ADMIN_TOKEN: adminSecret,
  };
  const cliToken = createAdminTokenWithCli(env);
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`api exited with ${child.exitCode}:\n${output.slice(-4000)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ datasetInfo { reportCount } }' }) });
      if (response.ok) {
        const body = (await response.json()) as { data?: { datasetInfo?: { reportCount: number } } };
        if ((body.data?.datasetInfo?.reportCount ?? 0) > 0) break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`api did not serve demo data within ${timeoutMs} ms:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }

  return { baseUrl, dataDir, adminToken: cliToken ?? adminSecret, logs: () => output, stop };
}

/** A GraphQL call from the test itself, to compare the page with the api's own numbers. */
export async function gql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error('no data');

  return body.data;
}
