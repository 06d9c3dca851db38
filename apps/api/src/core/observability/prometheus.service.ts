import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';

import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';

/** Latency buckets in seconds: from a cached answer (≈ 1 ms) to a national ranking computed cold (seconds). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

type PgPool = { totalCount: number; idleCount: number; waitingCount: number };

/**
 * The api's Prometheus metrics (prom-client), on a registry of its own so that two apps in one process (the
 * tests) do not collide: HTTP requests and latency per route, GraphQL latency per operation, the answer
 * cache's hits and misses, rate-limit refusals, ingest outcomes, the database pool, and Node's defaults.
 */
@Injectable()
export class PrometheusService {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'gongkai_http_requests_total',
    help: 'HTTP requests answered, by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'gongkai_http_request_duration_seconds',
    help: 'Time from the request to the last byte of its answer, by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'gongkai_graphql_operation_duration_seconds',
    help: 'GraphQL execution time per operation (its root fields), for operations that reached the GraphQL server',
    labelNames: ['type', 'operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly responseCache = new Counter({
    name: 'gongkai_response_cache_requests_total',
    help: 'GraphQL answers by what the answer cache did: hit, miss (computed and stored), bypass, stale',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'gongkai_rate_limited_total',
    help: 'Requests refused with 429 by the per-client budgets, by budget (read, write)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly ingestDocuments = new Counter({
    name: 'gongkai_ingest_documents_total',
    help: 'Documents through the api ingest path, by outcome: ingested, superseded, duplicate, rejected, error (an exception)',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  constructor(@InjectDataSource() dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'gongkai_' });
    const pool = () => (dataSource.driver as unknown as { master?: PgPool }).master;
    new Gauge({
      name: 'gongkai_db_pool_connections',
      help: 'The primary database pool: total connections, idle ones, and queries waiting for one',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'total' }, p.totalCount);
        this.set({ state: 'idle' }, p.idleCount);
        this.set({ state: 'waiting' }, p.waitingCount);
      },
    });
  }
}
