import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** Who owns an embedded database folder. Written as JSON beside the folder (`<folder>.owner.json`, mode 0600). */
export type DataDirOwner = {
  pid: number;
  hostname: string;
  /** Start time of the process in clock ticks since boot (/proc/<pid>/stat field 22): tells a reused pid apart. */
  processStart: string | null;
  startedAt: string;
  /** 'api' (the server), 'cli' (a gongkai command) or 'bench'. */
  kind: 'api' | 'cli' | 'bench';
  /** The command line, for the message another process shows. */
  command: string;
  /** Set by the api once it listens: where a CLI sends its work instead. */
  httpUrl: string | null;
  /**
   * Set by the api: an admin credential that only a process able to read this file (same user, mode 0600)
   * can present, over loopback. The CLI uses it to write through the running server.
   */
  localSecret: string | null;
};

/** Another live process owns the folder. */
export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';

  constructor(
    readonly dataDir: string,
    readonly owner: DataDirOwner,
  ) {
    super(
      `The embedded database ${dataDir} is in use by process ${owner.pid} (${owner.kind}: ${owner.command}, since ${owner.startedAt}${owner.httpUrl ? `, serving ${owner.httpUrl}` : ''})`,
    );
    this.name = 'DataDirLockedError';
  }
}

export type DataDirLock = {
  readonly path: string;
  readonly owner: DataDirOwner;
  /** Adds what the owner learns later (the api's URL) to the lock file. */
  update(patch: Partial<Pick<DataDirOwner, 'httpUrl' | 'localSecret'>>): void;
  release(): void;
  /** A stale lock of a dead process that this one took over, for the log. */
  readonly tookOverFrom: DataDirOwner | null;
};

export function lockPathOf(dataDir: string): string {
  return join(dirname(dataDir), `${basename(dataDir)}.owner.json`);
}

/** The current owner of a folder, or null when nobody (alive) holds it. */
export function readDataDirOwner(dataDir: string): DataDirOwner | null {
  const owner = readOwnerFile(lockPathOf(dataDir));

  return owner && isAlive(owner) ? owner : null;
}

/**
 * Takes the folder for this process, atomically (the file is created with O_EXCL). A lock whose process is
 * gone (killed, crashed, or its pid reused by another program) is taken over; a live owner makes it throw
 * DataDirLockedError, which names the owner.
 */
export function acquireDataDirLock(dataDir: string, who: { kind: DataDirOwner['kind']; command?: string }): DataDirLock {
  const path = lockPathOf(dataDir);
  const owner: DataDirOwner = {
    pid: process.pid,
    hostname: hostname(),
    processStart: processStartOf(process.pid),
    startedAt: new Date().toISOString(),
    kind: who.kind,
    command: who.command ?? process.argv.slice(1).join(' '),
    httpUrl: null,
    localSecret: null,
  };
  let tookOverFrom: DataDirOwner | null = null;
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(owner), { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
    }
    const current = readOwnerFile(path);
    if (current && isAlive(current)) throw new DataDirLockedError(dataDir, current);
    // Stale: rename it away first, so that of two processes taking over at once only one unlinks the file
    // the other just created.
    const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      renameSync(path, aside);
      unlinkSync(aside);
    } catch {
      // Another process moved it first; try again.
    }
    tookOverFrom = current;
  }
  let held = true;
  const onExit = () => release();
  process.once('exit', onExit);
  function release() {
    if (!held) return;
    held = false;
    process.removeListener('exit', onExit);
    const current = readOwnerFile(path);
    if (current && current.pid === owner.pid && current.startedAt === owner.startedAt) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone.
      }
    }
  }

  return {
    path,
    owner,
    tookOverFrom,
    update(patch) {
      Object.assign(owner, patch);
      // Write-then-rename: a reader never sees half a file.
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(owner), { mode: 0o600 });
      renameSync(tmp, path);
    },
    release,
  };
}

function readOwnerFile(path: string): DataDirOwner | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as DataDirOwner;

    return typeof parsed.pid === 'number' ? parsed : null;
  } catch {
    // A torn or foreign file: nobody can be shown as its owner; treat as stale.
    return null;
  }
}

/** Alive = same host, the pid exists, and (where /proc tells) it is the same process that wrote the lock. */
function isAlive(owner: DataDirOwner): boolean {
  if (owner.hostname !== hostname()) return true; // A lock from another machine (shared folder): never take it over.
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStartOf(owner.pid);

  return owner.processStart === null || start === null || start === owner.processStart;
}

function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) may contain spaces and parentheses: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');

    return fields[19] ?? null;
  } catch {
    return null;
  }
}
