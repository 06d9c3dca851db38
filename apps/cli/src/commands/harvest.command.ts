import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { Presets, SingleBar } from 'cli-progress';
import { Option } from 'commander';

import { type SiteOutcome, PoliteFetcher, harvestSite, parseAllowHosts, parseSitesCsv } from '@gongkai/harvest';
import { type IngestResult, writeReport } from '@gongkai/report-store';

import { EXIT } from '../exit-codes';
import { type CliIo } from '../io';
import { StoreBusyError, openStore } from '../store/open-store';
import { type Lang, langOption } from '../utils/lang';
import { type CliCommand } from './cli-command';

type HarvestOptions = { sites: string; year?: number; databaseUrl?: string; lang: Lang; concurrency?: number; delayMs?: number };

const RESULT_ZH: Record<SiteOutcome['result'], string> = { found: '找到', not_found: '未找到', unreachable: '无法访问' };

/**
 * `gongkai harvest --sites sites.csv [--year Y]`: checks each registered site's annual-report column for the
 * report of the year, stores what it finds through the report store (as `gongkai ingest` does), and prints a
 * result line per site (found and stored / not found / unreachable, and why). Sites on different hosts are
 * checked side by side; one host is asked one request at a time. Exit 0 unless the command itself failed.
 */
export const harvestCommand: CliCommand = {
  name: 'harvest',
  register: (program, io) => {
    program
      .command('harvest')
      .description('从各地官方网站采集年度报告 (collect reports from the official sites)')
      .requiredOption('--sites <file>', '站点清单 CSV：region_code,url[,issuer] (site list)')
      .addOption(new Option('--year <year>', '报告年度，默认上一年 (report year; default: last year)').argParser(parseYear))
      .option('--database-url <url>', 'PostgreSQL 连接串；默认使用内嵌数据库 DATA_DIR (PostgreSQL URL; default: embedded in DATA_DIR)')
      .addOption(new Option('--concurrency <n>', '同时检查的站点数 (sites checked at once)').argParser(parseCount))
      .addOption(new Option('--delay-ms <ms>', '同一网站两次请求的间隔 (pause between two requests to one host)').argParser(parseCount))
      .addOption(langOption())
      .addHelpText(
        'after',
        '\n环境变量 (environment):\n  HARVEST_ALLOW_HOSTS  允许访问的内网主机，逗号分隔 (private hosts that may be fetched, comma-separated)\n\n退出码 (exit codes):\n  0   已检查全部站点 (every site checked)\n  64  参数或站点清单错误，或数据库被占用 (usage or site list error, or the database is busy)\n  70  内部错误 (internal error)',
      )
      .action(async (options: HarvestOptions) => {
        await runHarvest(io, options);
      });
  },
};

async function runHarvest(io: CliIo, options: HarvestOptions): Promise<void> {
  const zh = options.lang === 'zh';
  const year = options.year ?? new Date().getFullYear() - 1;
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, options.sites), 'utf8');
  } catch {
    io.stderr(zh ? `无法读取站点清单：${options.sites}\n` : `Cannot read the site list: ${options.sites}\n`);
    io.exitCode = EXIT.USAGE;

    return;
  }
  const { sites, errors } = parseSitesCsv(text);
  if (errors.length > 0 || sites.length === 0) {
    for (const e of errors) io.stderr(`${e.messageZh}\n`);
    if (sites.length === 0) io.stderr(zh ? '站点清单中没有站点。\n' : 'The site list holds no site.\n');
    io.exitCode = EXIT.USAGE;

    return;
  }

  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(process.env, { databaseUrl: options.databaseUrl, command: `gongkai harvest (${sites.length} sites)` });
  } catch (error) {
    io.stderr(`${error instanceof StoreBusyError ? (zh ? error.messageZh : error.message) : `${zh ? '无法打开数据库' : 'Cannot open the database'}: ${String(error)}`}\n`);
    io.exitCode = error instanceof StoreBusyError ? EXIT.USAGE : EXIT.INTERNAL;

    return;
  }
  io.stderr(`${zh ? '数据库' : 'Database'}: ${store.description}\n`);
  const target = store;
  const storeDocument = async (doc: { bytes: Uint8Array; fileName: string; sourceUrl: string; regionCode: string }): Promise<IngestResult> => {
    if (target.kind === 'database') return writeReport(target.connections, doc);
    let answer: IngestResult | null = null;
    await target.api.ingest([{ label: doc.fileName, bytes: doc.bytes }], doc.regionCode, (r) => (answer = r));

    return answer ?? { fileName: doc.fileName, status: 'rejected', reportId: null, error: { code: 'NO_ANSWER', messageZh: '服务器未返回结果。', messageEn: 'The api returned no result.' } };
  };

  const fetcher = new PoliteFetcher({ allowHosts: parseAllowHosts(process.env['HARVEST_ALLOW_HOSTS']), perHostDelayMs: options.delayMs });
  const bar =
    io.stderrIsTTY && io.stderrStream
      ? new SingleBar({ stream: io.stderrStream, format: zh ? ' {bar} {value}/{total} 个站点 | 剩余 {eta_formatted}' : ' {bar} {value}/{total} sites | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic)
      : null;
  bar?.start(sites.length, 0);
  const tally: Record<SiteOutcome['result'], number> = { found: 0, not_found: 0, unreachable: 0 };
  let stored = 0;
  let next = 0;
  try {
    const worker = async () => {
      while (next < sites.length) {
        const site = sites[next++] as (typeof sites)[number];
        const outcome = await harvestSite(site, year, { fetcher, store: storeDocument });
        tally[outcome.result]++;
        stored += outcome.documents.filter((d) => d.ingest.status === 'ingested' || d.ingest.status === 'superseded').length;
        const line = resultLine(outcome, zh);
        if (bar) bar.increment();
        io.stdout(line);
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, sites.length) }, worker));
  } finally {
    bar?.stop();
    await fetcher.close();
    await store.close();
  }
  io.stdout(
    zh
      ? `共 ${sites.length} 个站点（${year} 年度）：找到 ${tally.found}，未找到 ${tally.not_found}，无法访问 ${tally.unreachable}；新入库 ${stored} 份\n`
      : `${sites.length} sites (year ${year}): ${tally.found} found, ${tally.not_found} not found, ${tally.unreachable} unreachable; ${stored} reports stored\n`,
  );
  io.exitCode = EXIT.OK;
}

function resultLine(o: SiteOutcome, zh: boolean): string {
  const stored = o.documents.find((d) => d.ingest.reportId !== null);
  const status = zh ? RESULT_ZH[o.result] : o.result;
  const detail = stored ? ` ${stored.ingest.status} ${stored.ingest.reportId}` : '';

  return `${status.padEnd(zh ? 4 : 11)} ${o.site.regionCode} ${o.url} ${o.note}${detail}\n`;
}

function parseYear(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2008 || n > 2100) throw new Error(`not a report year: ${value}`);

  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a count: ${value}`);

  return n;
}
