import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

import { DataDirLockedError, acquireDataDirLock, lockPathOf, readDataDirOwner } from './data-dir-lock';

describe('the embedded database owner lock', () => {
  let root: string;
  let dataDir: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'gongkai-lock-'));
    dataDir = join(root, 'pglite');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives the folder to one owner, names it to the next, and frees it on release', () => {
    const lock = acquireDataDirLock(dataDir, { kind: 'api', command: 'node apps/api/dist/main.js' });
    expect(statSync(lock.path).mode & 0o777).toBe(0o600);
    expect(readDataDirOwner(dataDir)).toMatchObject({ pid: process.pid, kind: 'api' });

    let refused: unknown;
    try {
      acquireDataDirLock(dataDir, { kind: 'cli' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as DataDirLockedError).owner).toMatchObject({ pid: process.pid, kind: 'api', command: 'node apps/api/dist/main.js' });

    lock.update({ httpUrl: 'http://127.0.0.1:1234', localSecret: 's3cret' });
    expect(readDataDirOwner(dataDir)).toMatchObject({ httpUrl: 'http://127.0.0.1:1234', localSecret: 's3cret' });
    lock.release();
    expect(existsSync(lockPathOf(dataDir))).toBe(false);
    acquireDataDirLock(dataDir, { kind: 'cli' }).release();
  });

  it('takes over the lock of a process that was killed', () => {
    // A real process that took the lock and died without releasing it (SIGKILL: no exit handlers run).
    const child = spawnSync(process.execPath, ['-e', `require('node:fs').writeFileSync(${JSON.stringify(lockPathOf(dataDir))}, JSON.stringify({ pid: process.pid, hostname: require('node:os').hostname(), processStart: null, startedAt: new Date().toISOString(), kind: 'api', command: 'killed api', httpUrl: 'http://127.0.0.1:9', localSecret: 'x' })); process.kill(process.pid, 'SIGKILL')`]);
    expect(child.signal).toBe('SIGKILL');
    expect(readDataDirOwner(dataDir)).toBeNull();

    const lock = acquireDataDirLock(dataDir, { kind: 'cli' });
    expect(lock.tookOverFrom).toMatchObject({ pid: child.pid, command: 'killed api' });
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid, kind: 'cli' });
    lock.release();
  });

  it('tells a reused pid from the owner that wrote the lock (another start time)', () => {
    writeFileSync(lockPathOf(dataDir), JSON.stringify({ pid: process.pid, hostname: hostname(), processStart: '1', startedAt: '2020-01-01T00:00:00Z', kind: 'api', command: 'old', httpUrl: null, localSecret: null }));
    const lock = acquireDataDirLock(dataDir, { kind: 'cli' });
    expect(lock.tookOverFrom).toMatchObject({ command: 'old' });
    lock.release();
  });

  it('takes over a torn lock file', () => {
    writeFileSync(lockPathOf(dataDir), '{"pid": 12');
    const lock = acquireDataDirLock(dataDir, { kind: 'cli' });
    expect(lock.owner.pid).toBe(process.pid);
    lock.release();
  });
});
