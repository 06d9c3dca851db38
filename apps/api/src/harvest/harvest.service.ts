import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';

import { type ConnectionSource } from '@gongkai/database';
import {
  type RegisteredSite,
  type RunRecord,
  PoliteFetcher,
  continueRun,
  dueChecks,
  nextCheckAt,
  parseAllowHosts,
  parseSitesCsv,
  recentRuns,
  registeredSites,
  runById,
  removeSite,
  scheduledYears,
  siteRegions,
  startRun,
  unfinishedRuns,
  upsertSites,
} from '@gongkai/harvest';

import { RegionScopeService } from '../auth/region-scope.service';
import { TokensService } from '../auth/tokens.service';
import { type AuthContext } from '../auth/types/auth-context.type';
import { auditActorOf } from '../auth/utils/audit-actor-of.util';
import { ConfigService } from '../core/config/config.service';
import { STORE_CONNECTIONS } from '../database/database.constants';
import { IngestionService } from '../ingestion/ingestion.service';
import { RegionsService } from '../regions/regions.service';
import { DatasetRevisionService } from '../response-cache/dataset-revision.service';
import { type HarvestRunDto } from './dtos/harvest-run.dto';
import { type HarvestSiteDto } from './dtos/harvest-site.dto';
import { HarvestException, HarvestExceptionCode } from './harvest.exception';

/** The first data year with annual reports: the 条例 took effect on 1 May 2008. */
const FIRST_REPORT_YEAR = 2008;
/** How long a shutdown waits for the requests in flight before it lets them go (their sites stay pending). */
const SHUTDOWN_GRACE_MS = 5_000;

/**
 * The harvester inside the api: the site registry (import, list, remove), runs started by a person or by the
 * schedule, executed in this process over the durable run tables of @gongkai/harvest — a run interrupted by a
 * restart continues with its pending sites at the next start — and every document stored through the
 * IngestionService, the write path uploads take. One run at a time per process: a host is asked politely by
 * the one fetcher.
 */
@Injectable()
export class HarvestService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Harvest');
  private fetcher: PoliteFetcher | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly queued = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(
    @Inject(STORE_CONNECTIONS) private readonly connections: ConnectionSource,
    private readonly ingestion: IngestionService,
    private readonly regions: RegionsService,
    private readonly regionScope: RegionScopeService,
    private readonly datasetRevision: DatasetRevisionService,
    private readonly config: ConfigService,
    private readonly tokens: TokensService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const run of await unfinishedRuns(this.connections)) {
      this.logger.log(`continuing harvest run ${run.id} (${run.year}): ${run.pending} of ${run.sites} sites pending`);
      this.launch(run.id);
    }
    if (this.config.get('HARVEST_SCHEDULE')) {
      this.timer = setInterval(() => void this.tick(new Date()).catch((error: unknown) => this.logger.error(`scheduled harvest failed: ${String(error)}`)), this.config.get('HARVEST_SCHEDULE_INTERVAL_MS'));
      this.timer.unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    const fetcher = this.fetcher;
    if (fetcher) await Promise.race([fetcher.close(), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref())]);
    await Promise.race([this.queue, new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref())]);
  }

  /** The registered sites of a prefecture (its counties and itself) or of one county, with their newest check of `year`. */
  async sites(parentCode: string, year: number, now = new Date()): Promise<HarvestSiteDto[]> {
    validateYear(year, now);
    const codes = await this.regionCodesOf(parentCode);
    const rows = await registeredSites(this.connections, codes, year);
    const names = new Map((await this.regions.findByCodes([...new Set(rows.map((r) => r.regionCode))])).flatMap((r) => (r ? [[r.code, r.name] as const] : [])));

    // A year the schedule does not look after (older ones, or the schedule off) has no next check to promise.
    const scheduled = this.config.get('HARVEST_SCHEDULE') && scheduledYears(now).includes(year);

    return rows.map((r) => toSiteDto(r, year, names.get(r.regionCode) ?? null, now, scheduled));
  }

  /** Registers the sites of a `region_code,url[,issuer]` list (CSV); all or nothing, every bad line named. */
  async importSites(csv: string, auth: AuthContext): Promise<{ id: string; regionCode: string; url: string; issuer: string | null }[]> {
    const parsed = parseSitesCsv(csv);
    if (parsed.errors.length > 0) {
      throw new HarvestException(
        HarvestExceptionCode.INVALID_SITE_LIST,
        `Bad site list, no site saved: line ${parsed.errors.map((e) => e.line).join(', ')} (see messageZh)`,
        `站点清单有误，未保存任何站点：${parsed.errors.map((e) => e.messageZh).join('；')}。`,
      );
    }
    if (parsed.sites.length === 0) throw new HarvestException(HarvestExceptionCode.INVALID_SITE_LIST, 'The site list holds no site', '站点清单中没有站点。');
    const current = await this.regions.resolveCodes(parsed.sites.map((s) => s.regionCode));
    const unknown = parsed.sites.filter((_, i) => current[i] === null).map((s) => s.regionCode);
    if (unknown.length > 0) throw new HarvestException(HarvestExceptionCode.REGION_NOT_FOUND, `Unknown region code ${[...new Set(unknown)].join(', ')}`);
    const sites = parsed.sites.map((s, i) => ({ ...s, regionCode: current[i] as string }));
    for (const code of new Set(sites.map((s) => s.regionCode))) await this.regionScope.assertCanWrite(auth, code);
    const saved = await upsertSites(this.connections, sites, auditActorOf(auth));

    return saved.map((s) => ({ id: s.id, regionCode: s.regionCode, url: s.url, issuer: s.issuer ?? null }));
  }

  async removeSite(id: string, auth: AuthContext): Promise<void> {
    const [site] = await siteRegions(this.connections, [id]);
    if (!site) throw new HarvestException(HarvestExceptionCode.SITE_NOT_FOUND, `No harvest site ${id}`);
    await this.regionScope.assertCanWrite(auth, site.regionCode);
    await removeSite(this.connections, id, auditActorOf(auth));
    // Its checks were coverage evidence.
    this.datasetRevision.invalidate();
  }

  /**
   * Starts a run of `year` over the region's registered sites, or over the given sites (each in the token's
   * scope); it runs in the background.
   */
  async start(input: { parentCode?: string | null; siteIds?: readonly string[] | null; year: number }, auth: AuthContext, now = new Date()): Promise<HarvestRunDto> {
    validateYear(input.year, now);
    let siteIds: string[];
    if (input.siteIds && input.siteIds.length > 0) {
      const rows = await siteRegions(this.connections, input.siteIds);
      const missing = input.siteIds.filter((id) => !rows.some((r) => r.id === id));
      if (missing.length > 0) throw new HarvestException(HarvestExceptionCode.SITE_NOT_FOUND, `No harvest site ${missing.join(', ')}`);
      for (const code of new Set(rows.map((r) => r.regionCode))) await this.regionScope.assertCanWrite(auth, code);
      siteIds = rows.map((r) => r.id);
    } else {
      if (!input.parentCode) throw new HarvestException(HarvestExceptionCode.NO_SITES, 'Give parentCode or siteIds');
      const codes = await this.regionCodesOf(input.parentCode);
      await this.regionScope.assertCanWrite(auth, codes[0] as string);
      const sites = await registeredSites(this.connections, codes, input.year);
      if (sites.length === 0) throw new HarvestException(HarvestExceptionCode.NO_SITES, `No harvest site is registered in ${input.parentCode}`);
      siteIds = sites.map((s) => s.id);
    }
    const runId = await startRun(this.connections, { year: input.year, siteIds, requestedBy: await this.tokens.nameOf(auth) }, auditActorOf(auth));
    this.launch(runId);

    return (await this.run(runId)) as HarvestRunDto;
  }

  /** One run with every site's result (null: no such run). */
  async run(id: string): Promise<HarvestRunDto | null> {
    const found = await runById(this.connections, id);

    return found ? toRunDto(found) : null;
  }

  async runs(parentCode: string, first: number): Promise<HarvestRunDto[]> {
    const codes = await this.regionCodesOf(parentCode);

    return (await recentRuns(this.connections, codes, Math.min(Math.max(first, 1), 100))).map(toRunDto);
  }

  /**
   * The schedule, over the two latest data years (a report of the year before last can still be late or
   * changed): the sites due for each (its deadline passed with no check since, monthly re-checks, unreachable
   * sites the next day), one run per year. Nothing while a run of this process is queued. Answers the runs'
   * ids (none when nothing was due).
   */
  async tick(now: Date): Promise<string[]> {
    if (this.stopping || this.queued.size > 0) return [];
    const started: string[] = [];
    for (const year of scheduledYears(now)) {
      const due = dueChecks(await registeredSites(this.connections, null, year), year, now);
      if (due.length === 0) continue;
      const runId = await startRun(this.connections, { year, siteIds: due.map((d) => d.siteId), requestedBy: 'schedule' });
      this.logger.log(`scheduled harvest run ${runId} (${year}): ${due.length} sites due`);
      this.launch(runId);
      started.push(runId);
    }

    return started;
  }

  /** Resolves when every run queued so far has finished (tests; a graceful stop). */
  async idle(): Promise<void> {
    await this.queue;
  }

  private launch(runId: string): void {
    if (this.queued.has(runId)) return;
    this.queued.add(runId);
    this.queue = this.queue
      .then(async () => {
        if (this.stopping) return;
        const summary = await continueRun(this.connections, runId, {
          fetcher: this.getFetcher(),
          store: (doc) => this.ingestion.ingest(doc, 'system'),
          shouldStop: () => this.stopping,
          // Each recorded check bumped the dataset revision; this process drops its cached answers at once.
          onOutcome: () => this.datasetRevision.invalidate(),
        });
        this.logger.log(`harvest run ${runId}: ${summary.found} found, ${summary.notFound} not found, ${summary.unreachable} unreachable, ${summary.stored} stored`);
      })
      .catch((error: unknown) => {
        if (!this.stopping) this.logger.error(`harvest run ${runId} failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => this.queued.delete(runId));
  }

  private getFetcher(): PoliteFetcher {
    this.fetcher ??= new PoliteFetcher({ allowHosts: parseAllowHosts(this.config.get('HARVEST_ALLOW_HOSTS')), perHostDelayMs: this.config.get('HARVEST_DELAY_MS') });

    return this.fetcher;
  }

  /** A prefecture: itself and its counties; a county: itself. */
  private async regionCodesOf(code: string): Promise<string[]> {
    const current = await this.regions.resolveCode(code);
    if (current === null) throw new HarvestException(HarvestExceptionCode.REGION_NOT_FOUND, `Unknown region code ${code}`);
    const children = await this.regions.select({ parentCode: current, level: 'county' });

    return [current, ...children.map((r) => r.code).filter((c) => c !== current)];
  }
}

function validateYear(year: number, now: Date): void {
  const latest = now.getUTCFullYear() - 1;
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > latest) {
    throw new HarvestException(HarvestExceptionCode.INVALID_YEAR, `year must be an integer from ${FIRST_REPORT_YEAR} to ${latest}, not ${year}`);
  }
}

function toSiteDto(r: RegisteredSite, year: number, regionName: string | null, now: Date, scheduled: boolean): HarvestSiteDto {
  return {
    id: r.id,
    regionCode: r.regionCode,
    regionName,
    url: r.url,
    issuer: r.issuer ?? null,
    year,
    lastResult: r.lastResult,
    lastCheckedAt: r.lastCheckedAt?.toISOString() ?? null,
    lastUrl: r.lastUrl,
    lastNote: r.lastNote,
    lastReportId: r.lastReportId,
    scheduled,
    nextCheckAt: scheduled ? (nextCheckAt(r, year, now)?.toISOString() ?? null) : null,
  };
}

function toRunDto(r: RunRecord): HarvestRunDto {
  const count = (result: string | null) => r.results.filter((x) => x.result === result).length;

  return {
    id: r.id,
    year: r.year,
    status: r.status,
    requestedBy: r.requestedBy,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    siteCount: r.results.length,
    pending: count(null),
    found: count('found'),
    notFound: count('not_found'),
    unreachable: count('unreachable'),
    results: r.results.map((x) => ({ ...x, checkedAt: x.checkedAt?.toISOString() ?? null })),
  };
}
