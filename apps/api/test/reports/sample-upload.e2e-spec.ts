import { DataSource } from 'typeorm';

import { generateReportSeries, linzhiCounties, renderSample, resolveRegions } from '@gongkai/sample-corpus';

import { asRealDocument, carryMismatchPair, renderTxt, sampleDocument } from '../support/sample-documents';
import { createTestApp, type TestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';
import { graphqlUpload, restUpload } from '../support/uploads';

type Finding = { rule: string; scope: string };

/** Issue 12 points 5 and 6: sample data kept apart, uploads that explain themselves and check in the right order. */
describe.each(TEST_BACKENDS)('sample data and uploads on %s', (backend) => {
  let t: TestApp;
  let admin: string;
  let editorLinzhi: string;
  let viewer: string;
  const counties = linzhiCounties();

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.token('admin');
    editorLinzhi = await t.token('editor', '540400');
    viewer = await t.token('viewer');
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  const crossYearOf = async (id: string): Promise<string[]> => {
    const read = await t.graphql<{ report: { findings: Finding[] } }>(`query($id: ID!) { report(id: $id) { findings { rule scope } } }`, { id });
    expect(read.body.errors).toBeUndefined();

    return (read.body.data?.report.findings ?? []).filter((f) => f.scope === 'cross_year').map((f) => f.rule);
  };

  it('checks the region scope before answering duplicate: an editor of 540400 does not learn the id of a stored 江苏 report', async () => {
    const [xuanwu] = resolveRegions({ regions: ['320102'] });
    const [sample] = generateReportSeries({ region: xuanwu as never, years: [2022], seed: 'jiangsu', errorRate: 0 });
    const doc = { bytes: renderSample(sample as never, 'txt'), fileName: '320102-2022.txt' };
    const stored = await restUpload(t.url, [doc], { token: admin });
    const storedId = stored.body.results?.[0].reportId as string;
    expect(storedId).toEqual(expect.any(String));

    const rest = await restUpload(t.url, [doc], { token: editorLinzhi });
    expect(rest.status).toBe(403);
    expect(rest.body.results?.[0]).toMatchObject({ status: 'rejected', reportId: null, report: null, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(rest.body)).not.toContain(storedId);
    // Naming a region in scope does not help: known bytes are checked against the region they are stored under.
    const named = await restUpload(t.url, [doc], { token: editorLinzhi, region: '540421' });
    expect(named.status).toBe(403);
    expect(JSON.stringify(named.body)).not.toContain(storedId);
    const gql = await graphqlUpload(t.url, doc, { token: editorLinzhi });
    expect(gql.body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect(JSON.stringify(gql.body)).not.toContain(storedId);
    // The owner of the scope gets the duplicate answer with the id.
    const again = await restUpload(t.url, [doc], { token: admin });
    expect(again.body.results?.[0]).toMatchObject({ status: 'duplicate', reportId: storedId, report: { region: { code: '320102', name: '玄武区' } } });
  });

  it('answers REGION_UNKNOWN with HTTP 422 and a typed error, on REST and GraphQL', async () => {
    const doc = sampleDocument(2019, 'txt', 5, 'unknown-region');
    const rest = await restUpload(t.url, [doc], { token: admin, region: '999999' });
    expect(rest.status).toBe(422);
    expect(rest.body.error).toMatchObject({ code: 'UNPROCESSABLE', reason: 'REGION_UNKNOWN', messageZh: expect.stringContaining('999999') });
    expect(rest.body.results?.[0]).toMatchObject({ status: 'rejected', reportId: null, error: { code: 'REGION_UNKNOWN' } });
    const gql = await graphqlUpload(t.url, doc, { token: admin, regionCode: '999999' });
    expect(gql.body.data ?? null).toBeNull();
    expect(gql.body.errors?.[0].extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'REGION_UNKNOWN', messageZh: expect.stringContaining('999999') });
  });

  it('says in each result the issuer, region (code and name), year, template, distinct findings with the report page, and what it replaced', async () => {
    const county = counties[2];
    const sample = sampleDocument(2021, 'txt', 2, 'rich');
    const first = await restUpload(t.url, [sample], { token: admin });
    expect(first.status).toBe(200);
    const sampleId = first.body.results?.[0].reportId as string;
    expect(first.body.results?.[0]).toEqual({
      file: sample.fileName,
      status: 'ingested',
      reportId: sampleId,
      error: null,
      replaced: null,
      report: {
        issuer: { name: expect.stringContaining(county?.name as string), kind: expect.any(String) },
        region: { code: county?.code, name: county?.name, path: expect.stringContaining('林芝市') },
        year: 2021,
        template: 'gb2021',
        status: 'current',
        sampleData: true,
        findingCount: expect.any(Number),
        url: `/report/${sampleId}`,
      },
    });
    const ds = t.app.get(DataSource);
    const [{ n }]: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM (SELECT DISTINCT rule, scope, cells FROM validation_issue WHERE report_id = $1) d`,
      [sampleId],
    );
    expect(first.body.results?.[0].report?.findingCount).toBe(n);

    // A real report of the same issuer and year replaces the generated one: the answer says so.
    const real = asRealDocument(sample);
    const second = await restUpload(t.url, [real], { token: admin });
    expect(second.body.results?.[0]).toMatchObject({
      status: 'superseded',
      report: { sampleData: false, year: 2021, region: { code: county?.code } },
      replaced: { reportId: sampleId, sampleData: true, fileName: sample.fileName, ingestedAt: expect.any(String) },
    });
    // The same through GraphQL: a real report replacing a (real) earlier version is said, not flagged as sample.
    const gql = await graphqlUpload(t.url, asRealDocument(sample, '\n'), { token: admin });
    expect(gql.body.errors).toBeUndefined();
    const answer = gql.body.data?.ingestReport as unknown as Record<string, unknown>;
    expect(answer).toMatchObject({ status: 'superseded', replaced: { reportId: second.body.results?.[0].reportId, sampleData: false } });
    expect(answer['reportUrl']).toBe(`/report/${(answer['report'] as { id: string }).id}`);
    expect(answer['findingCount']).toEqual(expect.any(Number));
  });

  it('never compares a real report with a sample one, in either direction', async () => {
    const [earlier, later] = carryMismatchPair([2022, 2023], 3);
    const sample2022 = await restUpload(t.url, [renderTxt(earlier)], { token: admin });
    const sample2023 = await restUpload(t.url, [renderTxt(later)], { token: admin });
    const laterId = sample2023.body.results?.[0].reportId as string;
    // Between two samples the rule runs (this pair is built to fail it).
    expect(await crossYearOf(laterId)).toContain('XY_T3_CARRY');

    const real2022 = await restUpload(t.url, [asRealDocument(renderTxt(earlier))], { token: admin });
    expect(real2022.body.results?.[0]).toMatchObject({ status: 'superseded', replaced: { reportId: sample2022.body.results?.[0].reportId, sampleData: true } });
    expect(await crossYearOf(laterId)).toEqual([]);
    // And a real later year against the sample earlier one: 2024 real (its carry-in bumped) after sample 2023.
    const [, real2024] = carryMismatchPair([2023, 2024], 3);
    const stored2024 = await restUpload(t.url, [asRealDocument(renderTxt(real2024))], { token: admin });
    expect(await crossYearOf(stored2024.body.results?.[0].reportId as string)).toEqual([]);
  });

  it('re-assigns a stored report to another region: an editor in scope of both or an admin, recorded with who and when', async () => {
    const [from, to] = [counties[0], counties[4]] as [{ code: string }, { code: string }];
    // A county-4 document uploaded under county 0 by mistake.
    const doc = asRealDocument(sampleDocument(2020, 'txt', 4, 'reassign'));
    const up = await restUpload(t.url, [doc], { token: admin, region: from.code });
    const id = up.body.results?.[0].reportId as string;
    expect(up.body.results?.[0].report?.region.code).toBe(from.code);
    const MOVE = `mutation($id: ID!, $code: String!, $reason: String!) {
      reassignReportRegion(reportId: $id, regionCode: $code, reason: $reason) { id reason changedBy changedAt fromRegion { code } toRegion { code name } report { id region { code } status } }
    }`;

    const outside = await t.graphql(MOVE, { id, code: '540102', reason: '错填' }, editorLinzhi);
    expect(outside.body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const asViewer = await t.graphql(MOVE, { id, code: to.code, reason: '错填' }, viewer);
    expect(asViewer.body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const unknown = await t.graphql(MOVE, { id, code: '999999', reason: '错填' }, admin);
    expect(unknown.body.errors?.[0].extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'REGION_UNKNOWN' });
    const noReason = await t.graphql(MOVE, { id, code: to.code, reason: ' ' }, admin);
    expect(noReason.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    const ds = t.app.get(DataSource);
    expect(await ds.query(`SELECT count(*)::int AS n FROM report_region_change`)).toEqual([{ n: 0 }]);

    const moved = await t.graphql<{ reassignReportRegion: Record<string, unknown> }>(MOVE, { id, code: to.code, reason: '上传时选错了县' }, editorLinzhi);
    expect(moved.body.errors).toBeUndefined();
    expect(moved.body.data?.reassignReportRegion).toMatchObject({
      reason: '上传时选错了县',
      changedBy: 'test editor',
      fromRegion: { code: from.code },
      toRegion: { code: to.code },
      report: { id, region: { code: to.code }, status: 'current' },
    });
    const rows: { report_id: string; from_region_code: string; to_region_code: string; changed_by: string; changed_by_token_id: string | null; changed_at: Date }[] =
      await ds.query(`SELECT report_id, from_region_code, to_region_code, changed_by, changed_by_token_id, changed_at FROM report_region_change`);
    expect(rows).toEqual([
      { report_id: id, from_region_code: from.code, to_region_code: to.code, changed_by: 'test editor', changed_by_token_id: expect.any(String), changed_at: expect.anything() },
    ]);
    const history = await t.graphql<{ report: { regionChanges: Record<string, unknown>[] } }>(
      `query($id: ID!) { report(id: $id) { regionChanges { reason changedBy changedAt fromRegion { code } toRegion { code } report { id } } } }`,
      { id },
    );
    expect(history.body.data?.report.regionChanges).toEqual([
      { reason: '上传时选错了县', changedBy: 'test editor', changedAt: expect.any(String), fromRegion: { code: from.code }, toRegion: { code: to.code }, report: { id } },
    ]);
    // The read side follows: the report is listed under its new region and stands for it.
    const listed = await t.graphql<{ reports: { edges: { node: { id: string } }[] } }>(
      `query($code: String!) { reports(where: { regionCode: $code, yearFrom: 2020, yearTo: 2020 }) { edges { node { id } } } }`,
      { code: to.code },
    );
    expect(listed.body.data?.reports.edges.map((e) => e.node.id)).toContain(id);
    expect(await ds.query(`SELECT report_id FROM primary_report WHERE region_code = $1 AND year = 2020`, [to.code])).toEqual([{ report_id: id }]);
    expect(await ds.query(`SELECT report_id FROM primary_report WHERE region_code = $1 AND year = 2020`, [from.code])).toEqual([]);
  });

  it('removes the whole demo set through an admin mutation, and nothing else; cached answers do not outlive it', async () => {
    const ds = t.app.get(DataSource);
    const info = `{ datasetInfo { reportCount sampleReportCount } }`;
    const before = await t.graphql<{ datasetInfo: { reportCount: number; sampleReportCount: number } }>(info);
    expect(before.body.data?.datasetInfo.sampleReportCount).toBeGreaterThan(0);
    const [{ samples, real }]: { samples: number; real: number }[] = await ds.query(
      `SELECT count(*) FILTER (WHERE sample_data)::int AS samples, count(*) FILTER (WHERE NOT sample_data)::int AS real FROM report`,
    );
    const realIds: { id: string; status: string }[] = await ds.query(`SELECT id, status::text AS status FROM report WHERE NOT sample_data ORDER BY id`);

    for (const token of [editorLinzhi, viewer]) {
      const refused = await t.graphql(`mutation { removeSampleData }`, {}, token);
      expect(refused.body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    }
    const removed = await t.graphql<{ removeSampleData: number }>(`mutation { removeSampleData }`, {}, admin);
    expect(removed.body).toEqual({ data: { removeSampleData: samples } });

    expect(await ds.query(`SELECT id, status::text AS status FROM report ORDER BY id`)).toEqual(realIds);
    const after = await t.graphql<{ datasetInfo: { reportCount: number; sampleReportCount: number } }>(info);
    expect(after.body.data?.datasetInfo.sampleReportCount).toBe(0);
    expect(after.body.data?.datasetInfo.reportCount).toBe(realIds.filter((r) => r.status === 'current').length);
    expect(real).toBe(realIds.length);
    const again = await t.graphql<{ removeSampleData: number }>(`mutation { removeSampleData }`, {}, admin);
    expect(again.body.data?.removeSampleData).toBe(0);
  });
});
