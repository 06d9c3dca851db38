import { useCallback, useEffect, useState } from 'react';

import { graphqlRequest, type Document } from '../../core/graphql/graphqlRequest';

export type TokenQueryResult<TData> = { data: TData | undefined; loading: boolean; error: Error | undefined; reload: () => void };

/**
 * A query sent with the admin page's token, never cached: what an administrator sees must be what the database
 * holds now (useQuery's session cache is keyed without the token). `skip` leaves it idle (no token yet).
 */
export function useTokenQuery<TData, TVariables>(query: Document<TData, TVariables>, variables: TVariables, token: string, skip = false): TokenQueryResult<TData> {
  const [state, setState] = useState<{ data?: TData; loading: boolean; error?: Error }>({ loading: !skip });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) {
      setState({ loading: false });

      return;
    }
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    graphqlRequest(query, JSON.parse(key) as TVariables, { token: token.trim() || null, signal: controller.signal }).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ loading: false, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );

    return () => controller.abort();
  }, [query, key, token, skip, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  return { data: state.data, loading: state.loading, error: state.error, reload };
}
