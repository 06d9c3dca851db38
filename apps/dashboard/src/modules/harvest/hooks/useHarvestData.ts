import { useCallback, useEffect, useRef, useState } from 'react';

import { graphqlRequest } from '../../core/graphql/graphqlRequest';
import { GET_HARVEST } from '../graphql/queries';
import { type HarvestData } from '../types';

/** While a run is going on, its progress is asked for this often. */
const POLL_MS = 2000;

/**
 * The region's sites and recent runs. Unlike useQuery it keeps showing the last answer while it asks again,
 * and asks every POLL_MS while a run is running, so the table fills in as the sites are checked.
 */
export function useHarvestData(parentCode: string | null, year: number): { data: HarvestData | undefined; error: Error | undefined; reload: () => void } {
  const [data, setData] = useState<HarvestData | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [nonce, setNonce] = useState(0);
  const key = `${parentCode}|${year}`;
  const shownKey = useRef('');

  useEffect(() => {
    if (!parentCode) return;
    let active = true;
    if (shownKey.current !== key) setData(undefined);
    graphqlRequest(GET_HARVEST, { parentCode, year }).then(
      (answer) => {
        if (!active) return;
        shownKey.current = key;
        setData(answer);
        setError(undefined);
      },
      (e: unknown) => active && setError(e instanceof Error ? e : new Error(String(e))),
    );

    return () => {
      active = false;
    };
  }, [key, parentCode, year, nonce]);

  const running = data?.harvestRuns.some((r) => r.status === 'running') ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setNonce((n) => n + 1), POLL_MS);

    return () => clearTimeout(timer);
  }, [running, data]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);

  return { data: shownKey.current === key ? data : undefined, error, reload };
}
