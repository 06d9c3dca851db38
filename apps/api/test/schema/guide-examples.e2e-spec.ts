import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { extractGuideExamples, type GuideExample } from '../../src/core/graphql/utils/extract-guide-examples.util';
import { DemoDataService } from '../../src/demo/demo-data.service';
import { createTestApp, type TestApp } from '../support/test-app';

const GUIDE = join(__dirname, '..', '..', '..', '..', 'docs', 'GRAPHQL.md');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

// Every `gq '…'` of docs/GRAPHQL.md, sent as written to an api holding the demo data (ids differ per install, so
// the guide's report ids and `<id>` placeholders are replaced by real ones): each must be JSON and answer without
// errors. Queries run first, then the writes, so a write cannot make a later read fail.
describe('the examples of docs/GRAPHQL.md', () => {
  let t: TestApp;
  let admin: string;
  let reportId: string;
  let tokenId: string;
  const { examples, problems } = extractGuideExamples(readFileSync(GUIDE, 'utf8'));

  beforeAll(async () => {
    t = await createTestApp('embedded');
    await t.app.get(DemoDataService).loadIfEmpty();
    admin = await t.token('admin');
    // The guide's report is 工布江达县 2025; its region move (reassignReportRegion) goes to 波密县.
    const reports = await t.graphql<{ reports: { edges: { node: { id: string } }[] } }>('{ reports(first: 1, where: { regionCode: "540421", yearFrom: 2025, yearTo: 2025 }) { edges { node { id } } } }');
    reportId = reports.body.data!.reports.edges[0]!.node.id;
    const token = await t.graphql<{ createApiToken: { token: { id: string } } }>('mutation { createApiToken(role: viewer, name: "guide test") { token { id } } }', undefined, admin);
    tokenId = token.body.data!.createApiToken.token.id;
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  it('are all JSON bodies with a query (no string broken over lines)', () => {
    expect(problems).toEqual([]);
    expect(examples.length).toBeGreaterThanOrEqual(20);
  });

  const ordered = [...examples].sort((a, b) => Number(isWrite(a)) - Number(isWrite(b)));
  it.each(ordered.map((e) => [`${e.title} (line ${e.line})`, e] as const))('%s answers without errors', async (_name, example) => {
    const id = example.title === 'revokeApiToken' ? tokenId : reportId;
    const query = example.query.replace(UUID, reportId).replaceAll('<id>', id);
    const res = await t.graphql(query, example.variables ?? undefined, admin);
    expect({ status: res.status, errors: res.body.errors ?? [] }).toEqual({ status: 200, errors: [] });
    for (const value of Object.values(res.body.data ?? {})) expect(value).not.toBeNull();
  });

  it('answers a body that is not JSON with 400 in the GraphQL errors shape', async () => {
    // What the guide's old report(id) example sent: a newline inside a JSON string.
    for (const body of ['{"query":"{ report(id: \\"x\\") { title\n year } }"}', '{"query": "{ datasetInfo { reportCount } }"', 'not json']) {
      const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/json');
      const answer = (await res.json()) as { errors: { message: string; extensions: Record<string, string> }[] };
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors[0]!.message).toMatch(/^The request body is not valid JSON/);
      expect(answer.errors[0]!.extensions).toEqual({ code: 'BAD_REQUEST', reason: 'MALFORMED_JSON', messageZh: expect.stringContaining('JSON') });
    }
  });

  it('still answers a JSON body', async () => {
    const res = await t.graphql<{ datasetInfo: { reportCount: number } }>('{ datasetInfo { reportCount } }');
    expect(res.body.data?.datasetInfo.reportCount).toBeGreaterThan(0);
  });
});

function isWrite(example: GuideExample): boolean {
  return /^\s*mutation\b/.test(example.query);
}
