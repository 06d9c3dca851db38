import { DataSource } from 'typeorm';

import { linzhiCounties } from '@gongkai/sample-corpus';

import { sampleDocument } from '../support/sample-documents';
import { type TestApp, createTestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';
import { restUpload } from '../support/uploads';

type AuditNode = {
  action: string;
  actor: string;
  actorRole: string | null;
  actorTokenId: string | null;
  clientAddress: string | null;
  requestId: string | null;
  targetType: string;
  targetId: string | null;
  regionCode: string | null;
  details: string;
};

const AUDIT_LOG = `query($first: Int, $actions: [AuditAction!]) { auditLog(first: $first, actions: $actions) { totalCount edges { node {
  action actor actorRole actorTokenId clientAddress requestId targetType targetId regionCode details } } pageInfo { hasNextPage endCursor } } }`;

describe.each(TEST_BACKENDS)('audit trail of every write (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  const [, second, third] = linzhiCounties();

  /** A GraphQL call from a given address (X-Forwarded-For, trusted from loopback here); returns the request id too. */
  const call = async <T>(query: string, variables: Record<string, unknown>, token: string, address = '203.0.113.50') => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': address },
      body: JSON.stringify({ query, variables }),
    });

    return { status: res.status, requestId: res.headers.get('x-request-id'), body: (await res.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] } };
  };
  const rows = async (): Promise<AuditNode[]> => {
    const res = await t.graphql<{ auditLog: { edges: { node: AuditNode }[] } }>(AUDIT_LOG, { first: 100 }, admin);
    expect(res.body.errors).toBeUndefined();

    return (res.body.data?.auditLog.edges ?? []).map((e) => e.node).reverse();
  };
  const count = async () => Number(((await t.app.get(DataSource).query(`SELECT count(*) AS n FROM "audit_event"`)) as { n: string }[])[0]?.n);

  beforeAll(async () => {
    t = await createTestApp(backend, { TRUST_PROXY: 'loopback' });
    admin = await t.token('admin');
    adminId = ((await t.app.get(DataSource).query(`SELECT "id" FROM "api_token" ORDER BY "created_at" DESC LIMIT 1`)) as { id: string }[])[0]?.id as string;
  }, 600_000);

  afterAll(() => t?.close());

  it('records each write of the authorisation matrix once, with who, what and from where', async () => {
    const before = await count();
    // Token created (by the admin), then used by an editor of one county.
    const created = await call<{ createApiToken: { token: { id: string }; secret: string } }>(
      `mutation($r: String) { createApiToken(role: editor, regionCode: $r, name: "县级编辑") { token { id } secret } }`,
      { r: second.code },
      admin,
    );
    expect(created.body.errors).toBeUndefined();
    const editor = created.body.data?.createApiToken.secret as string;
    const editorId = created.body.data?.createApiToken.token.id as string;

    // Ingest (REST upload by the editor), then a different document of the same year: a supersede.
    const txt = sampleDocument(2023, 'txt', 1);
    const upload = await restUpload(t.url, [txt], { token: editor });
    expect(upload.body.results?.[0]?.status).toBe('ingested');
    const firstId = upload.body.results?.[0]?.reportId as string;
    const html = sampleDocument(2023, 'html', 1);
    const replaced = await restUpload(t.url, [html], { token: editor });
    expect(replaced.body.results?.[0]?.status).toBe('superseded');
    const currentId = replaced.body.results?.[0]?.reportId as string;

    const moved = await call(`mutation($id: ID!, $r: String!) { reassignReportRegion(reportId: $id, regionCode: $r, reason: "标题写错了县名") { id } }`, { id: firstId, r: third.code }, admin);
    expect(moved.body.errors).toBeUndefined();
    const checked = await call(
      `mutation($input: RecordSiteCheckInput!) { recordSiteCheck(input: $input) { year } }`,
      { input: { regionCode: second.code, year: 2023, url: 'https://example.gov.cn/xxgk/2023.html', result: 'found' } },
      editor,
      '198.51.100.9',
    );
    expect(checked.body.errors).toBeUndefined();
    const deleted = await call(`mutation($id: ID!) { deleteReport(id: $id) }`, { id: currentId }, admin);
    expect(deleted.body.errors).toBeUndefined();
    const sample = await call(`mutation { removeSampleData }`, {}, admin);
    expect(sample.body.errors).toBeUndefined();
    const revoked = await call(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: editorId }, admin);
    expect(revoked.body.errors).toBeUndefined();

    expect((await count()) - before).toBe(8);
    const log = (await rows()).slice(-8);
    expect(log.map((r) => [r.action, r.actor, r.actorRole, r.targetType, r.regionCode])).toEqual([
      ['token_created', 'test admin', 'admin', 'token', second.code],
      ['report_ingested', '县级编辑', 'editor', 'report', second.code],
      ['report_superseded', '县级编辑', 'editor', 'report', second.code],
      ['report_region_reassigned', 'test admin', 'admin', 'report', third.code],
      ['site_check_recorded', '县级编辑', 'editor', 'site_check', second.code],
      ['report_deleted', 'test admin', 'admin', 'report', second.code],
      ['sample_data_removed', 'test admin', 'admin', 'dataset', null],
      ['token_revoked', 'test admin', 'admin', 'token', second.code],
    ]);
    expect(log.map((r) => r.targetId)).toEqual([editorId, firstId, currentId, firstId, expect.any(String), currentId, null, editorId]);
    expect(log[0]?.actorTokenId).toBe(adminId);
    expect(log[1]?.actorTokenId).toBe(editorId);
    // From where: the forwarded address of each call (REST uploads came straight from loopback), and its request id.
    expect(log.map((r) => r.clientAddress)).toEqual(['203.0.113.50', '127.0.0.1', '127.0.0.1', '203.0.113.50', '198.51.100.9', '203.0.113.50', '203.0.113.50', '203.0.113.50']);
    expect(log[3]?.requestId).toBe(moved.requestId);
    expect(log[5]?.requestId).toBe(deleted.requestId);
    expect(JSON.parse(log[2]?.details ?? '{}')).toMatchObject({ fileName: html.fileName, replacedReportId: firstId, year: 2023 });
    expect(JSON.parse(log[3]?.details ?? '{}')).toMatchObject({ fromRegionCode: second.code, toRegionCode: third.code, reason: '标题写错了县名' });
    // The moved first version is the one sample report left (its successor was deleted).
    expect(JSON.parse(log[6]?.details ?? '{}')).toEqual({ reports: 1 });
  }, 300_000);

  it('leaves no audit row when a write fails, and no write when its audit row cannot be written', async () => {
    const before = await count();
    // Refused before or inside the transaction: unknown report, unknown token, unknown region, out of scope.
    expect((await call(`mutation { deleteReport(id: "00000000-0000-4000-8000-000000000000") }`, {}, admin)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await call(`mutation { revokeApiToken(id: "00000000-0000-4000-8000-000000000000") }`, {}, admin)).body.errors).toBeDefined();
    expect((await call(`mutation { createApiToken(role: editor, regionCode: "999999", name: "x") { secret } }`, {}, admin)).body.errors).toBeDefined();
    const rejected = await restUpload(t.url, [{ bytes: new TextEncoder().encode('这不是年度报告'), fileName: 'nonsense.txt' }], { token: admin, region: second.code });
    expect(rejected.body.results?.[0]?.status).toBe('rejected');
    expect(await count()).toBe(before);

    // The audit row shares the write's transaction: when it fails, the write is rolled back with it.
    const doc = sampleDocument(2022, 'txt', 2);
    const stored = await restUpload(t.url, [doc], { token: admin });
    const reportId = stored.body.results?.[0]?.reportId as string;
    const db = t.app.get(DataSource);
    await db.query(`CREATE FUNCTION audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$`);
    await db.query(`CREATE TRIGGER audit_refuse BEFORE INSERT ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_refuse()`);
    try {
      const afterStore = await count();
      const refused = await call(`mutation($id: ID!) { deleteReport(id: $id) }`, { id: reportId }, admin);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const still = (await db.query(`SELECT "status"::text AS status FROM "report" WHERE "id" = $1`, [reportId])) as { status: string }[];
      expect(still).toEqual([{ status: 'current' }]);
      const token = await call(`mutation { createApiToken(role: viewer, name: "never") { secret } }`, {}, admin);
      expect(token.body.errors).toBeDefined();
      expect(await db.query(`SELECT 1 FROM "api_token" WHERE "name" = 'never'`)).toEqual([]);
      expect(await count()).toBe(afterStore);
    } finally {
      await db.query(`DROP TRIGGER audit_refuse ON "audit_event"`);
      await db.query(`DROP FUNCTION audit_refuse()`);
    }
  }, 300_000);

  it('gives the audit log to admins only, and exports it as CSV', async () => {
    const viewer = await t.token('viewer');
    const refused = await t.graphql(AUDIT_LOG, { first: 5 }, viewer);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(AUDIT_LOG, { first: 5 })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await fetch(`${t.url}/api/audit-log.csv`)).status).toBe(401);

    const filtered = await t.graphql<{ auditLog: { totalCount: number; edges: { node: AuditNode }[] } }>(AUDIT_LOG, { first: 100, actions: ['token_created'] }, admin);
    const csv = await fetch(`${t.url}/api/audit-log.csv?actions=token_created`, { headers: { authorization: `Bearer ${admin}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('时间,操作,action,操作者,角色,来源地址,请求编号,对象类型,对象编号,地区代码,详情');
    expect(lines).toHaveLength(1 + (filtered.body.data?.auditLog.totalCount ?? -1));
    expect(lines.slice(1).every((l) => l.split(',')[1] === '创建令牌')).toBe(true);
    const bad = await fetch(`${t.url}/api/audit-log.csv?actions=nope`, { headers: { authorization: `Bearer ${admin}` } });
    expect(bad.status).toBe(400);
  }, 120_000);
});
