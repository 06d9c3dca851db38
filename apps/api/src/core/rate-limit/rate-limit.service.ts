import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';

import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

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
export class RateLimitService {
  readonly enabled: boolean;
  readonly store: 'memory' | 'postgres';
  readonly analyticsWeight: number;
  private readonly limiters: Record<RequestKind, RateLimiterAbstract>;
  private readonly logger = new Logger('RateLimit');

  constructor(
    private readonly config: ConfigService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.enabled = config.get('RATE_LIMIT_ENABLED');
    const setting = config.get('RATE_LIMIT_STORE');
    this.store = setting === 'auto' ? (config.usesEmbeddedDatabase ? 'memory' : 'postgres') : setting;
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

  private limiter(kind: RequestKind, points: number): RateLimiterAbstract {
    const options = { keyPrefix: kind, points, duration: this.config.get('RATE_LIMIT_WINDOW_S') };
    const memory = new RateLimiterMemory(options);
    if (this.store === 'memory') return memory;

    return new RateLimiterPostgres({
      ...options,
      storeClient: this.dataSource,
      storeType: 'typeorm',
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
