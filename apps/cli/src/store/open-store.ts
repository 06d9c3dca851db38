import { resolve } from 'node:path';

import {
  type ConnectionSource,
  type DataDirOwner,
  DEFAULT_DATA_DIR,
  DataDirLockedError,
  embeddedConnections,
  loadRegionCatalogue,
  openDatabase,
  readDataDirOwner,
  seedRegionCatalogue,
} from '@gongkai/database';

import { EXIT } from '../exit-codes';
import { type CliIo } from '../io';
import { RunningApi, RunningApiError } from './running-api';

/** Where a command's writes go: straight into the database, or through the api that owns it. */
export type StoreTarget =
  | {
      kind: 'database';
      connections: ConnectionSource;
      /** 'embedded PostgreSQL (PGlite, /path)' or 'PostgreSQL (host/db)'. */
      description: string;
      embedded: boolean;
      close(): Promise<void>;
    }
  | { kind: 'api'; api: RunningApi; owner: DataDirOwner; description: string; close(): Promise<void> };

/** The folder is held by a process we cannot send work to (another command, a starting api). */
export class StoreBusyError extends Error {
  constructor(
    readonly owner: DataDirOwner,
    readonly dataDir: string,
    readonly messageZh: string,
  ) {
    super(
      `The embedded database ${dataDir} is in use by process ${owner.pid} (${owner.kind}: ${owner.command}, since ${owner.startedAt}). ` +
        (owner.kind === 'api' ? 'The server is still starting: try again in a moment.' : 'Wait for it to finish, or use another DATA_DIR.'),
    );
    this.name = 'StoreBusyError';
  }
}

/**
 * Opens the store the way the api does (DATABASE_URL or --database-url, else embedded PGlite in DATA_DIR),
 * migrated and seeded. An embedded folder has one owner: when a running api owns it, the command's work is
 * sent through that api (so it lands in the database the server serves, instead of a copy that vanishes);
 * when another command owns it, StoreBusyError says who and what to do. A dead owner's lock is taken over.
 */
export async function openStore(env: Record<string, string | undefined>, options: { databaseUrl?: string; command: string; writers?: number }): Promise<StoreTarget> {
  const databaseUrl = options.databaseUrl?.trim() || env['DATABASE_URL']?.trim() || undefined;
  const dataDir = resolve(env['DATA_DIR'] || DEFAULT_DATA_DIR);
  if (!databaseUrl && !dataDir.startsWith('memory:')) {
    const owner = readDataDirOwner(dataDir);
    if (owner) return throughOwner(owner, dataDir);
  }
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase({
      databaseUrl,
      dataDir: env['DATA_DIR'] || DEFAULT_DATA_DIR,
      // A writer per core and one for reads between batches.
      poolMax: Math.max(2, (options.writers ?? 2) + 1),
      runMigrations: true,
      name: 'gongkai-cli',
      owner: { kind: 'cli', command: options.command },
    });
  } catch (error) {
    // Lost the race to an owner that started a moment ago.
    if (error instanceof DataDirLockedError) return throughOwner(error.owner, dataDir);
    throw error;
  }
  try {
    await seedRegionCatalogue(db.dataSource, loadRegionCatalogue());
  } catch (error) {
    await db.dataSource.destroy();
    throw error;
  }

  // The command is the embedded database's only user: it writes through PGlite's own API (COPY from a blob),
  // not over the socket (see embeddedConnections).
  const connections = db.embedded ? embeddedConnections(db.embedded.db) : db.connections;

  return { kind: 'database', connections, description: db.description, embedded: db.embedded !== null, close: () => db.dataSource.destroy() };
}

function throughOwner(owner: DataDirOwner, dataDir: string): StoreTarget {
  if (owner.kind !== 'api' || !owner.httpUrl || !owner.localSecret) {
    throw new StoreBusyError(
      owner,
      dataDir,
      `内嵌数据库 ${dataDir} 正被进程 ${owner.pid}（${owner.kind === 'api' ? '服务器正在启动' : owner.command}，始于 ${owner.startedAt}）使用。` +
        (owner.kind === 'api' ? '请稍后再试。' : '请等待其结束，或使用另一个 DATA_DIR。'),
    );
  }

  return {
    kind: 'api',
    api: new RunningApi(owner.httpUrl, owner.localSecret),
    owner,
    description: `the running api at ${owner.httpUrl} (process ${owner.pid}), which owns the embedded database ${dataDir}`,
    close: async () => undefined,
  };
}

/** An error the user can act on (printed in Chinese and English, exit USAGE), as opposed to an internal failure. */
type UsageError = Error & { messageZh: string };

/**
 * Runs a command's work against the store openStore picks, with the exit codes every store command shares:
 * a busy folder or a refusal by the running api (or one of the command's own `usageErrors`) is USAGE with the
 * Chinese and English words; anything else is INTERNAL. The store is closed whatever happens.
 */
export async function withStore(
  io: CliIo,
  options: { databaseUrl?: string; command: string; writers?: number; usageErrors?: ReadonlyArray<new (...args: never[]) => UsageError> },
  work: (store: StoreTarget) => Promise<void>,
): Promise<void> {
  let store: StoreTarget;
  try {
    store = await openStore(process.env, options);
  } catch (error) {
    if (error instanceof StoreBusyError) {
      io.stderr(`${error.messageZh}\n${error.message}\n`);
      io.exitCode = EXIT.USAGE;

      return;
    }
    io.stderr(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}\n`);
    io.exitCode = EXIT.INTERNAL;

    return;
  }
  try {
    await work(store);
  } catch (error) {
    const usage = [RunningApiError, ...(options.usageErrors ?? [])].some((kind) => error instanceof kind);
    if (usage) {
      io.stderr(`${(error as UsageError).messageZh} ${(error as Error).message}\n`);
      io.exitCode = EXIT.USAGE;
    } else {
      io.stderr(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      io.exitCode = EXIT.INTERNAL;
    }
  } finally {
    await store.close();
  }
}
