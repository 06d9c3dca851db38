/** URL ⇄ view state. Every filter lives in the query string so a reload or a copied link restores the view. */

export type RouteName = 'overview' | 'trends' | 'compare' | 'county' | 'report' | 'quality' | 'upload' | 'harvest' | 'admin';

export type Route = { name: RouteName; id?: string; params: Record<string, string> };

const PATHS: Record<RouteName, string> = {
  overview: '/',
  trends: '/trends',
  compare: '/compare',
  county: '/county',
  report: '/report',
  quality: '/quality',
  upload: '/upload',
  harvest: '/harvest',
  admin: '/admin',
};

/** Reads a route from a pathname and a search string. Unknown paths fall back to the overview. */
export function decodeRoute(pathname: string, search: string): Route {
  const params: Record<string, string> = {};
  new URLSearchParams(search).forEach((value, key) => {
    if (value !== '') params[key] = value;
  });
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const head = parts[0] ?? '';
  const name = (Object.keys(PATHS) as RouteName[]).find((n) => PATHS[n] === `/${head}`) ?? 'overview';
  if ((name === 'county' || name === 'report') && parts[1]) return { name, id: parts[1], params };

  return { name: name === 'county' || name === 'report' ? 'overview' : name, params };
}

/** Writes a route as `path?query`, keys sorted and empty values left out, so equal views have equal links. */
export function encodeRoute(route: Route): string {
  const base = route.id ? `${PATHS[route.name]}/${encodeURIComponent(route.id)}` : PATHS[route.name];
  const search = new URLSearchParams();
  for (const key of Object.keys(route.params).sort()) {
    const value = route.params[key];
    if (value !== undefined && value !== '') search.set(key, value);
  }
  const query = search.toString();

  return query ? `${base}?${query}` : base;
}

export function readString(params: Record<string, string>, key: string, fallback: string): string {
  return params[key] ?? fallback;
}

export function readInt(params: Record<string, string>, key: string, fallback: number): number {
  const raw = params[key];
  if (raw === undefined || !/^-?\d+$/.test(raw)) return fallback;

  return Number(raw);
}

export function readList(params: Record<string, string>, key: string): string[] {
  const raw = params[key];

  return raw ? raw.split(',').filter(Boolean) : [];
}

export function readBool(params: Record<string, string>, key: string): boolean {
  return params[key] === '1';
}

export function writeList(values: readonly string[]): string {
  return values.join(',');
}

export function writeBool(value: boolean): string {
  return value ? '1' : '';
}

/** Returns the params with `patch` applied; `undefined` or '' removes a key. */
export function patchParams(params: Record<string, string>, patch: Record<string, string | number | undefined>): Record<string, string> {
  const next = { ...params };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === '') delete next[key];
    else next[key] = String(value);
  }

  return next;
}
