import { DemoDataService } from '../../src/demo/demo-data.service';
import { TokensService } from '../../src/auth/tokens.service';
import { createTestApp, type TestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';

type Token = { id: string; name: string; role: string; regionCode: string | null; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

const LIST = '{ apiTokens { id name role regionCode createdAt lastUsedAt revokedAt } }';
const CREATE = 'mutation($role: Role!, $regionCode: String, $name: String) { createApiToken(role: $role, regionCode: $regionCode, name: $name) { secret token { id name role regionCode revokedAt } } }';

// What the dashboard's /admin page does with an admin token, through the running api (so it works while the api
// owns the embedded database): tokens created, listed and revoked in the store the CLI uses, and the stored
// reports searched by issuer.
describe.each(TEST_BACKENDS)('administration through GraphQL on %s', (backend) => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    await t.app.get(DemoDataService).loadIfEmpty();
    admin = await t.token('admin');
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  it('creates an editor token whose secret is shown once, lists it without it, and revokes it', async () => {
    const created = await t.graphql<{ createApiToken: { secret: string; token: Token } }>(CREATE, { role: 'editor', regionCode: '540400', name: '林芝市编辑' }, admin);
    expect(created.body.errors).toBeUndefined();
    const { secret, token } = created.body.data!.createApiToken;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(token).toMatchObject({ name: '林芝市编辑', role: 'editor', regionCode: '540400', revokedAt: null });

    // The new token works at once, with its role and scope.
    const viewer = await t.graphql<{ viewer: { role: string; regionCode: string } }>('{ viewer { role regionCode } }', undefined, secret);
    expect(viewer.body.data?.viewer).toEqual({ role: 'editor', regionCode: '540400' });

    const listed = await t.graphql<{ apiTokens: Token[] }>(LIST, undefined, admin);
    const entry = listed.body.data!.apiTokens.find((x) => x.id === token.id);
    expect(entry).toMatchObject({ name: '林芝市编辑', role: 'editor', regionCode: '540400', revokedAt: null });
    expect(entry?.lastUsedAt).not.toBeNull();
    expect(listed.text).not.toContain(secret);
    // The same store as `gongkai token list`.
    expect((await t.app.get(TokensService).list()).map((x) => x.id)).toContain(token.id);

    const revoked = await t.graphql<{ revokeApiToken: boolean }>('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: token.id }, admin);
    expect(revoked.body.data?.revokeApiToken).toBe(true);
    const after = await t.graphql<{ apiTokens: Token[] }>(LIST, undefined, admin);
    expect(after.body.data!.apiTokens.find((x) => x.id === token.id)?.revokedAt).not.toBeNull();
    const refused = await t.graphql('{ viewer { role } }', undefined, secret);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses token administration to editors and to requests without a token', async () => {
    const editor = await t.token('editor', '540400');
    for (const [token, code] of [
      [editor, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const list = await t.graphql(LIST, undefined, token);
      expect(list.body.errors?.[0]?.extensions?.['code']).toBe(code);
      const create = await t.graphql(CREATE, { role: 'admin', name: 'x' }, token);
      expect(create.body.errors?.[0]?.extensions?.['code']).toBe(code);
    }
  });

  it('refuses an editor token without a region, or with an unknown one', async () => {
    for (const regionCode of [null, '999999']) {
      const res = await t.graphql(CREATE, { role: 'editor', regionCode, name: 'x' }, admin);
      expect(res.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });

  it('finds stored reports by part of the issuer name, literally', async () => {
    const REPORTS = 'query($w: ReportFilter) { reports(first: 100, where: $w) { totalCount edges { node { issuer { name } region { code } year } } } }';
    const res = await t.graphql<{ reports: { totalCount: number; edges: { node: { issuer: { name: string }; region: { code: string }; year: number } }[] } }>(REPORTS, { w: { issuer: '工布', yearFrom: 2024 } });
    expect(res.body.data!.reports.totalCount).toBe(2);
    expect(res.body.data!.reports.edges.map((e) => [e.node.issuer.name, e.node.year])).toEqual([
      [expect.stringContaining('工布江达'), 2025],
      [expect.stringContaining('工布江达'), 2024],
    ]);
    const wildcard = await t.graphql<{ reports: { totalCount: number } }>(REPORTS, { w: { issuer: '%' } });
    expect(wildcard.body.data!.reports.totalCount).toBe(0);
    const tooLong = await t.graphql(REPORTS, { w: { issuer: '县'.repeat(101) } });
    expect(tooLong.body.errors?.[0]?.extensions?.['reason']).toBe('INVALID_FILTER');
  });

  it('lists the most recently stored reports first, page after page, and refuses a cursor of the other order', async () => {
    const PAGE = 'query($after: String, $o: ReportOrder) { reports(first: 20, after: $after, orderBy: $o) { totalCount pageInfo { hasNextPage endCursor } edges { node { id ingestedAt } } } }';
    type Page = { reports: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string; ingestedAt: string } }[] } };
    const seen: { id: string; ingestedAt: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { body: { data?: Page | null } } = await t.graphql<Page>(PAGE, { after, o: 'ingested_desc' });
      const page: Page['reports'] = res.body.data!.reports;
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const total = (await t.graphql<Page>(PAGE, { o: 'year_desc' })).body.data!.reports;
    expect(seen).toHaveLength(total.totalCount);
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
    const times = seen.map((r) => r.ingestedAt);
    expect(times).toEqual([...times].sort().reverse());
    const wrong = await t.graphql(PAGE, { after: total.pageInfo.endCursor, o: 'ingested_desc' });
    expect(wrong.body.errors?.[0]?.extensions?.['reason']).toBe('INVALID_CURSOR');
  });
});
