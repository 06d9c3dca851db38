import { Option } from 'commander';

import { type ReparseOutcome, type ReparseSelection, type ReparseStatus, reparseReports } from '@gongkai/report-store';

import { EXIT } from '../exit-codes';
import { type CliIo } from '../io';
import { CLI_ACTOR } from '../store/cli-actor';
import { StoreBusyError, openStore } from '../store/open-store';
import { cliConverter } from '../utils/document-converter';
import { type Lang, langOption } from '../utils/lang';
import { type CliCommand } from './cli-command';

type ReparseCliOptions = { all?: boolean; parserOlderThan?: string; region?: string; year?: number; dryRun?: boolean; databaseUrl?: string; lang: Lang };

const STATUS_ZH: Record<ReparseStatus, string> = { reparsed: '已重新解析', unchanged: '无变化', failed: '解析失败', skipped: '未替换' };

/**
 * `gongkai reparse`: re-parses stored reports with the current parser, through the report store
 * (reparseReports: in place, one transaction a report, revision bumped and cross-year findings recomputed
 * when values change). The embedded database has one owner: while the api owns it, stop the api (or point
 * --database-url at the PostgreSQL server) — the api has no re-parse endpoint yet. Exit 1 when any report failed.
 */
export const reparseCommand: CliCommand = {
  name: 'reparse',
  register: (program, io) => {
    program
      .command('reparse')
      .description('用当前解析器重新解析已入库的报告 (re-parse stored reports with the current parser)')
      .option('--all', '全部现行报告 (every current report)')
      .option('--parser-older-than <version>', '仅限解析器版本早于此版本的报告 (only reports read by an older parser, e.g. 0.3.0)')
      .addOption(new Option('--region <code>', '仅限该地区 (only this region)').argParser(parseRegion))
      .addOption(new Option('--year <year>', '仅限该年度 (only this year)').argParser(parseYear))
      .option('--dry-run', '只解析和比较，不写入 (parse and compare, write nothing)')
      .option('--database-url <url>', 'PostgreSQL 连接串；默认使用内嵌数据库 DATA_DIR (PostgreSQL URL; default: embedded in DATA_DIR)')
      .addOption(langOption())
      .action(async (options: ReparseCliOptions) => {
        await runReparse(io, options);
      });
  },
};

async function runReparse(io: CliIo, options: ReparseCliOptions): Promise<void> {
  const zh = options.lang === 'zh';
  const selection: ReparseSelection = {
    ...(options.all ? { all: true } : {}),
    ...(options.parserOlderThan ? { parserOlderThan: options.parserOlderThan } : {}),
    ...(options.region ? { regionCode: options.region } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
  };
  if (Object.keys(selection).length === 0) {
    io.stderr(zh ? '请指定 --all、--parser-older-than、--region 或 --year。\n' : 'Give --all, --parser-older-than, --region or --year.\n');
    io.exitCode = EXIT.USAGE;

    return;
  }
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(process.env, { databaseUrl: options.databaseUrl, command: 'gongkai reparse', writers: 1 });
  } catch (error) {
    io.stderr(`${error instanceof StoreBusyError ? (zh ? error.messageZh : error.message) : `${zh ? '无法打开数据库' : 'Cannot open the database'}: ${error instanceof Error ? error.message : String(error)}`}\n`);
    io.exitCode = error instanceof StoreBusyError ? EXIT.USAGE : EXIT.INTERNAL;

    return;
  }
  if (store.kind === 'api') {
    await store.close();
    io.stderr(
      zh
        ? `服务器 ${store.api.url} 正在使用该内嵌数据库，重新解析需要独占数据库：请先停止服务器，或用 --database-url 连接 PostgreSQL。\n`
        : `The running api (${store.api.url}) owns the embedded database; a re-parse needs it alone: stop the api first, or use --database-url with PostgreSQL.\n`,
    );
    io.exitCode = EXIT.USAGE;

    return;
  }
  io.stderr(`${zh ? '数据库' : 'Database'}: ${store.description}${options.dryRun ? (zh ? '（试运行，不写入）' : ' (dry run, nothing is written)') : ''}\n`);
  const started = Date.now();
  let summary;
  try {
    summary = await reparseReports(store.connections, selection, {
      dryRun: options.dryRun === true,
      convert: cliConverter(),
      actor: CLI_ACTOR,
      // The progress line: one per report, with its place in the selection.
      onProgress: (done, total, outcome) => io.stdout(`[${done}/${total}] ${line(outcome, zh)}`),
    });
  } finally {
    await store.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const verb = options.dryRun ? (zh ? '将重新解析' : 'would re-parse') : zh ? '重新解析' : 're-parsed';
  io.stdout(
    zh
      ? `共选中 ${summary.selected} 份：${verb} ${summary.reparsed}，无变化 ${summary.unchanged}，未替换 ${summary.skipped}，失败 ${summary.failed}（${seconds} 秒）\n`
      : `${summary.selected} selected: ${summary.reparsed} ${verb}, ${summary.unchanged} unchanged, ${summary.skipped} skipped, ${summary.failed} failed (${seconds} s)\n`,
  );
  io.exitCode = summary.failed > 0 ? 1 : EXIT.OK;
}

function line(o: ReparseOutcome, zh: boolean): string {
  const status = zh ? STATUS_ZH[o.status] : o.status;

  return `${status} ${o.regionCode} ${o.year} ${o.fileName} ${o.reportId} ${o.parserBefore}→${o.parserAfter ?? '?'}${o.reasonZh ? ` ${o.reasonZh}` : ''}\n`;
}

function parseRegion(value: string): string {
  if (!/^\d{6}$/.test(value)) throw new Error(`--region must be a six-digit code, got ${value}`);

  return value;
}

function parseYear(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2008 || n > 2100) throw new Error(`--year must be a year, got ${value}`);

  return n;
}
