import { sampleDocument } from '../support/sample-documents';
import { type TestApp, createTestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';
import { restUpload } from '../support/uploads';

/** The value of one sample line (`name{labels} value`) of a Prometheus text answer, or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));

  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe.each(TEST_BACKENDS)('security headers and the operator’s metrics (%s)', (backend) => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.token('admin');
  }, 600_000);

  afterAll(() => t?.close());

  it('sends the security headers and a request id on every route, errors included', async () => {
    const routes: Array<[string, RequestInit]> = [
      ['/', { headers: { accept: 'text/html' } }],
      ['/county/540402', { headers: { accept: 'text/html' } }],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ datasetInfo { reportCount } }"}' }],
      ['/graphql', { headers: { accept: 'text/html' } }],
      ['/api/reports/00000000-0000-4000-8000-000000000000/source', {}],
      ['/api/audit-log.csv', {}],
      ['/health/live', {}],
      ['/metrics', {}],
    ];
    for (const [path, init] of routes) {
      const res = await fetch(`${t.url}${path}`, init);
      const headers = { path, csp: res.headers.get('content-security-policy'), nosniff: res.headers.get('x-content-type-options'), referrer: res.headers.get('referrer-policy') };
      expect(headers).toEqual({ path, csp: expect.stringContaining("frame-ancestors 'none'"), nosniff: 'nosniff', referrer: 'no-referrer' });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
    // A proxy's request id is kept (so its logs and ours line up); a malformed one is replaced.
    const forwarded = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'lb-7f3a9c21-0001' } });
    expect(forwarded.headers.get('x-request-id')).toBe('lb-7f3a9c21-0001');
    const hostile = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'a b "quoted" <script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers /metrics in Prometheus text format to a token only, with requests, latency per operation, cache, ingest and pool', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    const query = async () =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ datasetInfo { reportCount } }' }) });
    await query();
    await query();
    const upload = await restUpload(t.url, [sampleDocument(2021, 'txt', 3)], { token: admin });
    expect(upload.body.results?.[0]?.status).toBe('ingested');

    const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE gongkai_http_requests_total counter');
    expect(sample(text, 'gongkai_http_requests_total', { method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'gongkai_http_request_duration_seconds_count', { method: 'POST', route: '/graphql' })).toBeGreaterThanOrEqual(2);
    // The first query computed (miss), the second came from the cache (hit): the hit ratio's two terms.
    expect(sample(text, 'gongkai_response_cache_requests_total', { result: 'miss' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'gongkai_response_cache_requests_total', { result: 'hit' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'gongkai_graphql_operation_duration_seconds_count', { type: 'query', operation: 'datasetInfo', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'gongkai_ingest_documents_total', { status: 'ingested' })).toBe(1);
    expect(sample(text, 'gongkai_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(text).toContain('gongkai_process_resident_memory_bytes');
  });

  it('opens /metrics to anyone only when METRICS_PUBLIC is set', async () => {
    const open = await createTestApp(backend, { METRICS_PUBLIC: 'true' });
    try {
      const res = await fetch(`${open.url}/metrics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('gongkai_http_requests_total');
    } finally {
      await open.close();
    }
  }, 600_000);
});
