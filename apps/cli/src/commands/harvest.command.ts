import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { Presets, SingleBar } from 'cli-progress';
import { Option } from 'commander';

import { type SiteOutcome, PoliteFetcher, continueRun, parseAllowHosts, parseSitesCsv, startRun, unfinishedRuns, upsertSites } from '@gongkai/harvest';
import { writeReport } from '@gongkai/report-store';

import { EXIT } from '../exit-codes';
import { type CliIo } from '../io';
import { StoreBusyError, openStore } from '../store/open-store';
import { cliConverter } from '../utils/document-converter';
import { cliScanReader } from '../utils/scan-reader';
import { type Lang, langOption } from '../utils/lang';
import { type CliCommand } from './cli-command';
import { CLI_ACTOR } from '../store/cli-actor';

type HarvestOptions = { sites?: string; resume?: boolean; year?: number; databaseUrl?: string; lang: Lang; concurrency?: number; delayMs?: number };

const RESULT_ZH: Record<SiteOutcome['result'], string> = { found: '找到', not_found: '未找到', unreachable: '无法访问' };
/** How often a run made by the api is asked for its progress. */
const API_POLL_MS = 500;

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
      .option('--sites <file>', '站点清单 CSV：region_code,url[,issuer] (site list)')
      .option('--resume', '继续上次中断的采集，只检查尚未检查的站点 (continue the interrupted run: only the sites not checked yet)')
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
  if (!options.sites && !options.resume) {
    io.stderr(zh ? '请用 --sites 指定站点清单，或用 --resume 继续上次的采集。\n' : 'Name a site list with --sites, or continue the last run with --resume.\n');
    io.exitCode = EXIT.USAGE;

    return;
  }
  let sites: ReturnType<typeof parseSitesCsv>['sites'] = [];
  let csvText = '';
  if (options.sites) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, options.sites), 'utf8');
    } catch {
      io.stderr(zh ? `无法读取站点清单：${options.sites}\n` : `Cannot read the site list: ${options.sites}\n`);
      io.exitCode = EXIT.USAGE;

      return;
    }
    const parsed = parseSitesCsv(text);
    if (parsed.errors.length > 0 || parsed.sites.length === 0) {
      for (const e of parsed.errors) io.stderr(`${e.messageZh}\n`);
      if (parsed.sites.length === 0) io.stderr(zh ? '站点清单中没有站点。\n' : 'The site list holds no site.\n');
      io.exitCode = EXIT.USAGE;

      return;
    }
    sites = parsed.sites;
    csvText = text;
  }

  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(process.env, { databaseUrl: options.databaseUrl, command: `gongkai harvest (${options.sites ?? '--resume'})` });
  } catch (error) {
    io.stderr(`${error instanceof StoreBusyError ? (zh ? error.messageZh : error.message) : `${zh ? '无法打开数据库' : 'Cannot open the database'}: ${String(error)}`}\n`);
    io.exitCode = error instanceof StoreBusyError ? EXIT.USAGE : EXIT.INTERNAL;

    return;
  }
  io.stderr(`${zh ? '数据库' : 'Database'}: ${store.description}\n`);
  const fetcher = new PoliteFetcher({ allowHosts: parseAllowHosts(process.env['HARVEST_ALLOW_HOSTS']), perHostDelayMs: options.delayMs });
  let bar: SingleBar | null = null;
  const tally: Record<SiteOutcome['result'], number> = { found: 0, not_found: 0, unreachable: 0 };
  let stored = 0;
  const onOutcome = (outcome: SiteOutcome) => {
    tally[outcome.result]++;
    stored += outcome.documents.filter((d) => d.ingest.status === 'ingested' || d.ingest.status === 'superseded').length;
    bar?.increment();
    io.stdout(resultLine(outcome, zh));
  };
  const startBar = (total: number) => {
    if (!io.stderrIsTTY || !io.stderrStream || total < 2) return;
    bar = new SingleBar(
      { stream: io.stderrStream, format: zh ? ' {bar} {value}/{total} 个站点 | 剩余 {eta_formatted}' : ' {bar} {value}/{total} sites | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true },
      Presets.shades_classic,
    );
    bar.start(total, 0);
  };
  let year = options.year ?? new Date().getFullYear() - 1;
  let total = sites.length;
  try {
    if (store.kind === 'api') {
      // The running api owns the embedded database: the sites are registered and the run is made and recorded
      // there (its evidence reaches the coverage); this command follows the run and prints each site's result.
      const api = store.api;
      io.stderr(
        zh
          ? `服务器正在使用该内嵌数据库：由服务器 ${api.url} 采集并记录（按服务器的 HARVEST_ALLOW_HOSTS 等设置）。\n`
          : `The running api owns the embedded database: the harvest is run and recorded by ${api.url} (with the api's HARVEST_ALLOW_HOSTS and other settings).\n`,
      );
      if (sites.length === 0) {
        io.stdout(zh ? '服务器启动时会自动继续未完成的采集。\n' : 'The api continues unfinished runs by itself when it starts.\n');
        io.exitCode = EXIT.OK;

        return;
      }
      const siteIds = await api.importHarvestSites(csvText);
      const runId = await api.startHarvest(siteIds, year);
      startBar(siteIds.length);
      const printed = new Set<string>();
      for (;;) {
        const run = await api.harvestRun(runId);
        for (const r of run?.results ?? []) {
          if (r.result === null || printed.has(r.siteId)) continue;
          printed.add(r.siteId);
          tally[r.result]++;
          (bar as SingleBar | null)?.increment();
          const status = zh ? RESULT_ZH[r.result] : r.result;
          io.stdout(`${status.padEnd(zh ? 4 : 11)} ${r.regionCode} ${r.url ?? r.siteUrl} ${r.note ?? ''}${r.reportId ? ` report ${r.reportId}` : ''}\n`);
        }
        if (!run || run.status === 'done') break;
        await new Promise((resolve) => setTimeout(resolve, API_POLL_MS));
      }
      stored = Number.NaN;
    } else {
      const db = store.connections;
      const storeDocument = (doc: { bytes: Uint8Array; fileName: string; sourceUrl: string; regionCode: string }) => writeReport(db, doc, { convert: cliConverter(), ...(cliScanReader() ? { ocr: cliScanReader() } : {}), actor: CLI_ACTOR });
      let runId: string;
      if (options.resume) {
        const last = (await unfinishedRuns(db))[0];
        if (!last) {
          io.stdout(zh ? '没有未完成的采集。\n' : 'No unfinished harvest run.\n');
          io.exitCode = EXIT.OK;

          return;
        }
        runId = last.id;
        year = last.year;
        total = last.pending;
        io.stderr(zh ? `继续 ${last.startedAt} 开始的 ${last.year} 年度采集：已检查 ${last.sites - last.pending} 个站点，还有 ${last.pending} 个。\n` : `Continuing the ${last.year} run started ${last.startedAt}: ${last.sites - last.pending} sites checked, ${last.pending} to go.\n`);
      } else {
        const registered = await upsertSites(db, sites, CLI_ACTOR);
        runId = await startRun(db, { year, siteIds: registered.map((s) => s.id), requestedBy: `cli ${process.env['USER'] ?? ''}`.trim() });
      }
      startBar(total);
      await continueRun(db, runId, { fetcher, store: storeDocument, concurrency: options.concurrency, onOutcome });
    }
  } catch (error) {
    io.stderr(`${zh ? '采集失败' : 'Harvest failed'}: ${error instanceof Error ? error.message : String(error)}\n`);
    io.exitCode = EXIT.INTERNAL;

    return;
  } finally {
    (bar as SingleBar | null)?.stop();
    await fetcher.close();
    await store.close();
  }
  const checked = tally.found + tally.not_found + tally.unreachable;
  // Through the api the count of newly stored reports is not known here: the run's record is on the server.
  const storedZh = Number.isNaN(stored) ? '记录已保存在服务器' : `新入库 ${stored} 份`;
  const storedEn = Number.isNaN(stored) ? 'recorded by the api' : `${stored} reports stored`;
  io.stdout(
    zh
      ? `共 ${checked} 个站点（${year} 年度）：找到 ${tally.found}，未找到 ${tally.not_found}，无法访问 ${tally.unreachable}；${storedZh}\n`
      : `${checked} sites (year ${year}): ${tally.found} found, ${tally.not_found} not found, ${tally.unreachable} unreachable; ${storedEn}\n`,
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
