import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';

import { NATIONAL_CATALOGUE, type SampleFormat } from '@gongkai/sample-corpus';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { type ApiDatabaseHelpers, loadApiDatabaseHelpers } from './ingest-api';
import { processCpuMs, threadCpuMs } from './ingest-cpu';
import { type ReportRows } from './ingest-rows';
import { type BatchOutcome, type CopyIn, type Queryable, writeBatch } from './ingest-store';
import { type GeneratedDoc, type StageTimes, type WorkerRequest, type WorkerResponse } from './ingest-worker';
import { markdownTable } from './lib/format';
import { busyMachineNote, describeMachine, type Machine, machineLine } from './lib/machine';

export type IngestBackend = 'postgres' | 'embedded';

export type IngestBenchOptions = {
  backend: IngestBackend;
  /** County-level divisions to generate (0 = all of them); a subset is spread evenly over the catalogue. */
  counties: number;
  years: number[];
  workers: number;
  /** Reports per transaction. */
  batch: number;
  /** report_value rows by COPY FROM STDIN, or by INSERT … SELECT FROM unnest($arrays). */
  method: 'copy' | 'unnest';
  /**
   * Initial national load: drop report_value's secondary index (metric_key, report_id) before the load and
   * build it again after (its exact definition read from pg_indexes), inside the timed phase.
   */
  deferIndex: boolean;
  /**
   * Connections writing batches at once (PostgreSQL only; the embedded database has one). Two let PostgreSQL
   * use both cores while the parse workers wait for the writers.
   */
  writers: number;
  seed: number;
  /** postgres: server URL without a database (the benchmark creates and drops its own database). */
  serverUrl: string;
  database: string;
  /** Keep the database afterwards (for the query and load benchmarks). */
  keep: boolean;
  /** Ingest into the existing database (fault scripts: a re-run after an interruption); implies keep. */
  resume: boolean;
  log: (line: string) => void;
};

export const DEFAULT_INGEST_OPTIONS = {
  counties: 0,
  years: [2019, 2020, 2021, 2022, 2023, 2024, 2025],
  workers: 2,
  batch: 100,
  method: 'copy' as 'copy' | 'unnest',
  deferIndex: false,
  writers: 2,
  seed: 1,
  serverUrl: 'postgres://postgres@127.0.0.1:5432',
  database: 'gongkai_bench',
};

const FORMATS: SampleFormat[] = ['txt', 'html', 'docx'];

export type IngestBenchResult = {
  machine: Machine;
  loadEnd: number;
  options: Omit<IngestBenchOptions, 'log'>;
  counties: number;
  allCounties: number;
  documents: number;
  bytes: number;
  generate: { wallMs: number; cpuMs: number };
  ingest: {
    wallMs: number;
    stored: number;
    rejected: Map<string, number>;
    duplicates: number;
    values: number;
    issues: number;
    /** CPU ms: worker threads (parse…rows), main thread (batching, pg driver; + PGlite itself when embedded), database backend. */
    workerCpuMs: number;
    mainCpuMs: number;
    dbCpuMs: number | null;
    /** Of dbCpuMs: the writer's own backend (the rest is WAL writer, checkpointer, background writer — shared by the server). */
    dbBackendCpuMs: number | null;
    stageWallMs: StageTimes & { store: number };
    batches: number;
    deferredIndexes: string[];
    /** Wall ms of rebuilding the deferred indexes (inside wallMs). */
    indexMs: number;
  };
  check: { reports: number; values: number; issues: number; reportsWithoutValues: number };
};

type Pending = { resolve: (r: WorkerResponse) => void };

/**
 * A bulk ingest stopped by its database (PostgreSQL stopped, connection lost): what was stored, which batch
 * failed and why, in one line. Batches are whole or nothing, so `--resume` completes the set.
 */
export class IngestInterruptedError extends Error {
  constructor(
    readonly stored: number,
    readonly documents: number,
    readonly failedBatch: number,
    readonly reason: string,
  ) {
    super(`ingest interrupted: stored ${stored} of ${documents} documents; batch ${failedBatch} failed: ${reason}; re-run with --resume to complete it`);
    this.name = 'IngestInterruptedError';
  }
}

/**
 * The first connection error of a pg Client. Without an 'error' listener, a server shutdown while the client
 * is idle (between batches, or the admin connection) is an unhandled 'error' event that kills the process
 * with a stack trace; with it, the next query fails and the ingest reports the cause.
 */
function watchConnection(client: Client): { error: () => Error | null } {
  let first: Error | null = null;
  client.on('error', (error) => {
    first ??= error;
  });

  return { error: () => first };
}

class WorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(size: number) {
    // A larger young generation: each document allocates a few MB that die young; fewer, larger scavenges
    // promote less of it.
    this.workers = Array.from({ length: size }, () => new Worker(join(__dirname, 'ingest-worker.js'), { resourceLimits: { maxYoungGenerationSizeMb: 64 } }));
    for (const w of this.workers) {
      w.on('message', (m: WorkerResponse) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        p?.resolve(m);
      });
      w.on('error', (e) => {
        throw e;
      });
    }
  }

  get size(): number {
    return this.workers.length;
  }

  request(worker: number, body: DistributiveOmit<WorkerRequest, 'id'>): Promise<WorkerResponse> {
    const id = this.nextId++;

    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      (this.workers[worker] as Worker).postMessage({ ...body, id });
    });
  }

  async cpuMs(): Promise<number> {
    const answers = await Promise.all(this.workers.map((_, i) => this.request(i, { type: 'cpu' })));

    return answers.reduce((sum, a) => sum + (a.type === 'cpu' ? a.cpuMs : 0), 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** `count` codes spread evenly over the sorted catalogue (every province is in a subset of any size ≥ 31). */
export function pickCounties(all: readonly string[], count: number): string[] {
  if (count <= 0 || count >= all.length) return [...all];

  return Array.from({ length: count }, (_, k) => all[Math.floor((k * all.length) / count)] as string);
}

/** A TypeORM DataSource as the writer's connection (it answers UPDATE/INSERT … RETURNING with [rows, count]). */
function dataSourceQueryable(dataSource: DataSource): Queryable {
  return {
    async query(text, values) {
      const result: unknown = await dataSource.query(text, values);
      if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
        return { rows: result[0] as unknown[], rowCount: result[1] };
      }

      return { rows: Array.isArray(result) ? (result as unknown[]) : [], rowCount: Array.isArray(result) ? result.length : 0 };
    },
  };
}

/** COPY … FROM STDIN on a pg Client through pg-copy-streams (loaded by name: it ships no types). */
async function copyInFor(client: Client): Promise<CopyIn> {
  const name = 'pg-copy-streams';
  const mod = (await import(name)) as { from?: unknown };
  if (typeof mod.from !== 'function') throw new Error('pg-copy-streams did not load');
  const from = mod.from as (sql: string) => unknown;

  return async (sql, lines) => {
    const stream = client.query(from(sql) as never) as unknown as Writable;
    async function* chunks() {
      for (let i = 0; i < lines.length; i += 2000) yield lines.slice(i, i + 2000).join('');
    }
    await pipeline(Readable.from(chunks()), stream);
  };
}

/**
 * What `--defer-index` drops before a bulk load and re-creates after it (PostgreSQL's "Populating a Database"
 * advice): report_value's secondary indexes, and its foreign key to report — checked per row, that trigger
 * costs more than the primary key (≈ 1.4 ms of PostgreSQL CPU per report), while re-adding it validates all
 * rows in one join.
 */
type Deferred = { name: string; drop: string; create: string };

async function listDeferrable(writer: Queryable): Promise<Deferred[]> {
  const indexes = (
    await writer.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'report_value' AND indexdef NOT LIKE '%UNIQUE%' AND indexname NOT LIKE '%pkey%'`)
  ).rows as { indexname: string; indexdef: string }[];
  const keys = (
    await writer.query(`SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = '"report_value"'::regclass AND contype = 'f'`)
  ).rows as { conname: string; def: string }[];

  return [
    ...indexes.map((i) => ({ name: i.indexname, drop: `DROP INDEX "${i.indexname}"`, create: i.indexdef })),
    ...keys.map((k) => ({ name: k.conname, drop: `ALTER TABLE "report_value" DROP CONSTRAINT "${k.conname}"`, create: `ALTER TABLE "report_value" ADD CONSTRAINT "${k.conname}" ${k.def}` })),
  ];
}

/** After a failed load: re-creates the deferred objects on a new connection, or says how to. */
async function restoreDeferred(url: string, deferred: readonly Deferred[], log: (line: string) => void): Promise<void> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    for (const d of deferred) await client.query(d.create);
    log(`re-created ${deferred.map((d) => d.name).join(', ')} after the failure`);
  } catch (error) {
    log(`could not re-create ${deferred.map((d) => d.name).join(', ')} (${error instanceof Error ? error.message : String(error)}); run:\n${deferred.map((d) => `  ${d.create};`).join('\n')}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function prepareDatabase(api: ApiDatabaseHelpers, url: string): Promise<void> {
  const dataSource = new DataSource(api.buildDataSourceOptions({ url, poolMax: 1, runMigrations: true, name: 'gongkai-bench' }));
  await dataSource.initialize();
  try {
    await api.seedRegionCatalogue(dataSource, api.loadRegionCatalogue());
  } finally {
    await dataSource.destroy();
  }
}

export async function runIngestBench(options: IngestBenchOptions): Promise<IngestBenchResult> {
  const machine = describeMachine();
  const all = NATIONAL_CATALOGUE.allCounties().map((r) => r.code);
  const codes = pickCounties(all, options.counties);
  const pool = new WorkerPool(options.workers);
  const api = await loadApiDatabaseHelpers();
  let embeddedDir: string | null = null;
  const admin = options.backend === 'postgres' ? new Client({ connectionString: `${options.serverUrl}/postgres` }) : null;
  if (admin) watchConnection(admin);
  try {
    // Phase 1 (not timed as ingest): generate every document in memory, on the workers.
    options.log(`generating ${codes.length} counties × ${options.years.length} years on ${pool.size} workers…`);
    const genCpu0 = await pool.cpuMs();
    const genStart = performance.now();
    const chunks: string[][] = [];
    for (let i = 0; i < codes.length; i += 25) chunks.push(codes.slice(i, i + 25));
    const docs: GeneratedDoc[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: pool.size }, async (_, w) => {
        while (next < chunks.length) {
          const chunk = chunks[next++] as string[];
          const answer = await pool.request(w, { type: 'generate', regionCodes: chunk, years: options.years, seed: options.seed, formats: FORMATS });
          if (answer.type === 'generate') docs.push(...answer.docs);
        }
      }),
    );
    const generate = { wallMs: performance.now() - genStart, cpuMs: (await pool.cpuMs()) - genCpu0 };
    const bytes = docs.reduce((s, d) => s + d.bytes.byteLength, 0);
    options.log(`generated ${docs.length} documents (${(bytes / 1e6).toFixed(1)} MB) in ${(generate.wallMs / 1000).toFixed(1)} s`);

    // Phase 2: a fresh, migrated, seeded database.
    let url = '';
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
    // Lanes: one writer connection each, batches chained per lane; lane 0 also runs the DDL and the checks.
    type Lane = { writer: Queryable; copyIn: CopyIn | null; connection: { error: () => Error | null }; close: () => Promise<void>; writing: Promise<void>; queued: number };
    const lanes: Lane[] = [];
    if (admin) {
      await prepareDatabase(api, url);
      for (let i = 0; i < Math.max(1, options.writers); i++) {
        const client = new Client({ connectionString: url });
        const connection = watchConnection(client);
        await client.connect();
        const copyIn = options.method === 'copy' ? await copyInFor(client) : null;
        lanes.push({ writer: client, copyIn, connection, close: () => client.end(), writing: Promise.resolve(), queued: 0 });
      }
    } else {
      // PGlite: exactly as the api opens it (openDatabase: pglite-socket, pool of one; a second client
      // connection is not served). The writer goes through the DataSource; no COPY there, so unnest().
      const opened = await api.openDatabase({ dataDir: embeddedDir as string, poolMax: 1, runMigrations: true, name: 'gongkai-bench' });
      await api.seedRegionCatalogue(opened.dataSource, api.loadRegionCatalogue());
      lanes.push({ writer: dataSourceQueryable(opened.dataSource), copyIn: null, connection: { error: () => null }, close: () => opened.dataSource.destroy(), writing: Promise.resolve(), queued: 0 });
    }
    const writer = (lanes[0] as Lane).writer;
    const copyIn = (lanes[0] as Lane).copyIn;
    const closeWriter = async () => {
      await Promise.all(lanes.map((l) => l.close()));
    };
    let dbPids: number[] = [];
    let writerPids: number[] = [];
    if (admin) {
      writerPids = await Promise.all(lanes.map(async (l) => ((await l.writer.query('SELECT pg_backend_pid() AS pid')).rows[0] as { pid: number }).pid));
      const aux = await writer.query(`SELECT pid FROM pg_stat_activity WHERE backend_type IN ('walwriter', 'checkpointer', 'background writer')`);
      dbPids = [...writerPids, ...(aux.rows as { pid: number }[]).map((r) => r.pid)];
    }
    const writersCpu = () => writerPids.reduce((s, p) => s + processCpuMs(p), 0);
    const dbCpu = () => dbPids.reduce((s, p) => s + processCpuMs(p), 0);

    // Phase 3 (timed): parse + validate + resolve on the workers, batches of rows stored on the main thread.
    options.log(`ingesting ${docs.length} documents (${options.workers} workers, ${options.batch} reports per transaction)…`);
    const groups = new Map<string, GeneratedDoc[]>();
    for (const d of docs) groups.set(d.regionCode, [...(groups.get(d.regionCode) ?? []), d]);
    const groupList = [...groups.values()];
    const stageWallMs = { parse: 0, resolve: 0, crossYear: 0, rows: 0, store: 0 };
    const rejected = new Map<string, number>();
    const totals: BatchOutcome = { reports: 0, superseded: 0, duplicates: 0, values: 0, issues: 0 };
    let batches = 0;
    const queue: { rows: ReportRows; bytes: Uint8Array }[] = [];
    const byFile = new Map(docs.map((d) => [d.fileName, d.bytes]));

    const workerCpu0 = await pool.cpuMs();
    const mainCpu0 = threadCpuMs();
    const dbCpu0 = dbCpu();
    const backendCpu0 = writersCpu();
    const start = performance.now();
    const deferred = options.deferIndex ? await listDeferrable(writer) : [];
    for (const d of deferred) await writer.query(d.drop);
    let indexMs = 0;
    let writeError: IngestInterruptedError | null = null;
    const flush = (all: boolean) => {
      while (queue.length >= options.batch || (all && queue.length > 0)) {
        const taken = takeBatch(queue, options.batch);
        // The lane with the fewest batches waiting.
        const lane = lanes.reduce((a, b) => (b.queued < a.queued ? b : a));
        lane.queued++;
        lane.writing = lane.writing.then(async () => {
          if (writeError) return;
          const t = performance.now();
          try {
            const outcome = await writeBatch(
              lane.writer,
              taken.map((q) => q.rows),
              taken.map((q) => q.bytes),
              lane.copyIn,
            );
            batches++;
            for (const k of Object.keys(totals) as (keyof BatchOutcome)[]) totals[k] += outcome[k];
          } catch (error) {
            // The connection's own error (e.g. "terminating connection due to administrator command") says more
            // than the query's ("Client has encountered a connection error and is not queryable").
            const cause = lane.connection.error() ?? error;
            const reason = cause instanceof Error ? cause.message : String(cause);
            writeError ??= new IngestInterruptedError(totals.reports + totals.duplicates, docs.length, batches + 1, reason);
          } finally {
            lane.queued--;
          }
          stageWallMs.store += performance.now() - t;
        });
      }
    };
    const allWritten = () => Promise.all(lanes.map((l) => l.writing)).then(() => undefined);
    let nextGroup = 0;
    let done = 0;
    await Promise.all(
      Array.from({ length: pool.size }, async (_, w) => {
        while (nextGroup < groupList.length && !writeError) {
          const group = groupList[nextGroup++] as GeneratedDoc[];
          const answer = await pool.request(w, { type: 'parse', docs: group.map((d) => ({ fileName: d.fileName, bytes: d.bytes })), valueEncoding: copyIn ? 'copy' : 'columns' });
          if (answer.type !== 'parse') continue;
          for (const k of Object.keys(answer.times) as (keyof StageTimes)[]) stageWallMs[k] += answer.times[k];
          for (const o of answer.outcomes) {
            if (o.ok) queue.push({ rows: o.rows, bytes: byFile.get(o.rows.fileName) as Uint8Array });
            else rejected.set(o.code, (rejected.get(o.code) ?? 0) + 1);
          }
          done += group.length;
          if (done % 2000 < group.length) options.log(`  ${done}/${docs.length} parsed`);
          flush(false);
          // Backpressure: parsing may run at most two batches per lane ahead of the writers.
          while (lanes.reduce((n, l) => n + l.queued, 0) > lanes.length * 2 && !writeError) await Promise.race(lanes.map((l) => l.writing));
        }
      }),
    );
    flush(true);
    await allWritten();
    if (writeError) {
      await closeWriter().catch(() => undefined);
      // Whatever the fault, the table gets its index and foreign key back (the batches stored are whole).
      if (deferred.length > 0) await restoreDeferred(url, deferred, options.log);
      throw writeError;
    }
    const indexStart = performance.now();
    for (const d of deferred) await writer.query(d.create);
    indexMs = performance.now() - indexStart;
    const wallMs = performance.now() - start;
    const mainCpuMs = threadCpuMs() - mainCpu0;
    const dbCpuMs = admin ? dbCpu() - dbCpu0 : null;
    const dbBackendCpuMs = admin ? writersCpu() - backendCpu0 : null;
    const workerCpuMs = (await pool.cpuMs()) - workerCpu0;

    const count = async (sql: string) => Number(((await writer.query(sql)).rows[0] as { n: string }).n);
    const check = {
      reports: await count(`SELECT count(*) AS n FROM "report"`),
      values: await count(`SELECT count(*) AS n FROM "report_value"`),
      issues: await count(`SELECT count(*) AS n FROM "validation_issue"`),
      reportsWithoutValues: await count(`SELECT count(*) AS n FROM "report" r WHERE NOT EXISTS (SELECT 1 FROM "report_value" v WHERE v."report_id" = r."id")`),
    };
    // VACUUM, not only ANALYZE: it sets the visibility map, without which the (metric_key, report_id) INCLUDE
    // index cannot answer index-only (an aggregate went from 3.1 s to 0.34 s on the national set).
    if (admin) await writer.query('VACUUM (ANALYZE)');
    await closeWriter();

    return {
      machine,
      loadEnd: loadavg()[0] ?? 0,
      options: { ...options, log: undefined } as unknown as Omit<IngestBenchOptions, 'log'>,
      counties: codes.length,
      allCounties: all.length,
      documents: docs.length,
      bytes,
      generate,
      ingest: {
        wallMs,
        stored: totals.reports,
        rejected,
        duplicates: totals.duplicates,
        values: totals.values,
        issues: totals.issues,
        workerCpuMs,
        mainCpuMs,
        dbCpuMs,
        dbBackendCpuMs,
        stageWallMs,
        batches,
        deferredIndexes: deferred.map((d) => d.name),
        indexMs,
      },
      check,
    };
  } finally {
    await pool.close();
    if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true });
    if (admin) {
      if (!options.keep && !options.resume) await admin.query(`DROP DATABASE IF EXISTS "${options.database}" WITH (FORCE)`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    }
  }
}

/** Up to `size` reports with no (issuer, year) twice (a report may supersede only one committed earlier). */
function takeBatch<T extends { rows: ReportRows }>(queue: T[], size: number): T[] {
  const seen = new Set<string>();
  const taken: T[] = [];
  for (let i = 0; i < queue.length && taken.length < size; ) {
    const item = queue[i] as T;
    const key = `${item.rows.regionCode}|${item.rows.normalizedIssuerName}|${item.rows.year}`;
    if (seen.has(key)) {
      i++;
      continue;
    }
    seen.add(key);
    taken.push(item);
    queue.splice(i, 1);
  }

  return taken;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function renderIngestMarkdown(results: readonly IngestBenchResult[], command: string): string {
  const out: string[] = ['## Bulk ingest', '', `Command (from the repository root, after \`npm run build\`): \`${command}\``, ''];
  for (const r of results) {
    const i = r.ingest;
    const docsPerS = (r.documents * 1000) / i.wallMs;
    const totalCpu = i.workerCpuMs + i.mainCpuMs + (i.dbCpuMs ?? 0);
    // What two otherwise idle cores would sustain: the work cannot finish faster than its CPU time spread
    // over both cores, nor faster than its busiest single thread (the main thread; the database backend).
    const bound = Math.max(totalCpu / 2, i.workerCpuMs / r.options.workers, i.mainCpuMs, i.dbCpuMs ?? 0);
    const stageSum = i.stageWallMs.parse + i.stageWallMs.resolve + i.stageWallMs.crossYear + i.stageWallMs.rows;
    const share = (ms: number) => (stageSum > 0 ? (i.workerCpuMs * ms) / stageSum : 0);
    out.push(
      `### ${r.options.backend === 'postgres' ? 'PostgreSQL (127.0.0.1:5432, fresh database)' : 'Embedded PostgreSQL (PGlite over pglite-socket)'}`,
      '',
      `${machineLine(r.machine)} Load average at the end: ${r.loadEnd.toFixed(2)}.${busyMachineNote(r.machine, 'Other work was running on the machine: wall-clock figures are inflated; the CPU columns are not.')}`,
      '',
      `Data set: ${fmt(r.counties)} of ${fmt(r.allCounties)} county-level divisions${r.counties < r.allCounties ? ' (spread evenly over the catalogue)' : ''} × ${r.options.years[0]}–${r.options.years.at(-1)}, seed ${r.options.seed}: ${fmt(r.documents)} documents (txt, html, docx in equal parts, ${(r.bytes / 1e6).toFixed(1)} MB), generated in memory before the timed phase (${(r.generate.wallMs / 1000).toFixed(1)} s wall, ${(r.generate.cpuMs / 1000).toFixed(1)} s CPU; not counted below). ${r.options.workers} worker threads parse; ${r.options.backend === 'postgres' ? `${r.options.writers} writer connection${r.options.writers === 1 ? '' : 's'}, ` : ''}${r.options.batch} reports per transaction; value rows by ${r.options.method === 'copy' ? '`COPY … FROM STDIN`' : '`INSERT … SELECT FROM unnest($arrays)`'}${r.options.deferIndex ? '; secondary index and foreign key of report_value dropped before and re-created after the load (`--defer-index`)' : ''}.`,
      '',
      markdownTable(
        ['measure', 'value'],
        [
          ['documents stored / rejected / duplicates', `${fmt(i.stored)} / ${fmt([...i.rejected.values()].reduce((a, b) => a + b, 0))}${i.rejected.size ? ` (${[...i.rejected].map(([k, n]) => `${k} ${n}`).join(', ')})` : ''} / ${fmt(i.duplicates)}`],
          ['value rows / validation issues', `${fmt(i.values)} / ${fmt(i.issues)}`],
          ['wall time', `${(i.wallMs / 1000).toFixed(1)} s`],
          ['**documents/s, wall**', `**${fmt(docsPerS, 1)}**`],
          ['CPU: worker threads (parse, validate, resolve, rows)', `${(i.workerCpuMs / 1000).toFixed(1)} s (${(i.workerCpuMs / r.documents).toFixed(2)} ms/doc)`],
          [`CPU: main thread (batching, pg driver${r.options.backend === 'embedded' ? ', and PGlite itself' : ''})`, `${(i.mainCpuMs / 1000).toFixed(1)} s (${(i.mainCpuMs / r.documents).toFixed(2)} ms/doc)`],
          ['CPU: PostgreSQL (writer backends + walwriter, checkpointer, bgwriter)', i.dbCpuMs === null ? 'in the main thread (PGlite is in-process)' : `${(i.dbCpuMs / 1000).toFixed(1)} s (${(i.dbCpuMs / r.documents).toFixed(2)} ms/doc; the writers' backends alone ${((i.dbBackendCpuMs ?? 0) / r.documents).toFixed(2)} ms/doc)`],
          ['CPU total', `${(totalCpu / 1000).toFixed(1)} s (${(totalCpu / r.documents).toFixed(2)} ms/doc)`],
          ['**documents/s on 2 idle cores (CPU-derived estimate)**', `**${fmt((r.documents * 1000) / bound, 0)}**`],
          ['store: wall time in transactions (summed over the writers)', `${(i.stageWallMs.store / 1000).toFixed(1)} s over ${fmt(i.batches)} transactions`],
          ...(i.deferredIndexes.length
            ? [[`deferred index and foreign key re-created after the load (${i.deferredIndexes.join(', ')})`, `${(i.indexMs / 1000).toFixed(1)} s wall (in the totals above)`]]
            : []),
          ['check: reports / values / issues in the database; reports without values', `${fmt(r.check.reports)} / ${fmt(r.check.values)} / ${fmt(r.check.issues)}; ${r.check.reportsWithoutValues}`],
        ],
      ),
      '',
      'Split of the worker CPU by stage (wall-time shares inside the workers applied to their thread CPU):',
      '',
      markdownTable(
        ['stage', 'CPU ms/doc', 'share of all CPU'],
        [
          ['parse (extract, locate, map, describe, validate)', (share(i.stageWallMs.parse) / r.documents).toFixed(2), pct(share(i.stageWallMs.parse), totalCpu)],
          ['resolve region', (share(i.stageWallMs.resolve) / r.documents).toFixed(2), pct(share(i.stageWallMs.resolve), totalCpu)],
          ['cross-year rules', (share(i.stageWallMs.crossYear) / r.documents).toFixed(3), pct(share(i.stageWallMs.crossYear), totalCpu)],
          ['rows (hash, JSON, array literals)', (share(i.stageWallMs.rows) / r.documents).toFixed(2), pct(share(i.stageWallMs.rows), totalCpu)],
          ['store: main thread', (i.mainCpuMs / r.documents).toFixed(2), pct(i.mainCpuMs, totalCpu)],
          ...(i.dbCpuMs === null ? [] : [['store: PostgreSQL', (i.dbCpuMs / r.documents).toFixed(2), pct(i.dbCpuMs, totalCpu)]]),
        ],
      ),
      '',
    );
  }
  out.push(
    'How: `tools/bench/src/ingest.bench.ts`. Documents are generated by `@gongkai/sample-corpus` for the chosen county-level divisions of `@gongkai/regions`. Worker threads run the api\'s pipeline — `parseReportSync` (the same stages as the api\'s `parseReport` for txt/html/docx), `resolveRegion` with the hints the api passes, the cross-year rules — and map each report to rows exactly as `IngestionService` does (`ingest-rows.ts`). The workers also write each report\'s `report_value` rows as COPY text under a time-ordered (UUIDv7) report id. The main thread writes batches over `--writers` connections (2 by default: PostgreSQL can then use both cores while the parse workers wait), one transaction per batch: the documents as one multi-row `INSERT` (bytea as binary parameters), one `INSERT … SELECT FROM unnest($arrays)` for issuer, report and validation_issue, and `report_value` by `COPY … FROM STDIN` (text format) unless `--method unnest` (`ingest-store.ts`): same-bytes de-duplication, issuer upsert (locked in a fixed order, so writers cannot deadlock) and supersede as in the api, whole batch or nothing. With `--defer-index`, report_value\'s secondary index and its foreign key to report are dropped before the load and re-created after it, inside the timed phase (re-adding the key validates every row in one join; an interrupted load re-creates them too). Thread CPU is read from `/proc/thread-self/stat` (10 ms resolution), PostgreSQL CPU from `/proc/<pid>/stat` of the writers\' backends and the WAL writer, checkpointer and background writer (other databases on the server may add to the last three). The *2 idle cores* estimate is documents ÷ max(total CPU ÷ 2, worker CPU per worker, main-thread CPU, PostgreSQL CPU).',
    '',
    'Cross-year rules see the neighbours in the same county group only (a county\'s seven years go to one worker together), which is complete for a fresh load; the api\'s per-document path also reads neighbours from the database.',
  );

  return `${out.join('\n')}\n`;
}

function pct(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(0)} %` : '–';
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
    else if (arg === '--defer-index') options.deferIndex = true;
    else if (arg === '--writers') options.writers = Math.min(8, Math.max(1, Number(argv[++i]) || 1));
    else if (arg === '--counties') options.counties = int();
    else if (arg === '--workers') options.workers = Math.max(1, int());
    else if (arg === '--batch') options.batch = Math.max(1, int());
    else if (arg === '--seed') options.seed = int();
    else if (arg === '--method') {
      const m = value();
      if (m !== 'copy' && m !== 'unnest') throw new Error('--method is copy or unnest');
      options.method = m;
    }
    else if (arg === '--database') options.database = value();
    else if (arg === '--server') options.serverUrl = value().replace(/\/+$/, '');
    else if (arg === '--backend') {
      const b = value();
      backends = b === 'both' ? ['postgres', 'embedded'] : b === 'postgres' || b === 'embedded' ? [b] : [];
      if (backends.length === 0) throw new Error('--backend is postgres, embedded or both');
    } else throw new Error(`unknown argument ${arg}`);
  }

  return { options, backends, write };
}

export const INGEST_USAGE = `  ingest    bulk ingest of a generated national data set into PostgreSQL and/or PGlite
            --backend postgres|embedded|both (postgres)  --counties <n> (0 = all)  --workers <n> (2)
            --batch <reports per transaction> (100)  --method copy|unnest (copy)  --defer-index  --writers <n> (2)  --server <postgres://…> (${DEFAULT_INGEST_OPTIONS.serverUrl})
            --database <name> (${DEFAULT_INGEST_OPTIONS.database})  --keep (keep the database for query/load)
            --resume (ingest into the existing database: re-run after a fault; duplicates are skipped)`;

export async function runIngestCommand(argv: readonly string[], log: (line: string) => void): Promise<{ markdown: string; write: boolean }> {
  const { options, backends, write } = parseIngestArgs(argv);
  const results: IngestBenchResult[] = [];
  for (const backend of backends) {
    // PGlite is reached through the api's DataSource, which has no COPY: values go by unnest() there.
    const method = backend === 'embedded' ? 'unnest' : options.method;
    results.push(await runIngestBench({ ...options, backend, method, keep: options.keep && backend === 'postgres', log }));
  }
  const command = ['npm run bench --', ...argv.filter((a) => a !== '--write'), '--write'].join(' ');

  return { markdown: renderIngestMarkdown(results, command), write };
}
