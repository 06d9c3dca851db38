import { type DataSource } from 'typeorm';

import { ConfigService } from '../core/config/config.service';
import { validateEnv } from '../core/config/env.schema';
import { DatasetRevisionService } from './dataset-revision.service';

/** A data source whose revision reads resolve when the test says so. */
function fakeDataSource() {
  const reads: { resolve(revision: string): void }[] = [];
  const dataSource = {
    query: () => new Promise<{ revision: string }[]>((resolve) => reads.push({ resolve: (revision) => resolve([{ revision }]) })),
  } as unknown as DataSource;

  return { dataSource, reads };
}

const service = (dataSource: DataSource, ttl: number) => new DatasetRevisionService(dataSource, new ConfigService(validateEnv({ RESPONSE_CACHE_REVISION_TTL_MS: String(ttl) })));

describe('DatasetRevisionService', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reads the revision once per TTL, and concurrent callers share one read', async () => {
    const { dataSource, reads } = fakeDataSource();
    const revisions = service(dataSource, 1000);
    const now = jest.spyOn(Date, 'now').mockReturnValue(10_000);
    const a = revisions.current();
    const b = revisions.current();
    expect(reads).toHaveLength(1);
    reads[0]?.resolve('7');
    await expect(Promise.all([a, b])).resolves.toEqual(['7', '7']);

    now.mockReturnValue(10_999);
    await expect(revisions.current()).resolves.toBe('7');
    expect(reads).toHaveLength(1);

    now.mockReturnValue(11_000);
    const c = revisions.current();
    expect(reads).toHaveLength(2);
    reads[1]?.resolve('8');
    await expect(c).resolves.toBe('8');
  });

  it('after invalidate(), reads again at once and forgets a read that started before the write', async () => {
    const { dataSource, reads } = fakeDataSource();
    const revisions = service(dataSource, 60_000);
    const stale = revisions.current();
    revisions.invalidate();
    const fresh = revisions.current();
    expect(reads).toHaveLength(2);
    reads[1]?.resolve('9');
    reads[0]?.resolve('8');
    await expect(Promise.all([stale, fresh])).resolves.toEqual(['8', '9']);
    // The late, pre-write answer ('8') was not remembered over the post-write one.
    await expect(revisions.current()).resolves.toBe('9');
    expect(reads).toHaveLength(2);
  });

  it('with TTL 0, reads the revision on every call', async () => {
    const { dataSource, reads } = fakeDataSource();
    const revisions = service(dataSource, 0);
    const first = revisions.current();
    reads[0]?.resolve('1');
    await first;
    void revisions.current();
    expect(reads).toHaveLength(2);
  });
});
