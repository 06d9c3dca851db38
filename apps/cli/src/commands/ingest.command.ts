import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

import { Presets, SingleBar } from 'cli-progress';
import { Option } from 'commander';

import { type BatchDocument, type BatchSummary, type IngestResult, BatchInterruptedError, documentsOf, writeBatch } from '@gongkai/report-store';

import { EXIT } from '../exit-codes';
import { type CliIo } from '../io';
import { StoreBusyError, openStore } from '../store/open-store';
import { RunningApiError } from '../store/running-api';
import { cliConverter } from '../utils/document-converter';
import { cliScanReader } from '../utils/scan-reader';
import { type Lang, langOption } from '../utils/lang';
import { type CliCommand } from './cli-command';
import { CLI_ACTOR } from '../store/cli-actor';

/** Documents a folder walk picks up (named files are always tried). */
const DOCUMENT_EXTENSIONS = /\.(txt|html?|docx?|wps|rtf|odt|pdf|zip)$/i;

type IngestOptions = { region?: string; databaseUrl?: string; lang: Lang; resume?: boolean; workers?: number; batch?: number };

type Tally = Record<IngestResult['status'] | 'skipped', number>;

const STATUS_ZH: Record<IngestResult['status'], string> = { ingested: '已入库', duplicate: '重复', superseded: '已替换旧版', rejected: '已拒绝' };

/**
 * `gongkai ingest <files|folders|.zip…>`: stores reports through the report store's batch path (worker threads
 * parse, transactions of many reports, COPY on PostgreSQL), the same library the api writes with. With an
 * embedded database that a running api owns, the files go through that api instead. Exit 1 when any file was
 * rejected, 75 when the database stopped answering (re-run with --resume).
 */
export const ingestCommand: CliCommand = {
  name: 'ingest',
  register: (program, io) => {
    program
      .command('ingest')
      .description('把年度报告存入数据库 (store reports in the database)')
      .argument('<paths...>', '文件、文件夹或 .zip 压缩包 (files, folders or .zip archives)')
      .addOption(new Option('--region <code>', '指定地区代码，覆盖报告自身的识别 (region code for every file)').argParser(parseRegion))
      .option('--database-url <url>', 'PostgreSQL 连接串；默认使用内嵌数据库 DATA_DIR (PostgreSQL URL; default: embedded in DATA_DIR)')
      .option('--resume', '跳过已入库的文件（中断后继续）(skip files already stored: continue after an interruption)')
      .addOption(new Option('--workers <n>', '解析线程数 (parse threads)').argParser(parseCount))
      .addOption(new Option('--batch <n>', '每个事务的报告数 (reports per transaction)').argParser(parseCount))
      .addOption(langOption())
      .addHelpText(
        'after',
        '\n退出码 (exit codes):\n  0   全部成功或重复 (all stored or duplicate)\n  1   有文件被拒绝 (some file was rejected)\n  64  参数错误或数据库被占用 (usage error, or the database is busy)\n  70  内部错误 (internal error)\n  75  数据库中断，可用 --resume 继续 (the database stopped; continue with --resume)',
      )
      .action(async (paths: string[], options: IngestOptions) => {
        await runIngest(io, paths, options);
      });
  },
};

async function runIngest(io: CliIo, paths: string[], options: IngestOptions): Promise<void> {
  const zh = options.lang === 'zh';
  let files: string[];
  try {
    files = collectFiles(paths.map((p) => resolve(io.cwd, p)));
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    io.exitCode = EXIT.USAGE;

    return;
  }
  if (files.length === 0) {
    io.stderr(zh ? '没有找到报告文件。\n' : 'No report files found.\n');
    io.exitCode = EXIT.USAGE;

    return;
  }

  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(process.env, { databaseUrl: options.databaseUrl, command: `gongkai ingest (${files.length} files)`, writers: 2 });
  } catch (error) {
    if (error instanceof StoreBusyError) {
      io.stderr(`${zh ? error.messageZh : error.message}\n`);
      io.exitCode = EXIT.USAGE;

      return;
    }
    io.stderr(`${zh ? '无法打开数据库' : 'Cannot open the database'}: ${error instanceof Error ? error.message : String(error)}\n`);
    io.exitCode = EXIT.INTERNAL;

    return;
  }
  io.stderr(`${zh ? '数据库' : 'Database'}: ${store.description}\n`);
  const started = Date.now();
  const tally: Tally = { ingested: 0, duplicate: 0, superseded: 0, rejected: 0, skipped: 0 };
  const bar = progress(io, files.length, zh);
  const report = (result: IngestResult) => {
    tally[result.status] += 1;
    bar.log(resultLine(result, zh));
    io.stdout(resultLine(result, zh));
  };
  const documents = readDocuments(files, io.cwd, options.region ?? null, report, (done) => bar.tick(done));
  let interrupted: string | null = null;
  try {
    if (store.kind === 'api') {
      io.stderr(zh ? `服务器正在使用该内嵌数据库：文件经服务器 ${store.api.url} 入库。\n` : `The running api owns the embedded database: the files go through ${store.api.url}.\n`);
      const all = [...documents];
      await store.api.ingest(all, options.region ?? null, (result) => {
        report(result);
        bar.tick(tally.ingested + tally.duplicate + tally.superseded + tally.rejected);
      });
    } else {
      const summary: BatchSummary = await writeBatch(store.connections, documents, {
        // Worker threads pay for themselves from a handful of documents on.
        workers: options.workers ?? (files.length < 8 ? 0 : undefined),
        batchSize: options.batch,
        skipKnown: options.resume === true,
        onResult: report,
        // .doc, .wps, .rtf, .odt: converted by LibreOffice on this thread, then parsed by the workers.
        convert: cliConverter(),
        // Scans and page images: read by Tesseract on this thread when it is installed.
        ...(cliScanReader() ? { ocr: cliScanReader() } : {}),
        actor: CLI_ACTOR,
      });
      tally.skipped = summary.skipped;
    }
  } catch (error) {
    if (error instanceof BatchInterruptedError) {
      interrupted = error.reason;
      tally.skipped = error.summary.skipped;
    } else if (error instanceof RunningApiError) {
      interrupted = zh ? error.messageZh : error.message;
    } else throw error;
  } finally {
    bar.stop();
    await store.close();
  }
  const seconds = (Date.now() - started) / 1000;
  const total = tally.ingested + tally.superseded + tally.duplicate + tally.rejected + tally.skipped;
  const rate = seconds > 0 ? ` ${(total / seconds).toFixed(1)} ${zh ? '份/秒' : 'docs/s'}` : '';
  io.stdout(
    zh
      ? `共 ${total} 份：入库 ${tally.ingested}，替换 ${tally.superseded}，重复 ${tally.duplicate}，拒绝 ${tally.rejected}${tally.skipped ? `，跳过已入库 ${tally.skipped}` : ''}（${seconds.toFixed(1)} 秒，${rate.trim()}）\n`
      : `${total} documents: ${tally.ingested} ingested, ${tally.superseded} superseded, ${tally.duplicate} duplicate, ${tally.rejected} rejected${tally.skipped ? `, ${tally.skipped} skipped as stored` : ''} (${seconds.toFixed(1)} s,${rate})\n`,
  );
  if (interrupted) {
    io.stderr(
      zh
        ? `入库中断：${interrupted}。已完成的事务完整保存；请用 --resume 重新运行以完成其余文件。\n`
        : `Ingest interrupted: ${interrupted}. Completed transactions are stored whole; re-run with --resume to store the rest.\n`,
    );
    io.exitCode = EXIT.INTERRUPTED;

    return;
  }
  io.exitCode = tally.rejected > 0 ? 1 : EXIT.OK;
}

/** The files' documents, read one at a time as the store asks for them (archives expanded; unreadable ones reported). */
function* readDocuments(files: readonly string[], cwd: string, regionCode: string | null, report: (r: IngestResult) => void, tick: (done: number) => void): Generator<BatchDocument> {
  let done = 0;
  for (const file of files) {
    const label = relative(cwd, file) || basename(file);
    let bytes: Uint8Array;
    try {
      // A Buffer is a Uint8Array: no copy.
      bytes = readFileSync(file);
    } catch (error) {
      report({ fileName: label, status: 'rejected', reportId: null, error: { code: 'UNREADABLE_FILE', messageZh: '无法读取文件。', messageEn: error instanceof Error ? error.message : 'unreadable file' } });
      continue;
    }
    const members = documentsOf(label, bytes);
    if (!Array.isArray(members)) report({ fileName: members.label, status: 'rejected', reportId: null, error: members.error });
    else for (const m of members) yield { label: m.label, bytes: m.bytes, regionCode };
    tick(++done);
  }
}

function resultLine(result: IngestResult, zh: boolean): string {
  const status = zh ? STATUS_ZH[result.status] : result.status;
  const detail = result.error
    ? ` ${result.error.code} ${zh ? result.error.messageZh : result.error.messageEn}${result.error.candidates ? ` [${result.error.candidates.map((c) => `${c.code} ${c.path}`).join('; ')}]` : ''}`
    : ` ${result.reportId ?? ''}`;

  return `${status.padEnd(zh ? 5 : 10)} ${result.fileName}${detail}\n`;
}

/** Files named, folders walked (documents only, hidden entries skipped), in a stable order. */
function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (DOCUMENT_EXTENSIONS.test(name)) out.push(full);
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      throw new Error(`No such file or folder: ${p}`);
    }
    if (stat.isDirectory()) walk(p);
    else out.push(p);
  }

  return [...new Set(out)];
}

/** Files read so far, rate and time left, on stderr when it is a terminal. */
function progress(io: CliIo, total: number, zh: boolean): { tick: (done: number) => void; log: (line: string) => void; stop: () => void } {
  if (!io.stderrIsTTY || !io.stderrStream || total < 2) return { tick: () => undefined, log: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { stream: io.stderrStream, format: zh ? ' {bar} {value}/{total} 个文件 | {rate} 个/秒 | 剩余 {eta_formatted}' : ' {bar} {value}/{total} files | {rate}/s | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(total, 0, { rate: '0' });

  return {
    tick: (done) => bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) }),
    // Result lines go to stdout; the bar redraws under them on the next tick.
    log: () => undefined,
    stop: () => bar.stop(),
  };
}

function parseRegion(value: string): string {
  if (!/^\d{6}$/.test(value)) throw new Error(`--region must be a six-digit code, got ${value}`);

  return value;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`expected a whole number 0–64, got ${value}`);

  return n;
}
