import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { Client } from 'pg';

import { cpuMsFromStat, processCpuMs } from './ingest-cpu';
import { markdownTable } from './lib/format';
import { busyMachineNote, describeMachine, type Machine, machineLine } from './lib/machine';
import { repoRoot } from './lib/paths';

type Backend = 'postgres' | 'embedded';

export type CliIngestOptions = { backends: Backend[]; years: string; formats: string; serverUrl: string; database: string; log: (line: string) => void };

type Run = {
  backend: Backend;
  machine: Machine;
  loadEnd: number;
  documents: number;
  bytes: number;
  wallMs: number;
  summary: string;
  exitCode: number;
  /** CPU of the gongkai process (all its threads; polled every 100 ms, so a lower bound) and of every PostgreSQL process. */
  cliCpuMs: number;
  /** Of cliCpuMs: the main thread (writer loop, pg driver; PGlite itself when embedded); the rest is mostly the parse workers. */
  mainThreadCpuMs: number;
  postgresCpuMs: number | null;
  copyFloor: { rows: number; wallMs: number } | null;
};

const bin = () => join(repoRoot(), 'apps', 'cli', 'bin', 'gongkai.js');

/** Runs `gongkai <args>` as a user would, timing it from spawn to exit; CPU of it and of PostgreSQL polled meanwhile. */
function gongkai(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string; wallMs: number; cpuMs: number; mainThreadMs: number; postgresMs: number }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [bin(), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let cpuMs = 0;
    let mainThreadMs = 0;
    // Backends come and go with the command's connections: keep each one's last reading.
    const before = postgresCpu();
    const seen = new Map(before);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
    const poll = setInterval(() => {
      const ms = processCpuMs(child.pid as number);
      if (Number.isFinite(ms)) cpuMs = ms;
      // The main thread's task has the process id: the writer loop, the pg driver (and PGlite, when embedded).
      try {
        const main = cpuMsFromStat(readFileSync(`/proc/${child.pid}/task/${child.pid}/stat`, 'utf8'));
        if (Number.isFinite(main)) mainThreadMs = main;
      } catch {
        // Exited meanwhile.
      }
      for (const [pid, ms] of postgresCpu()) seen.set(pid, ms);
    }, 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      for (const [pid, ms] of postgresCpu()) seen.set(pid, ms);
      const postgresMs = [...seen].reduce((n, [pid, ms]) => n + ms - (before.get(pid) ?? 0), 0);
      resolve({ code: code ?? -1, stdout, stderr, wallMs: performance.now() - start, cpuMs, mainThreadMs, postgresMs });
    });
  });
}

/** CPU ms of each postgres process on this machine now (the server is local; other databases add to it). */
function postgresCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      const ms = processCpuMs(Number(pid));
      if (Number.isFinite(ms)) out.set(Number(pid), ms);
    } catch {
      // Gone meanwhile.
    }
  }

  return out;
}

/** COPY of the stored value rows alone into a scratch copy of report_value (same indexes, no key): the floor. */
async function copyFloor(url: string): Promise<{ rows: number; wallMs: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // Loaded by name: pg-copy-streams ships no types.
    const name = 'pg-copy-streams';
    const mod = (await import(name)) as { to: (sql: string) => unknown; from: (sql: string) => unknown };
    const chunks: Buffer[] = [];
    await pipeline(
      client.query(mod.to(`COPY "report_value" TO STDOUT`) as never) as unknown as Readable,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          done();
        },
      }),
    );
    await client.query(`CREATE TABLE "report_value_copy_floor" (LIKE "report_value" INCLUDING DEFAULTS INCLUDING INDEXES)`);
    const start = performance.now();
    await pipeline(Readable.from(chunks), client.query(mod.from(`COPY "report_value_copy_floor" FROM STDIN`) as never) as unknown as Writable);
    const wallMs = performance.now() - start;
    const rows = Number(((await client.query(`SELECT count(*) AS n FROM "report_value_copy_floor"`)).rows[0] as { n: string }).n);
    await client.query(`DROP TABLE "report_value_copy_floor"`);

    return { rows, wallMs };
  } finally {
    await client.end();
  }
}

/**
 * `gongkai ingest` end to end, as a user runs it: the documents written by `gongkai sample` into a folder, then
 * the command on that folder (process start, migrations, region seed, reading, parsing, storing, exit) into a
 * fresh PostgreSQL database and/or a fresh embedded folder; on PostgreSQL, the COPY floor in the same run.
 */
export async function runCliIngestBench(options: CliIngestOptions): Promise<Run[]> {
  const work = mkdtempSync(join(tmpdir(), 'gongkai-bench-cli-'));
  const runs: Run[] = [];
  try {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env['DATABASE_URL'];
    options.log(`gongkai sample --all --years ${options.years} --formats ${options.formats}…`);
    const sample = await gongkai(['sample', '--all', '--years', options.years, '--formats', options.formats, '--out', join(work, 'docs')], env);
    if (sample.code !== 0) throw new Error(`gongkai sample failed: ${sample.stderr}`);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (/\.(txt|html?|docx)$/.test(entry.name)) files.push(join(dir, entry.name));
      }
    };
    walk(join(work, 'docs'));
    const bytes = files.reduce((n, f) => n + readFileSync(f).byteLength, 0);
    for (const backend of options.backends) {
      const machine = describeMachine();
      let url: string | null = null;
      const admin = backend === 'postgres' ? new Client({ connectionString: `${options.serverUrl}/postgres` }) : null;
      if (admin) {
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${options.database}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${options.database}"`);
        url = `${options.serverUrl}/${options.database}`;
      }
      options.log(`gongkai ingest ${files.length} documents into ${backend}…`);
      const args = ['ingest', join(work, 'docs'), ...(url ? ['--database-url', url] : [])];
      const run = await gongkai(args, { ...env, DATA_DIR: join(work, `pglite-${runs.length}`) });
      const pgCpu = admin ? run.postgresMs : null;
      const floor = url && run.code === 0 ? await copyFloor(url) : null;
      if (admin) {
        await admin.query(`DROP DATABASE IF EXISTS "${options.database}" WITH (FORCE)`);
        await admin.end();
      }
      runs.push({
        backend,
        machine,
        loadEnd: loadavg()[0] ?? 0,
        documents: files.length,
        bytes,
        wallMs: run.wallMs,
        summary: run.stdout.trim().split('\n').at(-1) ?? '',
        exitCode: run.code,
        cliCpuMs: run.cpuMs,
        mainThreadCpuMs: run.mainThreadMs,
        postgresCpuMs: pgCpu,
        copyFloor: floor,
      });
      if (run.code !== 0) options.log(`gongkai ingest exited ${run.code}: ${run.stderr.slice(-2000)}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  return runs;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function renderCliIngestMarkdown(runs: readonly Run[], command: string, options: Pick<CliIngestOptions, 'years' | 'formats'>): string {
  const out = ['## `gongkai ingest` end to end', '', `Command (from the repository root, after \`npm run build\`): \`${command}\``, ''];
  for (const r of runs) {
    out.push(
      `### ${r.backend === 'postgres' ? 'Into PostgreSQL (127.0.0.1:5432, fresh database, `--database-url`)' : 'Into the embedded database (fresh `DATA_DIR`)'}`,
      '',
      `${machineLine(r.machine)} Load average at the end: ${r.loadEnd.toFixed(2)}.${busyMachineNote(r.machine, 'Other work was running on the machine: the wall-clock figures are inflated.')}`,
      '',
      markdownTable(
        ['measure', 'value'],
        [
          ['documents', `${fmt(r.documents)} (\`gongkai sample --all --years ${options.years} --formats ${options.formats}\`, ${(r.bytes / 1e6).toFixed(1)} MB)`],
          ['the command’s own summary', r.summary.replace(/\|/g, '\\|')],
          ['exit code', String(r.exitCode)],
          ['wall time, process start to exit (migrations and region seed included)', `${(r.wallMs / 1000).toFixed(1)} s`],
          ['**documents/s, end to end**', `**${fmt((r.documents * 1000) / r.wallMs, 1)}**`],
          ['CPU of the gongkai process, all threads (polled: a lower bound)', `${(r.cliCpuMs / 1000).toFixed(1)} s (${(r.cliCpuMs / r.documents).toFixed(2)} ms/doc)`],
          [
            `of which the main thread (reading files, hashing, the writer loop, the pg driver${r.backend === 'embedded' ? ', PGlite itself' : ''}) / the other threads (parse workers, GC helpers)`,
            `${(r.mainThreadCpuMs / r.documents).toFixed(2)} / ${((r.cliCpuMs - r.mainThreadCpuMs) / r.documents).toFixed(2)} ms/doc`,
          ],
          ...(r.postgresCpuMs === null ? [] : [['CPU of PostgreSQL (every postgres process, polled)', `${(r.postgresCpuMs / 1000).toFixed(1)} s (${(r.postgresCpuMs / r.documents).toFixed(2)} ms/doc)`]]),
          ['CPU in all; documents/s if two cores did only this', `${((r.cliCpuMs + (r.postgresCpuMs ?? 0)) / r.documents).toFixed(2)} ms/doc; ${fmt((2 * r.documents * 1000) / (r.cliCpuMs + (r.postgresCpuMs ?? 0)), 0)}`],
          ...(r.copyFloor
            ? [[`COPY floor, same run: the ${fmt(r.copyFloor.rows)} stored value rows by COPY alone into a copy of report_value (same indexes)`, `${(r.copyFloor.wallMs / 1000).toFixed(2)} s (≈ ${fmt((r.documents * 1000) / r.copyFloor.wallMs, 0)} documents/s)`]]
            : []),
        ],
      ),
      '',
    );
  }
  out.push(
    'How: `tools/bench/src/ingest-cli.bench.ts` writes the documents with `gongkai sample` into a temporary folder, then runs `node apps/cli/bin/gongkai.js ingest <folder>` as a child process and times it from spawn to exit. Nothing is imported: this is the product as a user runs it.',
  );

  return `${out.join('\n')}\n`;
}

export const CLI_INGEST_USAGE = `  ingest-cli  \`gongkai ingest\` of a generated folder, end to end, as a user runs it, with the COPY floor
            --backend postgres|embedded|both (both)  --years 2023-2023  --formats html  --server <postgres://…>`;

export async function runCliIngestCommand(argv: readonly string[], log: (line: string) => void): Promise<{ markdown: string; write: boolean }> {
  const options: CliIngestOptions = { backends: ['postgres', 'embedded'], years: '2023-2023', formats: 'html', serverUrl: 'postgres://postgres@127.0.0.1:5432', database: 'gongkai_bench_cli', log };
  let write = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);

      return v;
    };
    if (arg === '--write') write = true;
    else if (arg === '--years') options.years = value();
    else if (arg === '--formats') options.formats = value();
    else if (arg === '--server') options.serverUrl = value().replace(/\/+$/, '');
    else if (arg === '--backend') {
      const b = value();
      options.backends = b === 'both' ? ['postgres', 'embedded'] : b === 'postgres' || b === 'embedded' ? [b] : [];
      if (options.backends.length === 0) throw new Error('--backend is postgres, embedded or both');
    } else throw new Error(`unknown argument ${arg}`);
  }
  const runs = await runCliIngestBench(options);
  const command = ['npm run bench --', ...argv.filter((a) => a !== '--write'), '--write'].join(' ');

  return { markdown: renderCliIngestMarkdown(runs, command, options), write };
}
