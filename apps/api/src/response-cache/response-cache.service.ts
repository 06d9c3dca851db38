import { Injectable } from '@nestjs/common';

import { parse } from 'graphql';
import { LRUCache } from 'lru-cache';

import { ConfigService } from '../core/config/config.service';
import { isCacheableOperation } from './utils/is-cacheable-operation.util';

/** Longer query texts are not cached (nor remembered): the dashboard's are under 3 KB. */
const MAX_QUERY_LENGTH = 16 * 1024;

export type CachedResponse = { body: Buffer; contentType: string };

/**
 * Answers of cacheable GraphQL queries (see CACHEABLE_ROOT_FIELDS), keyed by dataset revision and request,
 * in an LRU bounded in bytes (RESPONSE_CACHE_MAX_MB; 0 turns caching off). Concurrent identical misses are
 * computed once: followers wait for the leader's answer.
 */
@Injectable()
export class ResponseCacheService {
  private readonly entries: LRUCache<string, CachedResponse> | null;
  /** query text + operation name → cacheable? (parsing is the costliest step of a hit). */
  private readonly operations = new LRUCache<string, boolean>({ max: 1000 });
  private readonly inflight = new Map<string, Promise<CachedResponse | null>>();

  constructor(config: ConfigService) {
    const maxBytes = config.get('RESPONSE_CACHE_MAX_MB') * 1024 * 1024;
    this.entries =
      maxBytes > 0
        ? new LRUCache<string, CachedResponse>({
            maxSize: maxBytes,
            // One answer may take at most a quarter of the cache, so a few huge answers cannot flush the rest.
            maxEntrySize: Math.floor(maxBytes / 4),
            sizeCalculation: (value, key) => value.body.length + key.length * 2 + 64,
          })
        : null;
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  /** Whether this request text may be answered from the cache (an unparsable query never is). */
  isCacheable(query: string, operationName: string | null | undefined): boolean {
    if (query.length > MAX_QUERY_LENGTH) return false;
    const memoKey = `${operationName ?? ''}\u0000${query}`;
    let cacheable = this.operations.get(memoKey);
    if (cacheable === undefined) {
      try {
        cacheable = isCacheableOperation(parse(query), operationName);
      } catch {
        cacheable = false;
      }
      this.operations.set(memoKey, cacheable);
    }

    return cacheable;
  }

  key(revision: string, request: { query: string; operationName?: string | null; variables?: unknown; accept?: string }): string {
    return JSON.stringify([revision, request.accept ?? '', request.operationName ?? null, request.query, request.variables ?? null]);
  }

  get(key: string): CachedResponse | undefined {
    return this.entries?.get(key);
  }

  /** The leader's pending answer for this key, if another request is computing it now. */
  pending(key: string): Promise<CachedResponse | null> | undefined {
    return this.inflight.get(key);
  }

  /** Marks `key` as being computed; call the returned function with the answer (or null: not cacheable). */
  begin(key: string): (response: CachedResponse | null) => void {
    let settle!: (response: CachedResponse | null) => void;
    this.inflight.set(key, new Promise((resolve) => (settle = resolve)));

    return (response) => {
      if (response) this.entries?.set(key, response);
      this.inflight.delete(key);
      settle(response);
    };
  }
}
