import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { Client } from 'pg';

export const REPO_ROOT = resolve(__dirname, '../../../..');
export const API_MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');
export const CLI_MAIN = join(REPO_ROOT, 'apps/cli/dist/main.js');
export const DASHBOARD_DIST = join(REPO_ROOT, 'apps/dashboard/dist');

export type RunningApi = {
  baseUrl: string;
  dataDir: string;
  adminToken: string | null;
  /** The api's PostgreSQL database when it runs on one (tests may seed it through the store); null on embedded PGlite. */
  databaseUrl?: string | null;
  logs: () => string;
  stop: () => Promise<void>;
};

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

async function waitForDemoData(baseUrl: string, child: ChildProcess | null, timeoutMs: number, output: () => string): Promise<void> {
  const started = Date.now();
  let last = -1;
  let stableSince = 0;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`api exited with ${child.exitCode}:\n${output().slice(-4000)}`);
    try {
      const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ datasetInfo { reportCount } }' }) });
      if (response.ok) {
        const body = (await response.json()) as { data?: { datasetInfo?: { reportCount: number } } };
        const count = body.data?.datasetInfo?.reportCount ?? 0;
        // The demo set loads after the api listens: wait until the count stops growing.
        if (count > 0 && count === last) {
          if (Date.now() - stableSince > 6000) return;
        } else {
          last = count;
          stableSince = Date.now();
        }
      }
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`api did not serve demo data within ${timeoutMs} ms:\n${output().slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 1500));
  }
}

/** A fresh database on a PostgreSQL server (TEST_DATABASE_URL / E2E_DATABASE_URL), dropped at the end. */
async function createDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `gongkai_dashboard_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Inserts an admin token the way the api stores them (sha-256 of the secret). */
async function insertAdminToken(databaseUrl: string): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`INSERT INTO "api_token" ("id", "name", "role", "region_code", "token_hash") VALUES ($1, 'dashboard-e2e', 'admin', NULL, $2)`, [
    randomUUID(),
    createHash('sha256').update(secret, 'utf8').digest('hex'),
  ]);
  await client.end();

  return secret;
}

/**
 * Starts the real api (demo data on) on a random port and waits until the demo set is loaded. With a
 * PostgreSQL admin URL (TEST_DATABASE_URL or E2E_DATABASE_URL) it runs on a fresh database there and
 * mints an admin token in it; otherwise on embedded PGlite in a temporary DATA_DIR. E2E_BASE_URL (+
 * E2E_ADMIN_TOKEN) reuses a running api instead.
 */
export async function startApi({ timeoutMs = 300_000 }: { timeoutMs?: number } = {}): Promise<RunningApi> {
  if (process.env.E2E_BASE_URL) {
    const baseUrl = process.env.E2E_BASE_URL.replace(/\/$/, '');
    await waitForDemoData(baseUrl, null, timeoutMs, () => '');

    return { baseUrl, dataDir: '', adminToken: process.env.E2E_ADMIN_TOKEN ?? null, logs: () => '', stop: async () => undefined };
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-dashboard-e2e-'));
  const adminUrl = process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const database = adminUrl ? await createDatabase(adminUrl) : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: join(dataDir, 'pglite'),
    DEMO_DATA: 'true',
    DASHBOARD_DIR: DASHBOARD_DIST,
    DATABASE_URL: database?.url ?? '',
    READ_DATABASE_URL: '',
  };
  const cliToken = database ? null : createAdminTokenWithCli(env);
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise<void>((r) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          r();
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          r();
        });
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  };
  try {
    await waitForDemoData(baseUrl, child, timeoutMs, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  const adminToken = database ? await insertAdminToken(database.url) : cliToken;

  return { baseUrl, dataDir, adminToken, databaseUrl: database?.url ?? null, logs: () => output, stop };
}

/** A GraphQL call from the test itself, to compare the page with the api's own numbers. */
export async function gql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error('no data');

  return body.data;
}
