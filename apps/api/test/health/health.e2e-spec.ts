import { DataSource } from 'typeorm';

import { type TestApp, createTestApp } from '../support/test-app';

describe('health probes (embedded)', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Reads need tokens here: the probes must stay open all the same.
    t = await createTestApp('embedded', { REQUIRE_TOKEN_FOR_READS: 'true' });
  }, 600_000);

  afterAll(() => t?.close());

  it('answers live and ready without a token, and 503 once the database is gone', async () => {
    const live = await fetch(`${t.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });

    for (const path of ['/health', '/health/ready']) {
      const ready = await fetch(`${t.url}${path}`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', database: { primary: 'up', read: 'up' } });
    }

    // Reads do need a token on this server: the probes are the exception, not a hole.
    const data = await t.graphql(`{ datasetInfo { reportCount } }`);
    expect(data.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

    await t.app.get(DataSource).destroy();
    const down = await fetch(`${t.url}/health/ready`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', database: { primary: 'down', read: 'down' } });
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
  });
});
