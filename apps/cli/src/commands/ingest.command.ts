import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

import { Presets, SingleBar } from 'cli-progress';
import { Option } from 'commander';

import { ArchiveError, type IngestResult, expandZipArchive, isZipArchive, openApiContext } from '@gongkai/api/dist/cli-support';

import { EXIT } from '../exit-codes';
import { type CliIo } from '../io';
import { type Lang, langOption } from '../utils/lang';
import { type CliCommand } from './cli-command';

/** Documents a folder walk picks up (named files are always tried). */
const DOCUMENT_EXTENSIONS = /\.(txt|html?|docx?|pdf|zip)$/i;

type IngestOptions = { region?: string; databaseUrl?: string; lang: Lang };

type Item = { label: string; bytes: Uint8Array } | { label: string; error: IngestResult['error'] };

const STATUS_ZH: Record<IngestResult['status'], string> = { ingested: '已入库', duplicate: '重复', superseded: '已替换旧版', rejected: '已拒绝' };

/**
 * `gongkai ingest <files|folders|.zip…>`: stores reports through the api's own ingestion service (same
 * database rules as the api: DATABASE_URL, else embedded PGlite in DATA_DIR). Exit 1 when any file was rejected.
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
      .addOption(langOption())
      .addHelpText('after', '\n退出码 (exit codes):\n  0   全部成功或重复 (all stored or duplicate)\n  1   有文件被拒绝 (some file was rejected)\n  64  参数错误 (usage error)\n  70  内部错误 (internal error)')
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

  let context: Awaited<ReturnType<typeof openApiContext>>;
  try {
    context = await openApiContext(process.env, { databaseUrl: options.databaseUrl });
  } catch (error) {
    io.stderr(`${zh ? '无法打开数据库' : 'Cannot open the database'}: ${error instanceof Error ? error.message : String(error)}\n`);
    io.exitCode = EXIT.INTERNAL;

    return;
  }
  io.stderr(`${zh ? '数据库' : 'Database'}: ${context.description}\n`);
  const started = Date.now();
  const tally: Record<IngestResult['status'], number> = { ingested: 0, duplicate: 0, superseded: 0, rejected: 0 };
  const bar = progress(io, files.length);
  try {
    let done = 0;
    for (const file of files) {
      for (const item of itemsOf(file, io.cwd)) {
        const result: IngestResult =
          'bytes' in item
            ? await context.ingestionService.ingest({ bytes: item.bytes, fileName: item.label, regionCode: options.region ?? null }, 'system')
            : { fileName: item.label, status: 'rejected', reportId: null, error: item.error };
        tally[result.status] += 1;
        bar.log(resultLine(result, zh));
        io.stdout(resultLine(result, zh));
      }
      bar.tick(++done, basename(file));
    }
  } finally {
    bar.stop();
    await context.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.stdout(
    zh
      ? `共 ${Object.values(tally).reduce((a, b) => a + b, 0)} 份：入库 ${tally.ingested}，替换 ${tally.superseded}，重复 ${tally.duplicate}，拒绝 ${tally.rejected}（${seconds} 秒）\n`
      : `${Object.values(tally).reduce((a, b) => a + b, 0)} documents: ${tally.ingested} ingested, ${tally.superseded} superseded, ${tally.duplicate} duplicate, ${tally.rejected} rejected (${seconds} s)\n`,
  );
  io.exitCode = tally.rejected > 0 ? 1 : EXIT.OK;
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

function itemsOf(file: string, cwd: string): Item[] {
  const label = relative(cwd, file) || basename(file);
  const bytes = new Uint8Array(readFileSync(file));
  if (!isZipArchive(file, bytes)) return [{ label, bytes }];
  try {
    return expandZipArchive(bytes).map((m) => ({ label: `${label}/${m.fileName}`, bytes: m.bytes }));
  } catch (error) {
    const code = error instanceof ArchiveError ? error.code : 'CORRUPT_FILE';

    return [{ label, error: { code, messageZh: code === 'ZIP_BOMB' ? '压缩包解压后过大，已拒绝。' : '压缩包已损坏。', messageEn: error instanceof Error ? error.message : 'unreadable archive' } }];
  }
}

function progress(io: CliIo, total: number): { tick: (done: number, name: string) => void; log: (line: string) => void; stop: () => void } {
  if (!io.stderrIsTTY || !io.stderrStream || total < 2) return { tick: () => undefined, log: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ stream: io.stderrStream, format: ' {bar} {value}/{total} {file}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  bar.start(total, 0, { file: '' });

  return { tick: (done, name) => bar.update(done, { file: name }), log: () => undefined, stop: () => bar.stop() };
}

function parseRegion(value: string): string {
  if (!/^\d{6}$/.test(value)) throw new Error(`--region must be a six-digit code, got ${value}`);

  return value;
}
