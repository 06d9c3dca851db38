import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedPostgres = {
  /** postgres://… URL of the in-process wire-protocol server on 127.0.0.1 (random port). */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
};

/**
 * Embedded PostgreSQL: PGlite (PostgreSQL compiled to WASM) served in-process over the wire protocol, so the
 * app talks to it through the real `pg` driver exactly as to a server (TOOLCHAIN §4, fix B). PGlite is one
 * session; the caller must use a pool of one connection. `memory://` keeps the data in RAM (tests).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const isMemory = dataDir.startsWith('memory://');
  const location = isMemory ? dataDir : resolve(dataDir);
  // PGlite does not create missing parent folders (TOOLCHAIN §4.3).
  if (!isMemory) mkdirSync(location, { recursive: true });

  const db = await PGlite.create(location);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  let stopped = false;

  return {
    url: `postgres://postgres@${conn}/postgres`,
    dataDir: location,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // Closing flushes the WASM file system to disk, so a clean shutdown never loses committed rows.
      await db.close();
    },
  };
}
