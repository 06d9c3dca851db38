import { type PGlite } from '@electric-sql/pglite';
import { type PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, type DataSourceOptions } from 'typeorm';

import { type DataDirOwner } from './data-dir-lock';
import { buildDataSourceOptions } from './data-source-options';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { installPgTypeParsers } from './pg-type-parsers';
import { type ConnectionSource, type CopyIn, type Lease, type Queryable } from './queryable';

export type OpenDatabaseInput = {
  /** Real PostgreSQL when set; otherwise embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  poolMax: number;
  runMigrations: boolean;
  name?: string;
  entities?: DataSourceOptions['entities'];
  /** Who opens an embedded folder (recorded in its owner lock). */
  owner?: { kind: DataDirOwner['kind']; command?: string };
};

export type OpenedDatabase = {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | null;
  /** Which backend, for logs: 'embedded PostgreSQL (PGlite, /path)' or 'PostgreSQL (host/db)'. */
  description: string;
  /** The store's connections: the DataSource's pool (one on the embedded database). */
  connections: ConnectionSource;
};

/**
 * Opens the database for the api and the CLI alike: the real server with DATABASE_URL, else embedded PGlite
 * through pglite-socket with a pool of one (and the folder's owner lock). Migrations run here when asked.
 * Destroying the DataSource also stops the embedded server (so Nest's shutdown hook closes PGlite cleanly).
 */
export async function openDatabase(input: OpenDatabaseInput): Promise<OpenedDatabase> {
  installPgTypeParsers();
  // An empty DATABASE_URL (as a shell or a .env file leaves it) means: none.
  const databaseUrl = input.databaseUrl?.trim() || undefined;
  const embedded = databaseUrl ? null : await startEmbeddedPostgres(input.dataDir, input.owner);
  const url = databaseUrl ?? (embedded as EmbeddedPostgres).url;
  const poolMax = embedded ? 1 : input.poolMax;
  const dataSource = new DataSource(
    buildDataSourceOptions({ url, poolMax, runMigrations: input.runMigrations, name: input.name, entities: input.entities }),
  );
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  if (embedded) {
    const destroy = dataSource.destroy.bind(dataSource);
    dataSource.destroy = async () => {
      try {
        if (dataSource.isInitialized) await destroy();
      } finally {
        await embedded.stop();
      }
    };
  }

  return {
    dataSource,
    embedded,
    description: embedded ? `embedded PostgreSQL (PGlite, ${embedded.dataDir})` : `PostgreSQL (${redactUrl(url)})`,
    // COPY FROM STDIN over pglite-socket loses the protocol's synchronisation: multi-row inserts there.
    connections: poolConnections(dataSource, poolMax, !embedded),
  };
}

/**
 * Connections from a TypeORM DataSource's pg pool, as the store's ConnectionSource. A query runner hands out
 * the pool's own pg PoolClient, so the store talks pg directly (COPY included) inside TypeORM's pool limits.
 */
export function poolConnections(dataSource: DataSource, capacity: number, copy: boolean): ConnectionSource {
  return {
    capacity,
    async acquire(): Promise<Lease> {
      const runner = dataSource.createQueryRunner('master');
      const client = (await runner.connect()) as PoolClient;
      // pg-pool listens for errors of idle clients only: a server that goes away while a lease is held (a
      // batch writer between its transactions) would emit an unhandled 'error' and end the process. The next
      // query on the client fails instead, and the store reports the interruption.
      let broken: Error | null = null;
      const onError = (error: Error) => {
        broken ??= error;
      };
      client.on('error', onError);

      return {
        client,
        copyIn: copy ? copyInFor(client) : null,
        connectionError: () => broken,
        release: () => {
          client.removeListener('error', onError);
          void runner.release();
        },
      };
    },
  };
}

/** COPY … FROM STDIN on a pg client through pg-copy-streams. */
export function copyInFor(client: PoolClient): CopyIn {
  return async (sql, chunks) => {
    // copyFrom builds a Submittable that pg runs on this connection: a writable stream of COPY data.
    const stream = client.query(copyFrom(sql));
    await new Promise<void>((resolvePromise, reject) => {
      // After an error pg-copy-streams drops its connection: writing once more (a pending 'drain') would
      // throw outside this promise and end the process.
      let failed = false;
      stream.on('error', (error) => {
        failed = true;
        reject(error);
      });
      stream.on('finish', () => resolvePromise());
      let i = 0;
      const write = () => {
        if (failed || stream.destroyed) return;
        while (i < chunks.length) {
          const ok = stream.write(chunks[i++] as string | Uint8Array);
          if (!ok) {
            stream.once('drain', write);

            return;
          }
        }
        stream.end();
      };
      write();
    });
  };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';

    return `${u.host}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * The embedded database straight through PGlite's own API, bypassing the wire protocol, with COPY from a
 * blob: several times faster for bulk writes than the pool (measured: 100,000 rows by COPY 0.48 s, by unnest
 * 2.4 s). One lease at a time. Only for a process that uses nothing else on this database meanwhile (the
 * CLI's batch ingest): PGlite has one session, and statements over the socket would interleave with the
 * lease's transaction.
 */
export function embeddedConnections(db: PGlite): ConnectionSource {
  let queue: Promise<void> = Promise.resolve();
  const client: Queryable = {
    query: async (text, values) => {
      let sql = text;
      const params = values?.map((v, i) => {
        // PGlite serialises a JS array only for the built-in array types it knows; an enum array
        // ($n::severity_enum[]) would arrive malformed. Arrays go as array literals, cast by the server.
        if (Array.isArray(v)) return arrayLiteral(v);
        // Its bytea serialiser costs ≈ 12 ms for a 25 KB document (measured); hex text decoded by the server, 1.5 ms.
        if (v instanceof Uint8Array && sql.includes(`$${i + 1}::bytea`)) {
          sql = sql.split(`$${i + 1}::bytea`).join(`decode($${i + 1}::text, 'hex')`);

          return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex');
        }

        return v;
      });

      return { rows: (await db.query(sql, params)).rows };
    },
  };
  const copyIn: CopyIn = async (sql, chunks) => {
    await db.query(sql.replace(/FROM STDIN$/, "FROM '/dev/blob'"), [], { blob: new Blob(chunks as (string | Uint8Array)[]) });
  };

  return {
    capacity: 1,
    async acquire(): Promise<Lease> {
      let release: () => void = () => undefined;
      const previous = queue;
      queue = new Promise<void>((resolvePromise) => (release = resolvePromise));
      await previous;

      return { client, copyIn, release };
    },
  };
}

/** A one-dimensional PostgreSQL array literal, every element quoted, NULL for null. */
export function arrayLiteral(items: readonly unknown[]): string {
  return `{${items.map((v) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

/** Where the embedded database lives when DATA_DIR is not set (the api and the CLI agree on it). */
export const DEFAULT_DATA_DIR = './data/pglite';
