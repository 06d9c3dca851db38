import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { processCpuMs } from './ingest-cpu';
import { repoRoot } from './lib/paths';

/** The built api, started as its own process (the product as deployed, never imported). */
export function apiDistDir(root: string = repoRoot()): string {
  return join(root, 'apps', 'api', 'dist');
}

export type RunningApi = {
  url: string;
  pid: number;
  /** CPU ms of the api process and of its PostgreSQL backends (application_name gongkai%) so far. */
  cpu(): Promise<{ apiMs: number; dbMs: number }>;
  rssBytes(): number;
  stop(): Promise<void>;
};

/** A random high port (the api and other helpers use 3000 and the 4xxx range). */
export function randomPort(): number {
  return 20_000 + Math.floor(Math.random() * 20_000);
}

/**
 * Starts the built api (`node apps/api/dist/main.js`) on 127.0.0.1:<random port> against `databaseUrl`,
 * DEMO_DATA=false, and waits until GraphQL answers.
 */
export async function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningApi> {
  const port = randomPort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-bench-api-'));
  const child: ChildProcess = spawn(process.execPath, [join(apiDistDir(), 'main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DEMO_DATA: 'false', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`api exited (${child.exitCode}): ${stderr}`);
    try {
      // Ready = GraphQL answers (the api has no separate /health route yet).
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`api did not become healthy in 240 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const pid = child.pid as number;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();

  return {
    url,
    pid,
    async cpu() {
      const rows = (await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'gongkai%' AND pid <> pg_backend_pid()`))
        .rows as { pid: number }[];

      return { apiMs: processCpuMs(pid), dbMs: rows.reduce((s, r) => s + (processCpuMs(r.pid) || 0), 0) };
    },
    rssBytes() {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];

        return kb ? Number(kb) * 1024 : Number.NaN;
      } catch {
        return Number.NaN;
      }
    },
    async stop() {
      await db.end().catch(() => undefined);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type GraphqlResponse = { data?: unknown; errors?: { message: string }[] };

export async function graphql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });

  return (await res.json()) as GraphqlResponse;
}
