import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';

import Redis from 'ioredis';
import { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

import { ConfigService } from '../config/config.service';
import { type RequestKind } from './utils/graphql-request-cost.util';

/** The counters' table (migration AddRateLimitBucket1765600000030): one row per client, budget and window. */
export const RATE_LIMIT_TABLE = 'rate_limit_bucket';

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterS: number; limit: number };

/**
 * Per-client budgets for reads and writes, refilled every RATE_LIMIT_WINDOW_S. Counters live in this process
 * (embedded database: one process) or in PostgreSQL, shared by every replica; if PostgreSQL cannot be reached
 * the in-memory counters stand in (insurance), so a database hiccup neither opens the gates nor refuses everyone.
 */
@Injectable()
export class RateLimitService implements OnModuleDestroy {
  readonly enabled: boolean;
  readonly store: 'memory' | 'postgres' | 'redis';
  readonly analyticsWeight: number;
  private readonly limiters: Record<RequestKind, RateLimiterAbstract>;
  private readonly logger = new Logger('RateLimit');
  /**
   * Counters' own small pool: a request's budget check never waits behind the queries of the pool it guards,
   * and gives up after a second (the in-memory insurance decides meanwhile) when PostgreSQL is slow or down.
   */
  private readonly pool: Pool | null;
  private readonly redis: Redis | null;

  constructor(private readonly config: ConfigService) {
    this.enabled = config.get('RATE_LIMIT_ENABLED');
    const setting = config.get('RATE_LIMIT_STORE');
    const redisUrl = config.get('REDIS_URL');
    this.store = setting === 'auto' ? (redisUrl ? 'redis' : config.usesEmbeddedDatabase ? 'memory' : 'postgres') : setting;
    const url = config.get('DATABASE_URL');
    if (this.store === 'postgres' && !url) throw new Error('RATE_LIMIT_STORE=postgres needs DATABASE_URL (the embedded database is one process: use memory)');
    if (this.store === 'redis' && !redisUrl) throw new Error('RATE_LIMIT_STORE=redis needs REDIS_URL');
    // Commands fail at once while Redis is away (no offline queue), so the insurance counters answer instead of a wait.
    this.redis =
      this.enabled && this.store === 'redis' && redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 1000, commandTimeout: 1000 }) : null;
    this.redis?.on('error', (error: Error) => this.logger.warn(`rate limit store (Redis): ${error.message}`));
    this.pool = this.enabled && this.store === 'postgres' ? new Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 1000, query_timeout: 1000 }) : null;
    // A server restart ends idle connections with an 'error' event: without a listener it would end the process.
    this.pool?.on('error', (error) => this.logger.warn(`rate limit store connection lost: ${error.message}`));
    this.analyticsWeight = config.get('RATE_LIMIT_ANALYTICS_WEIGHT');
    this.limiters = {
      read: this.limiter('read', config.get('RATE_LIMIT_READ_POINTS')),
      write: this.limiter('write', config.get('RATE_LIMIT_WRITE_POINTS')),
    };
  }

  /** Takes `points` from the client's budget of that kind; refused when it would go below zero. */
  async consume(client: string, kind: RequestKind, points: number): Promise<RateLimitDecision> {
    if (!this.enabled || points <= 0) return { allowed: true, remaining: Number.POSITIVE_INFINITY };
    const limiter = this.limiters[kind];
    try {
      const res = await limiter.consume(client, points);

      return { allowed: true, remaining: res.remainingPoints };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterS: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), limit: limiter.points };
      // Neither store answered (the insurance limiter is in memory, so this is a bug, not an outage): let it pass, loudly.
      this.logger.error(`rate limit store failed: ${rejection instanceof Error ? rejection.message : String(rejection)}`);

      return { allowed: true, remaining: 0 };
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.end();
    this.redis?.disconnect();
  }

  private limiter(kind: RequestKind, points: number): RateLimiterAbstract {
    const options = { keyPrefix: kind, points, duration: this.config.get('RATE_LIMIT_WINDOW_S') };
    const memory = new RateLimiterMemory(options);
    if (this.redis) {
      return new RateLimiterRedis({ ...options, storeClient: this.redis, rejectIfRedisNotReady: true, inMemoryBlockOnConsumed: points, insuranceLimiter: memory });
    }
    if (!this.pool) return memory;

    return new RateLimiterPostgres({
      ...options,
      storeClient: this.pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      // The migration made it; the library would otherwise CREATE TABLE at start from every replica.
      tableCreated: true,
      clearExpiredByTimeout: true,
      // A client over its budget is refused from memory until the window turns: a flood costs no queries.
      inMemoryBlockOnConsumed: points,
      insuranceLimiter: memory,
    });
  }
}
