import { useEffect, useState } from 'react';

import { graphqlRequest, type Document } from '../graphql/graphqlRequest';

export type QueryResult<TData> = { data: TData | undefined; loading: boolean; error: Error | undefined; reload: () => void };

type CacheEntry = { data?: unknown; promise?: Promise<unknown> };

// Results are kept for the session so that going back to a page or a filter is instant.
const cache = new Map<string, CacheEntry>();

/** Mounted queries, told when the data changed so they fetch again (the sample banner after a removal…). */
const invalidated = new Set<() => void>();

/** Forget every cached result (after an upload or a removal changed the data); mounted queries fetch again. */
export function clearQueryCache(): void {
  cache.clear();
  for (const refetch of invalidated) refetch();
}

function keyOf<TData, TVariables>(query: Document<TData, TVariables>, variables: TVariables | undefined): string {
  return `${query.toString()}\u0000${JSON.stringify(variables ?? {})}`;
}

/** Starts a query before React renders (the first data request should not wait for the first render). */
export function prefetchQuery<TData, TVariables>(query: Document<TData, TVariables>, variables?: TVariables): Promise<unknown> {
  const key = keyOf(query, variables);
  const hit = cache.get(key);
  if (hit?.promise) return hit.promise;
  if (hit) return Promise.resolve(hit.data);
  const promise = graphqlRequest(query, variables);
  cache.set(key, { promise });
  promise.then(
    (data) => cache.set(key, { data, promise }),
    () => cache.delete(key),
  );

  return promise;
}

type State<TData> = { key: string; nonce: number; data?: TData; error?: Error };

/** Runs a GraphQL query and re-runs it when the variables change. `skip` defers it. */
export function useQuery<TData, TVariables>(query: Document<TData, TVariables>, variables?: TVariables, { skip = false }: { skip?: boolean } = {}): QueryResult<TData> {
  const key = keyOf(query, variables);
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<State<TData>>({ key: '', nonce: -1 });

  useEffect(() => {
    const refetch = () => setNonce((n) => n + 1);
    invalidated.add(refetch);

    return () => {
      invalidated.delete(refetch);
    };
  }, []);

  useEffect(() => {
    if (skip) return;
    let active = true;
    const hit = cache.get(key);
    let promise: Promise<unknown>;
    if (nonce === 0 && hit?.promise) {
      promise = hit.promise;
    } else {
      promise = graphqlRequest(query, variables);
      cache.set(key, { promise });
      promise.then(
        (data) => cache.set(key, { data, promise }),
        // Errors are not cached: the next visit tries again.
        () => cache.delete(key),
      );
    }
    promise.then(
      (data) => {
        if (active) setState({ key, nonce, data: data as TData });
      },
      (error: unknown) => {
        if (active) setState({ key, nonce, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );

    return () => {
      active = false;
    };
    // `query` and `variables` are captured through `key`.
  }, [key, skip, nonce]);

  const settled = state.key === key && state.nonce === nonce;
  const cached = cache.get(key)?.data as TData | undefined;

  return {
    data: settled ? state.data : nonce === 0 ? cached : undefined,
    loading: !skip && !settled && !(nonce === 0 && cached !== undefined),
    error: settled ? state.error : undefined,
    reload: () => setNonce((n) => n + 1),
  };
}
