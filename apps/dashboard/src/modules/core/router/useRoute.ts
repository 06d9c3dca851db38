import { useSyncExternalStore } from 'react';

import { decodeRoute, encodeRoute, patchParams, type Route } from './urlState';

const EVENT = 'gongkai:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(EVENT, callback);

  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(EVENT, callback);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** Goes to a route; `replace` for filter changes that should not flood the history. */
export function navigate(route: Route, { replace = false }: { replace?: boolean } = {}): void {
  const url = encodeRoute(route);
  if (url === snapshot()) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(EVENT));
  if (!replace) window.scrollTo(0, 0);
}

export type UseRouteResult = {
  route: Route;
  setParams: (patch: Record<string, string | number | undefined>, options?: { replace?: boolean }) => void;
};

export function useRoute(): UseRouteResult {
  const url = useSyncExternalStore(subscribe, snapshot, () => '/');
  const [path, search = ''] = url.split('?');
  const route = decodeRoute(path, search);

  return {
    route,
    setParams: (patch, options) => navigate({ ...route, params: patchParams(route.params, patch) }, { replace: options?.replace ?? true }),
  };
}

/** Props for an <a> that navigates without a reload (and still works with middle click / copy link). */
export function linkProps(route: Route): { href: string; onClick: (event: { preventDefault: () => void; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; button: number }) => void } {
  return {
    href: encodeRoute(route),
    onClick: (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(route);
    },
  };
}
