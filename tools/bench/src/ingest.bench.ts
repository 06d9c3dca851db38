import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';

import { embeddedConnections, loadRegionCatalogue, openDatabase, type OpenedDatabase, seedRegionCatalogue } from '@gongkai/database';
import { BatchInterruptedError, type BatchSummary, writeBatch } from '@gongkai/report-store';
import { NATIONAL_CATALOGUE, type SampleFormat } from '@gongkai/sample-corpus';
import { Client } from 'pg';

import { processCpuMs } from './ingest-cpu';
import { type GeneratedDoc, type WorkerRequest, type WorkerResponse } from './ingest-worker';
import { markdownTable } from './lib/format';
import { busyMachineNote, describeMachine, type Machine, machineLine } from './lib/machine';

export type IngestBackend = 'postgres' | 'embedded';

export type IngestBenchOptions = {
  backend: IngestBackend;
  /** County-level divisions to generate (0 = all of them); a subset is spread evenly over the catalogue. */
  counties: number;
  years: number[];
  formats: SampleFormat[];
  /** Parse threads of the report store's writeBatch. */
  workers: number;
  /** Reports per transaction. */
  batch: number;
  /** Writer connections (PostgreSQL only; the embedded database has one). */
  writers: number;
  seed: number;
  /** postgres: server URL without a database (the benchmark creates and drops its own database). */
  serverUrl: string;
  database: string;
  /** Keep the database afterwards (for the query and load benchmarks). */
  keep: boolean;
  /** Ingest into the existing database, skipping stored documents (fault scripts: a re-run after an interruption). */
  resume: boolean;
  log: (line: string) => void;
};

export const DEFAULT_INGEST_OPTIONS = {
  counties: 0,
  years: [2019, 2020, 2021, 2022, 2023, 2024, 2025],
  formats: ['txt', 'html', 'docx'] as SampleFormat[],
  workers: 2,
  batch: 100,
  writers: 2,
  seed: 1,
  serverUrl: 'postgres://postgres@127.0.0.1:5432',
  database: 'gongkai_bench',
};

export type IngestBenchResult = {
  machine: Machine;
  loadEnd: number;
  options: Omit<IngestBenchOptions, 'log'>;
  counties: number;
  allCounties: number;
  documents: number;
  bytes: number;
  generate: { wallMs: number };
  ingest: {
    wallMs: number;
    summary: BatchSummary;
    /** CPU ms of this process (the store's parse workers, its writer thread; PGlite too when embedded) and of PostgreSQL. */
    processCpuMs: number;
    dbCpuMs: number | null;
  };
  /** COPY of the same value rows into a scratch copy of report_value (same indexes), in the same run. */
  copyFloor: { rows: number; wallMs: number } | null;
  check: { reports: number; values: number; issues: number; reportsWithoutValues: number };
};

/**
 * A bulk ingest stopped by its database (PostgreSQL stopped, connection lost): what was stored and why, in
 * one line. Transactions are whole or nothing, so `--resume` completes the set.
 */
export class IngestInterruptedError extends Error {
  constructor(
    readonly stored: number,
    readonly documents: number,
    readonly reason: string,
  ) {
    super(`ingest interrupted: stored ${stored} of ${documents} documents: ${reason}; re-run with --resume to complete it`);
    this.name = 'IngestInterruptedError';
  }
}

/** `count` codes spread evenly over the sorted catalogue (every province is in a subset of any size ≥ 31). */
export function pickCounties(all: readonly string[], count: number): string[] {
  if (count <= 0 || count >= all.length) return [...all];

  return Array.from({ length: count }, (_, k) => all[Math.floor((k * all.length) / count)] as string);
}

/** Generates the documents in memory on worker threads (not timed as ingest). */
export async function generateDocuments(codes: readonly string[], years: number[], seed: number, formats: SampleFormat[], workers = 2): Promise<GeneratedDoc[]> {
  const pool = Array.from({ length: Math.max(1, workers) }, () => new Worker(join(__dirname, 'ingest-worker.js')));
  const chunks: string[][] = [];
  for (let i = 0; i < codes.length; i += 25) chunks.push(codes.slice(i, i + 25));
  const docs: GeneratedDoc[][] = chunks.map(() => []);
  let next = 0;
  let id = 0;
  try {
    await Promise.all(
      pool.map(async (worker) => {
        while (next < chunks.length) {
          const k = next++;
          const answer = await new Promise<WorkerResponse>((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.postMessage({ type: 'generate', id: id++, regionCodes: chunks[k] as string[], years, seed, formats } satisfies WorkerRequest);
          });
          docs[k] = answer.docs;
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }

  return docs.flat();
}

/** PostgreSQL backends of this benchmark's database, and the server's shared writers (WAL, checkpoints). */
async function databasePids(admin: Client, database: string): Promise<number[]> {
  const rows = await admin.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 OR backend_type IN ('walwriter', 'checkpointer', 'background writer')`,
    [database],
  );

  return (rows.rows as { pid: number }[]).map((r) => r.pid).filter((pid) => pid !== (admin as unknown as { processID?: number }).processID);
}

/**
 * The floor: PostgreSQL's own COPY of the value rows just stored, into a scratch table with report_value's
 * columns and indexes (no foreign key), timed alone. What a writer could reach if parsing and the other
 * tables cost nothing.
 */
async function measureCopyFloor(url: string): Promise<{ rows: number; wallMs: number }> {
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
    await client.query(`DROP TABLE IF EXISTS "report_value_copy_floor"`);
    await client.query(`CREATE UNLOGGED TABLE "report_value_copy_floor" (LIKE "report_value" INCLUDING DEFAULTS INCLUDING INDEXES)`);
    // A logged table, as report_value is: the floor must pay the same WAL.
    await client.query(`ALTER TABLE "report_value_copy_floor" SET LOGGED`);
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

export async function runIngestBench(options: IngestBenchOptions): Promise<IngestBenchResult> {
  const machine = describeMachine();
  const all = NATIONAL_CATALOGUE.allCounties().map((r) => r.code);
  const codes = pickCounties(all, options.counties);
  let embeddedDir: string | null = null;
  const admin = options.backend === 'postgres' ? new Client({ connectionString: `${options.serverUrl}/postgres` }) : null;
  // Without a listener, a server shutdown while idle is an unhandled 'error' event that kills the process.
  admin?.on('error', () => undefined);
  let db: OpenedDatabase | null = null;
  try {
    options.log(`generating ${codes.length} counties × ${options.years.length} years…`);
    const genStart = performance.now();
    const docs = await generateDocuments(codes, options.years, options.seed, options.formats, options.workers);
    const generate = { wallMs: performance.now() - genStart };
    const bytes = docs.reduce((s, d) => s + d.bytes.byteLength, 0);
    options.log(`generated ${docs.length} documents (${(bytes / 1e6).toFixed(1)} MB) in ${(generate.wallMs / 1000).toFixed(1)} s`);

    let url: string | undefined;
    if (admin) {
      await admin.connect();
      if (!options.resume) {
        await admin.query(`DROP DATABASE IF EXISTS "${options.database}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${options.database}"`);
      }
      url = `${options.serverUrl}/${options.database}`;
    } else {
      embeddedDir = mkdtempSync(join(tmpdir(), 'gongkai-bench-pglite-'));
    }
    options.log(`migrating and seeding ${options.backend}…`);
    // Opened exactly as the CLI opens it (@gongkai/database): the same pool, migrations and region seed.
    db = await openDatabase({ databaseUrl: url, dataDir: embeddedDir ?? '', poolMax: options.writers + 1, runMigrations: true, name: 'gongkai-bench', owner: { kind: 'bench' } });
    await seedRegionCatalogue(db.dataSource, loadRegionCatalogue());
    const pids = admin ? await databasePids(admin, options.database) : [];
    const dbCpu = () => pids.reduce((s, p) => s + (processCpuMs(p) || 0), 0);

    options.log(`ingesting ${docs.length} documents through writeBatch (${options.workers} parse workers, ${options.batch} reports per transaction)…`);
    const cpu0 = process.cpuUsage();
    const db0 = dbCpu();
    const start = performance.now();
    let summary: BatchSummary;
    try {
      summary = await writeBatch(
        // As the CLI: the embedded database through PGlite's own API (COPY from a blob), a server through the pool.
        db.embedded ? embeddedConnections(db.embedded.db) : db.connections,
        docs.map((d) => ({ label: d.fileName, bytes: d.bytes })),
        { workers: options.workers, batchSize: options.batch, writers: options.writers, skipKnown: options.resume, total: docs.length },
      );
    } catch (error) {
      if (error instanceof BatchInterruptedError) throw new IngestInterruptedError(error.summary.ingested + error.summary.superseded + error.summary.skipped, docs.length, error.reason);
      throw error;
    }
    const wallMs = performance.now() - start;
    const cpu = process.cpuUsage(cpu0);
    const dbCpuMs = admin ? dbCpu() - db0 : null;

    const count = async (sql: string) => Number(((await db?.dataSource.query(sql)) as { n: string }[])[0]?.n);
    const check = {
      reports: await count(`SELECT count(*) AS n FROM "report"`),
      values: await count(`SELECT count(*) AS n FROM "report_value"`),
      issues: await count(`SELECT count(*) AS n FROM "validation_issue"`),
      reportsWithoutValues: await count(`SELECT count(*) AS n FROM "report" r WHERE NOT EXISTS (SELECT 1 FROM "report_value" v WHERE v."report_id" = r."id")`),
    };
    const copyFloor = url ? await measureCopyFloor(url) : null;
    // VACUUM, not only ANALYZE: it sets the visibility map, without which the (metric_key, report_id) INCLUDE
    // index cannot answer index-only.
    if (admin && options.keep) await db.dataSource.query('VACUUM (ANALYZE)');

    return {
      machine,
      loadEnd: loadavg()[0] ?? 0,
      options: { ...options, log: undefined } as unknown as Omit<IngestBenchOptions, 'log'>,
      counties: codes.length,
      allCounties: all.length,
      documents: docs.length,
      bytes,
      generate,
      ingest: { wallMs, summary, processCpuMs: (cpu.user + cpu.system) / 1000, dbCpuMs },
      copyFloor,
      check,
    };
  } finally {
    await db?.dataSource.destroy().catch(() => undefined);
    if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true });
    if (admin) {
      if (!options.keep && !options.resume) await admin.query(`DROP DATABASE IF EXISTS "${options.database}" WITH (FORCE)`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    }
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function renderIngestMarkdown(results: readonly IngestBenchResult[], command: string): string {
  const out: string[] = ['## Bulk ingest', '', `Command (from the repository root, after \`npm run build\`): \`${command}\``, ''];
  for (const r of results) {
    const i = r.ingest;
    const s = i.summary;
    const docsPerS = (r.documents * 1000) / i.wallMs;
    const totalCpu = i.processCpuMs + (i.dbCpuMs ?? 0);
    out.push(
      `### ${r.options.backend === 'postgres' ? 'PostgreSQL (127.0.0.1:5432, fresh database)' : 'Embedded PostgreSQL (PGlite over pglite-socket)'}`,
      '',
      `${machineLine(r.machine)} Load average at the end: ${r.loadEnd.toFixed(2)}.${busyMachineNote(r.machine, 'Other work was running on the machine: wall-clock figures are inflated; the CPU columns are not.')}`,
      '',
      `Data set: ${fmt(r.counties)} of ${fmt(r.allCounties)} county-level divisions${r.counties < r.allCounties ? ' (spread evenly over the catalogue)' : ''} × ${r.options.years[0]}–${r.options.years.at(-1)}, seed ${r.options.seed}: ${fmt(r.documents)} documents (${r.options.formats.join(', ')}, ${(r.bytes / 1e6).toFixed(1)} MB), generated in memory before the timed phase (${(r.generate.wallMs / 1000).toFixed(1)} s; not counted). The timed phase is the report store's \`writeBatch\`, as \`gongkai ingest\` runs it: ${r.options.workers} parse workers, ${r.options.backend === 'postgres' ? `${r.options.writers} writer connection${r.options.writers === 1 ? '' : 's'}, ` : ''}${r.options.batch} reports per transaction, value rows by ${r.options.backend === 'postgres' ? '`COPY … FROM STDIN`' : "`COPY … FROM '/dev/blob'` through PGlite's own API"}, cross-year findings against the database in each transaction.`,
      '',
      markdownTable(
        ['measure', 'value'],
        [
          ['documents stored / rejected / duplicates', `${fmt(s.ingested + s.superseded)} / ${fmt(s.rejected)} / ${fmt(s.duplicate)}`],
          ['value rows / findings (of which cross-year)', `${fmt(s.values)} / ${fmt(s.issues + s.crossYearIssues)} (${fmt(s.crossYearIssues)})`],
          ['transactions', fmt(s.transactions)],
          ['wall time', `${(i.wallMs / 1000).toFixed(1)} s`],
          ['**documents/s, wall**', `**${fmt(docsPerS, 1)}**`],
          [`CPU: this process (parse workers, writer thread${r.options.backend === 'embedded' ? ', PGlite itself' : ''})`, `${(i.processCpuMs / 1000).toFixed(1)} s (${(i.processCpuMs / r.documents).toFixed(2)} ms/doc)`],
          ['CPU: PostgreSQL (this database\'s backends + walwriter, checkpointer, bgwriter)', i.dbCpuMs === null ? 'in this process (PGlite is in-process)' : `${(i.dbCpuMs / 1000).toFixed(1)} s (${(i.dbCpuMs / r.documents).toFixed(2)} ms/doc)`],
          ['CPU total; documents/s if two cores did nothing else', `${(totalCpu / 1000).toFixed(1)} s (${(totalCpu / r.documents).toFixed(2)} ms/doc); ${fmt((2 * r.documents * 1000) / totalCpu, 0)}`],
          ...(r.copyFloor
            ? [[`COPY floor: the same ${fmt(r.copyFloor.rows)} value rows by COPY alone into a copy of report_value`, `${(r.copyFloor.wallMs / 1000).toFixed(2)} s (≈ ${fmt((r.documents * 1000) / r.copyFloor.wallMs, 0)} documents/s)`]]
            : []),
          ['check: reports / values / findings in the database; reports without values', `${fmt(r.check.reports)} / ${fmt(r.check.values)} / ${fmt(r.check.issues)}; ${r.check.reportsWithoutValues}`],
        ],
      ),
      '',
    );
  }
  out.push(
    'How: `tools/bench/src/ingest.bench.ts`. Documents are generated by `@gongkai/sample-corpus` for the chosen county-level divisions of `@gongkai/regions`, then handed to `writeBatch` of `@gongkai/report-store` — the code `gongkai ingest` runs for a folder — on a database opened by `@gongkai/database` as the CLI opens it. Process CPU is `process.cpuUsage()` (every thread); PostgreSQL CPU is read from `/proc/<pid>/stat` of the backends connected to the benchmark database and the WAL writer, checkpointer and background writer (10 ms resolution).',
  );

  return `${out.join('\n')}\n`;
}

/** Options of `bench ingest` (its own parser: main.ts only dispatches). */
export function parseIngestArgs(argv: readonly string[]): { options: Omit<IngestBenchOptions, 'log' | 'backend'>; backends: IngestBackend[]; write: boolean } {
  const options: Omit<IngestBenchOptions, 'log' | 'backend'> = { ...DEFAULT_INGEST_OPTIONS, keep: false, resume: false };
  let backends: IngestBackend[] = ['postgres'];
  let write = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);

      return v;
    };
    const int = () => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error(`${arg} needs a non-negative integer`);

      return n;
    };
    if (arg === 'ingest') continue;
    else if (arg === '--write') write = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--resume') options.resume = true;
    else if (arg === '--writers') options.writers = Math.min(8, Math.max(1, int()));
    else if (arg === '--counties') options.counties = int();
    else if (arg === '--workers') options.workers = Math.max(1, int());
    else if (arg === '--batch') options.batch = Math.max(1, int());
    else if (arg === '--seed') options.seed = int();
    else if (arg === '--years') {
      const m = /^(\d{4})-(\d{4})$/.exec(value());
      if (!m) throw new Error('--years is like 2019-2025');
      options.years = Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, k) => Number(m[1]) + k);
    } else if (arg === '--formats') {
      const formats = value().split(',') as SampleFormat[];
      if (formats.some((f) => !['txt', 'html', 'docx'].includes(f))) throw new Error('--formats is a list of txt, html, docx');
      options.formats = formats;
    } else if (arg === '--database') options.database = value();
    else if (arg === '--server') options.serverUrl = value().replace(/\/+$/, '');
    else if (arg === '--backend') {
      const b = value();
      backends = b === 'both' ? ['postgres', 'embedded'] : b === 'postgres' || b === 'embedded' ? [b] : [];
      if (backends.length === 0) throw new Error('--backend is postgres, embedded or both');
    } else throw new Error(`unknown argument ${arg}`);
  }

  return { options, backends, write };
}

export const INGEST_USAGE = `  ingest    bulk ingest of a generated data set through the report store's writeBatch into PostgreSQL and/or PGlite
            --backend postgres|embedded|both (postgres)  --counties <n> (0 = all)  --years 2019-2025  --formats txt,html,docx
            --workers <n> (2)  --batch <reports per transaction> (100)  --writers <n> (2)  --server <postgres://…> (${DEFAULT_INGEST_OPTIONS.serverUrl})
            --database <name> (${DEFAULT_INGEST_OPTIONS.database})  --keep (keep the database for query/load)
            --resume (ingest into the existing database: re-run after a fault; stored documents are skipped)`;

export async function runIngestCommand(argv: readonly string[], log: (line: string) => void): Promise<{ markdown: string; write: boolean }> {
  const { options, backends, write } = parseIngestArgs(argv);
  const results: IngestBenchResult[] = [];
  for (const backend of backends) results.push(await runIngestBench({ ...options, backend, keep: options.keep && backend === 'postgres', log }));
  const command = ['npm run bench --', ...argv.filter((a) => a !== '--write'), '--write'].join(' ');

  return { markdown: renderIngestMarkdown(results, command), write };
}
