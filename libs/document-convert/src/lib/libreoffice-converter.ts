import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';

import { MAX_INPUT_BYTES } from '@gongkai/report-parser';

import { ConvertError } from './convert-error';
import { type ConvertCallOptions, type ConvertedDocument, type DocumentConverter } from './document-converter';
import { Limiter } from './limiter';
import { EXTENSIONS, type OfficeFormat } from './office-format';

export type LibreOfficeOptions = {
  /** The soffice executable: a name looked up on PATH, or a path (default `soffice`). */
  soffice?: string;
  /** The PATH soffice is looked up on and runs with (default: this process's). */
  path?: string;
  /** Per conversion, in ms from the start of LibreOffice; the process group is killed at it. */
  timeoutMs?: number;
  /** How long a call waits for a free slot before it answers CONVERT_TIMEOUT, in ms (a call may ask otherwise). */
  maxWaitMs?: number;
  /** Address-space limit of the LibreOffice processes, in MiB (`ulimit -v`). */
  memoryMb?: number;
  /** Conversions at once (each is a LibreOffice process of ~200 MB). */
  concurrency?: number;
  /** Where the per-call folders (profile, input, output) are made (default: the OS temp folder). */
  tmpDir?: string;
};

// Waiting and running together stay under the api's default request time limit (60 s): an upload never hangs.
export const DEFAULT_LIBREOFFICE_OPTIONS = { timeoutMs: 40_000, maxWaitMs: 15_000, memoryMb: 1536, concurrency: Math.max(1, Math.min(2, availableParallelism() - 1)) } as const;

const STDERR_KEEP = 4000;

/**
 * The profile LibreOffice starts with in each call's private folder: no network (every Internet access goes to a
 * closed local port, in case the network namespace below is not available), no macros, no update checks, no
 * recovery files. Linked images or OLE links of a hostile document therefore fetch nothing.
 */
const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetProxyType" oor:op="fuse"><value>2</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetHTTPProxyName" oor:op="fuse"><value>127.0.0.1</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetHTTPProxyPort" oor:op="fuse"><value>9</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetHTTPSProxyName" oor:op="fuse"><value>127.0.0.1</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetHTTPSProxyPort" oor:op="fuse"><value>9</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetFTPProxyName" oor:op="fuse"><value>127.0.0.1</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetFTPProxyPort" oor:op="fuse"><value>9</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetNoProxy" oor:op="fuse"><value></value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Recovery/AutoSave"><prop oor:name="Enabled" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Recovery/RecoveryInfo"><prop oor:name="Enabled" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`;

/**
 * Legacy and other office documents → .docx by LibreOffice headless (`soffice --convert-to docx:"MS Word 2007
 * XML"`), one subprocess a call: a private profile folder, no network (a network namespace where the kernel lets
 * us make one, and a profile that points every Internet access at a closed port), an address-space limit, a time
 * limit that kills the whole process group, and the call's folder always removed. Asynchronous, so the api's event
 * loop keeps serving while LibreOffice works; `concurrency` bounds how many run at once.
 */
export class LibreOfficeConverter implements DocumentConverter {
  private readonly options: Required<Omit<LibreOfficeOptions, 'path'>> & { path: string };
  private readonly limiter: Limiter;
  private version: Promise<string> | null = null;
  private isolation: Promise<string[]> | null = null;

  constructor(options: LibreOfficeOptions = {}) {
    this.options = {
      soffice: options.soffice ?? 'soffice',
      path: options.path ?? process.env['PATH'] ?? '/usr/bin:/bin',
      timeoutMs: options.timeoutMs ?? DEFAULT_LIBREOFFICE_OPTIONS.timeoutMs,
      maxWaitMs: options.maxWaitMs ?? DEFAULT_LIBREOFFICE_OPTIONS.maxWaitMs,
      memoryMb: options.memoryMb ?? DEFAULT_LIBREOFFICE_OPTIONS.memoryMb,
      concurrency: Math.max(1, options.concurrency ?? DEFAULT_LIBREOFFICE_OPTIONS.concurrency),
      tmpDir: options.tmpDir ?? tmpdir(),
    };
    this.limiter = new Limiter(this.options.concurrency);
  }

  /** The soffice executable's path, or null when it is not installed. */
  async executable(): Promise<string | null> {
    return findExecutable(this.options.soffice, this.options.path);
  }

  async toDocx(bytes: Uint8Array, format: OfficeFormat, call: ConvertCallOptions = {}): Promise<ConvertedDocument> {
    const started = Date.now();
    const soffice = await this.executable();
    if (!soffice) throw new ConvertError('LIBREOFFICE_MISSING');
    const maxWaitMs = call.maxWaitMs ?? this.options.maxWaitMs;
    const release = await this.limiter.acquire(started + maxWaitMs);
    if (!release) throw new ConvertError('CONVERT_TIMEOUT', `waited ${maxWaitMs} ms for a free conversion slot`);
    try {
      const docx = await this.run(soffice, bytes, format, Date.now() + this.options.timeoutMs);

      return { docx, from: format, by: await this.versionOf(soffice), ms: Date.now() - started };
    } finally {
      release();
    }
  }

  private async run(soffice: string, bytes: Uint8Array, format: OfficeFormat, deadline: number): Promise<Uint8Array> {
    const dir = await mkdtemp(join(this.options.tmpDir, 'gongkai-convert-'));
    try {
      const profile = join(dir, 'profile');
      await mkdir(join(profile, 'user'), { recursive: true });
      await writeFile(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_XCU);
      // A fixed name: the user's file name never reaches a command line or a path.
      const input = join(dir, `document.${EXTENSIONS[format]}`);
      await writeFile(input, bytes);
      const outDir = join(dir, 'out');
      const isolation = await this.networkIsolation();
      const [command, ...args] = [
        ...isolation,
        soffice,
        '--headless',
        '--invisible',
        '--norestore',
        '--nologo',
        '--nodefault',
        '--nolockcheck',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        outDir,
        input,
      ];
      const result = await runLimited(command as string, args, {
        memoryKb: this.options.memoryMb * 1024,
        deadline,
        env: { PATH: this.options.path, HOME: dir, TMPDIR: dir, LANG: 'C.UTF-8', SAL_USE_VCLPLUGIN: 'svp' },
        cwd: dir,
      });
      if (result.timedOut) throw new ConvertError('CONVERT_TIMEOUT', `${this.options.timeoutMs} ms`);
      if (result.code === 127) throw new ConvertError('LIBREOFFICE_MISSING');
      const produced = join(outDir, 'document.docx');
      const size = await stat(produced).then(
        (s) => s.size,
        () => null,
      );
      if (result.code !== 0 || size === null || size === 0) throw new ConvertError('CONVERT_FAILED', `exit ${result.code ?? result.signal}: ${tail(result.stderr)}`);
      if (size > MAX_INPUT_BYTES) throw new ConvertError('CONVERT_FAILED', `the .docx is ${size} bytes, above ${MAX_INPUT_BYTES}`);

      return new Uint8Array(await readFile(produced));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** "LibreOffice 7.4.7.2", read once per converter. */
  private versionOf(soffice: string): Promise<string> {
    this.version ??= runLimited(soffice, ['--version'], { memoryKb: this.options.memoryMb * 1024, deadline: Date.now() + 30_000, env: { PATH: this.options.path, HOME: tmpdir(), LANG: 'C.UTF-8' } }).then(
      (r) => /LibreOffice\s+[\d.]+/.exec(r.stdout)?.[0] ?? 'LibreOffice',
      () => 'LibreOffice',
    );

    return this.version;
  }

  /** `unshare -rn` (a user and network namespace: no interface but loopback) where the kernel allows it. */
  private networkIsolation(): Promise<string[]> {
    this.isolation ??= findExecutable('unshare', this.options.path).then(async (unshare) => {
      if (!unshare) return [];
      const probe = await runLimited(unshare, ['-rn', 'true'], { memoryKb: 256 * 1024, deadline: Date.now() + 5000, env: { PATH: this.options.path } }).catch(() => null);

      return probe?.code === 0 ? [unshare, '-rn'] : [];
    });

    return this.isolation;
  }
}

/** An executable by name on `path`, or by path; null when there is none. */
export async function findExecutable(name: string, path: string): Promise<string | null> {
  const candidates = isAbsolute(name) || name.includes('/') ? [name] : path.split(delimiter).filter(Boolean).map((dir) => join(dir, name));
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not here
    }
  }

  return null;
}

type RunResult = { code: number | null; signal: NodeJS.Signals | null; timedOut: boolean; stdout: string; stderr: string };

/**
 * One command in a process group of its own, under `ulimit -v` (through sh, which every system has), killed
 * with its whole group at the deadline; anything left in the group after it exits is killed too.
 */
export function runLimited(command: string, args: readonly string[], options: { memoryKb: number; deadline: number; env: Record<string, string>; cwd?: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', 'ulimit -v "$0" && exec "$@"', String(options.memoryKb), command, ...args], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: options.env,
      cwd: options.cwd,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < STDERR_KEEP) stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
    });
    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is gone already
      }
    };
    const timer = setTimeout(
      () => {
        timedOut = true;
        killGroup();
      },
      Math.max(0, options.deadline - Date.now()),
    );
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      killGroup();
      resolve({ code, signal, timedOut, stdout, stderr });
    });
  });
}

function tail(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/javaldx|java may not function/.test(l));

  return lines.slice(-3).join(' / ') || 'no output';
}
