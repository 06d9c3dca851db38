import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

import { DEFAULT_DATA_DIR } from '@gongkai/database';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(v)) return false;
  return value;
};

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value);

const emptyToUndefined = ({ value }: { value: unknown }): unknown => (value === '' ? undefined : value);

/**
 * The one environment schema, validated at boot (fail fast). Defaults sit next to the keys; nothing else in
 * the api reads process.env.
 */
export class EnvironmentVariables {
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Interface to listen on. */
  @IsString()
  HOST = '0.0.0.0';

  /** Embedded PostgreSQL (PGlite) data folder, used only without DATABASE_URL. `memory://` keeps it in RAM. */
  @IsString()
  DATA_DIR = DEFAULT_DATA_DIR;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Optional read replica for the analytics queries; falls back to the primary. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'READ_DATABASE_URL must be a postgres:// URL' })
  READ_DATABASE_URL?: string;

  @Transform(toBoolean)
  @IsBoolean()
  REQUIRE_TOKEN_FOR_READS = false;

  /**
   * Express's `trust proxy` behind a load balancer or TLS terminator: a hop count (`1`), `loopback`, or
   * addresses/subnets. Unset, the client is the TCP peer and TLS is this process's own.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /** Per uploaded file and per request body, in bytes (30 MB). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  UPLOAD_MAX_BYTES = 30 * 1024 * 1024;

  /** Milliseconds before a GraphQL or REST request is answered with a timeout error. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  REQUEST_TIMEOUT_MS = 60_000;

  /** Ingest the generated sample data set on first start with an empty database. */
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA = true;

  /** Built dashboard to serve at `/`; defaults to apps/dashboard/dist next to the api. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DASHBOARD_DIR?: string;

  /** Pool size for DATABASE_URL (the embedded database always uses one connection). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_MAX = 10;

  /** Memory for cached GraphQL answers, in MiB; 0 turns the response cache off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(4096)
  RESPONSE_CACHE_MAX_MB = 64;

  /**
   * How long this process trusts the dataset revision it last read, in ms: another api instance's write shows
   * in this one's cached answers within this time (this instance's own writes at once). 0 reads it every request.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  RESPONSE_CACHE_REVISION_TTL_MS = 1000;

  /** Open GET /metrics (Prometheus) to anyone; closed by default, when any valid token may read it. */
  @Transform(toBoolean)
  @IsBoolean()
  METRICS_PUBLIC = false;

  /** pino's level for the JSON log lines (fatal, error, warn, info, debug, trace, silent). */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** Per-client request budgets (RATE_LIMIT_*); off, nothing is counted. */
  @Transform(toBoolean)
  @IsBoolean()
  RATE_LIMIT_ENABLED = true;

  /** The window the budgets below refill over, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_WINDOW_S = 60;

  /**
   * Read points per client (token, else address) per window: each top-level GraphQL field or REST GET costs 1,
   * an analytics field the answer cache does not hold costs RATE_LIMIT_ANALYTICS_WEIGHT.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_READ_POINTS = 3000;

  /** Write points per client per window: each mutation field, upload or REST write costs 1. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITE_POINTS = 300;

  /** What one computed analytics field (series, ranking, aggregate, coverage) costs, in read points. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  RATE_LIMIT_ANALYTICS_WEIGHT = 10;

  /**
   * Where the counters live: `memory` (this process), `postgres` (shared by every api replica on DATABASE_URL),
   * `redis` (REDIS_URL), or `auto` — redis with REDIS_URL, else postgres with DATABASE_URL, else memory (the
   * embedded database is one process by construction).
   */
  @IsIn(['auto', 'memory', 'postgres', 'redis'])
  RATE_LIMIT_STORE: 'auto' | 'memory' | 'postgres' | 'redis' = 'auto';

  /** Redis for the rate-limit counters of several replicas (redis:// or rediss://). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /**
   * The LibreOffice executable that converts .doc, .wps, .rtf and .odt uploads to .docx (Debian package
   * libreoffice-writer): a name on PATH or a path. Without it such uploads are refused naming the package.
   */
  @IsString()
  LIBREOFFICE_PATH = 'soffice';

  /** Milliseconds one LibreOffice conversion may run before its processes are killed (with the wait for a slot, under REQUEST_TIMEOUT_MS). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  CONVERT_TIMEOUT_MS = 40_000;

  /** LibreOffice conversions at once (each a process of about 200 MB). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  CONVERT_CONCURRENCY = 2;

  /** Address-space limit of a conversion's processes, in MiB. */
  @Transform(toInt)
  @IsInt()
  @Min(256)
  @Max(16_384)
  CONVERT_MEMORY_MB = 1536;

  /**
   * Hosts the harvester may fetch although they resolve to loopback or private addresses (comma-separated
   * names or addresses; the SSRF guard refuses every other such address). Tests: 127.0.0.1.
   */
  @IsString()
  HARVEST_ALLOW_HOSTS = '';

  /** Pause between two requests to one host, in milliseconds (the harvester asks one host one request at a time). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  HARVEST_DELAY_MS = 1000;

  /**
   * The harvest schedule: after each statutory deadline every registered site is checked, found reports monthly
   * again, unreachable sites the next day. Off: harvests run only when started (startHarvest, gongkai harvest).
   */
  @Transform(toBoolean)
  @IsBoolean()
  HARVEST_SCHEDULE = true;

  /** How often the schedule looks for due sites, in milliseconds (an hour). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  HARVEST_SCHEDULE_INTERVAL_MS = 3_600_000;

  /**
   * The CJK font embedded (as a subset) in briefing PDFs: an OTF/TTF, or a .ttc collection with BRIEFING_FONT_NAME
   * naming the face (Debian package fonts-noto-cjk). Without it PDF briefings answer 503 CJK_FONT_MISSING.
   */
  @IsString()
  BRIEFING_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

  /** PostScript name of the face in a collection (empty for a single-face font file). */
  @IsString()
  BRIEFING_FONT_NAME = 'NotoSansCJKsc-Regular';
}

export type Env = Readonly<{
  [K in keyof EnvironmentVariables]: EnvironmentVariables[K];
}>;

export class EnvValidationError extends Error {}

/** Validates raw variables (process.env or a test's overrides); throws listing every problem. */
export function validateEnv(raw: Record<string, string | undefined>): Env {
  const known = Object.keys(new EnvironmentVariables());
  const picked: Record<string, string> = {};
  for (const key of [...known, 'DATABASE_URL', 'READ_DATABASE_URL', 'DASHBOARD_DIR', 'TRUST_PROXY', 'REDIS_URL']) {
    const value = raw[key];
    if (value !== undefined) picked[key] = value;
  }
  const env = plainToInstance(EnvironmentVariables, picked, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: true });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new EnvValidationError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return Object.freeze({ ...env });
}
