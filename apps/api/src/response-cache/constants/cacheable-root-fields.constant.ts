/**
 * Root Query fields whose answer depends only on their arguments and the stored data: the same request at
 * the same dataset revision gets the same bytes, whoever asks. `viewer` (depends on the token) and
 * introspection are not listed; a request with any unlisted root field is never cached.
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'aggregate',
  'board',
  'coverage',
  'datasetInfo',
  'findings',
  'metrics',
  'ranking',
  'region',
  'regions',
  'report',
  'reports',
  'rules',
  'series',
]);
