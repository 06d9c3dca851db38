import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

import { type DataDirLock, type DataDirOwner, acquireDataDirLock } from './data-dir-lock';

export type EmbeddedPostgres = {
  /** postgres://… URL of the in-process wire-protocol server on 127.0.0.1 (random port). */
  url: string;
  dataDir: string;
  /** The folder's owner lock (null for memory://). */
  lock: DataDirLock | null;
  /** The PGlite instance itself, for a caller that is its only user (see embeddedConnections). */
  db: PGlite;
  stop(): Promise<void>;
};

/**
 * Embedded PostgreSQL: PGlite (PostgreSQL compiled to WASM) served in-process over the wire protocol, so the
 * app talks to it through the real `pg` driver exactly as to a server (TOOLCHAIN §4, fix B). PGlite is one
 * session; the caller must use a pool of one connection. `memory://` keeps the data in RAM (tests).
 *
 * A data folder has one owner at a time: a second process opening it would get its own copy of the database
 * in memory, and whatever it wrote would be lost when either closed. The owner lock (data-dir-lock.ts) is
 * taken before PGlite opens the folder; DataDirLockedError names the live owner.
 */
export async function startEmbeddedPostgres(dataDir: string, owner: { kind: DataDirOwner['kind']; command?: string } = { kind: 'cli' }): Promise<EmbeddedPostgres> {
  const isMemory = dataDir.startsWith('memory://');
  const location = isMemory ? dataDir : resolve(dataDir);
  // PGlite does not create missing parent folders (TOOLCHAIN §4.3).
  if (!isMemory) mkdirSync(location, { recursive: true });
  const lock = isMemory ? null : acquireDataDirLock(location, owner);

  let db: PGlite;
  try {
    db = await PGlite.create(location);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    lock?.release();
    throw error;
  }
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  let stopped = false;

  return {
    url: `postgres://postgres@${conn}/postgres`,
    dataDir: location,
    lock,
    db,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await server.stop();
        // Closing flushes the WASM file system to disk, so a clean shutdown never loses committed rows.
        await db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
