/**
 * The Query fields that compute over many reports (a national ranking reads every county): the complexity
 * limit and the rate limit both weigh them heavier than a lookup.
 */
export const ANALYTICS_FIELDS: ReadonlySet<string> = new Set(['series', 'ranking', 'aggregate', 'board', 'coverage']);
