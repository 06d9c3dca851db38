/**
 * The one small query interface the report store writes through. pg's Client and PoolClient satisfy it, and so
 * does PGlite (served over the wire protocol through the same pg driver). Statements that must say what they
 * changed use RETURNING, so nothing depends on a driver's row count.
 */
export type Queryable = {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
};

/** `COPY … FROM STDIN` with the data as text-format lines, on the same connection as the transaction. */
/** COPY … FROM STDIN of the given chunks of COPY text (strings, or their UTF-8 bytes). */
export type CopyIn = (sql: string, chunks: readonly (string | Uint8Array)[]) => Promise<void>;

/** One connection taken from a pool for a transaction or a batch lane; release() gives it back. */
export type Lease = {
  client: Queryable;
  copyIn: CopyIn | null;
  release(): void;
  /** The connection's own first error, if it broke (says more than the next query's "not queryable"). */
  connectionError?: () => Error | null;
};

/**
 * Where the store gets its connections: `capacity` writers at most (1 on the embedded database, whose one
 * session serves one client at a time).
 */
export type ConnectionSource = {
  readonly capacity: number;
  acquire(): Promise<Lease>;
};

/** Runs `fn` in one transaction on `client`: whole or nothing. */
export async function inTransaction<T>(client: Queryable, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await fn();
    await client.query('COMMIT');

    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Takes a connection, runs `fn` in one transaction on it, gives it back. */
export async function withTransaction<T>(source: ConnectionSource, fn: (client: Queryable, copyIn: CopyIn | null) => Promise<T>): Promise<T> {
  const lease = await source.acquire();
  try {
    return await inTransaction(lease.client, () => fn(lease.client, lease.copyIn));
  } finally {
    lease.release();
  }
}

/** Single statements on connections taken and given back one query at a time (no transaction). */
export function poolConnectionsQuery(source: ConnectionSource): Queryable {
  return {
    async query(text, values) {
      const lease = await source.acquire();
      try {
        return await lease.client.query(text, values);
      } finally {
        lease.release();
      }
    },
  };
}
