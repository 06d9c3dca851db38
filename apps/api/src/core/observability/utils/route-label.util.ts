/** A bounded route label for metrics (never a raw path: ids and dashboard URLs would explode the series). */
export function routeLabel(path: string): string {
  if (path === '/graphql' || path.startsWith('/graphql/')) return '/graphql';
  if (/^\/api\/reports\/[^/]+\/source$/.test(path)) return '/api/reports/:id/source';
  if (path === '/api/reports') return '/api/reports';
  if (path === '/api/audit-log.csv') return '/api/audit-log.csv';
  if (path.startsWith('/api/')) return '/api/other';
  if (path === '/metrics') return '/metrics';
  if (path === '/health' || path.startsWith('/health/')) return '/health';
  if (path.startsWith('/assets/')) return '/assets';

  return 'dashboard';
}
