import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { DEMO_YEARS } from '../../src/demo/demo-data.service';
import { createTestApp, type TestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';
import { restUpload } from '../support/uploads';

/** The demo data set's seed (demo-data.service.ts): the reports a fresh install shows. */
const DEMO_SEED = 'gongkai-demo';

type Finding = { rule: string; severity: string; modes: string[]; cells: string[]; expected: string; actual: string; messageZh: string };

describe.each(TEST_BACKENDS)('one finding per problem on %s', (backend) => {
  let t: TestApp;
  let reportId: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    const admin = await t.token('admin');
    // 朗县 of the demo set, 2024 and 2025 (the year before, for the cross-year rules), as the demo loads them.
    const region = linzhiCounties().find((r) => r.name === '朗县');
    if (!region) throw new Error('朗县 is not a county of the sample corpus');
    const samples = generateReportSeries({ region, years: DEMO_YEARS, seed: DEMO_SEED }).filter((s) => s.year >= 2024);
    const uploaded = await restUpload(
      t.url,
      samples.map((s) => ({ bytes: renderSample(s, 'txt'), fileName: `${s.region.name}-${s.year}.txt` })),
      { token: admin, region: region.code },
    );
    expect(uploaded.body.results?.map((r) => r.status)).toEqual(['ingested', 'ingested']);
    reportId = uploaded.body.results?.[1]?.reportId as string;
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  it('朗县 2025 has exactly 2 findings, each failing in both modes, and 2 in every count', async () => {
    const read = await t.graphql<{ report: { year: number; failedRules: string[]; findings: Finding[]; strict: { id: string }[]; lenient: { id: string }[] } }>(
      `query($id: ID!) { report(id: $id) {
        year failedRules findings { rule severity modes cells expected actual messageZh }
        strict: findings(mode: strict) { id } lenient: findings(mode: lenient) { id } } }`,
      { id: reportId },
    );
    expect(read.body.errors).toBeUndefined();
    const report = read.body.data?.report;
    expect(report?.year).toBe(2025);
    expect(report?.findings.map((f) => [f.rule, f.severity, f.modes, f.cells[0], f.expected, f.actual])).toEqual([
      ['T3_BALANCE', 'ERROR', ['strict', 'lenient'], 't3_new_received_law', '3', '0'],
      ['T3_BALANCE', 'ERROR', ['strict', 'lenient'], 't3_new_received_tot', '9', '6'],
    ]);
    expect(report?.findings[0]?.messageZh).toBe('表三“法律服务机构”列：本年新收 3 + 上年结转 0 ≠ 办理结果总计 0 + 结转下年度 0');
    expect(report?.failedRules).toEqual(['T3_BALANCE']);
    // A mode filter keeps the problems failing in that mode: both, once each.
    expect([report?.strict.length, report?.lenient.length]).toEqual([2, 2]);

    // The quality list and the overview count (findings of the prefecture in the year) count problems.
    const list = await t.graphql<{ all: { totalCount: number }; errors: { totalCount: number; edges: { node: { modes: string[] } }[] } }>(
      `{ all: findings(first: 10, where: { regionCode: "540400", yearFrom: 2025, yearTo: 2025 }) { totalCount }
         errors: findings(first: 10, where: { regionCode: "540400", yearFrom: 2025, yearTo: 2025, severity: ERROR, mode: strict }) { totalCount edges { node { modes } } } }`,
    );
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data?.all.totalCount).toBe(2);
    expect(list.body.data?.errors.totalCount).toBe(2);
    expect(list.body.data?.errors.edges.map((e) => e.node.modes)).toEqual([
      ['strict', 'lenient'],
      ['strict', 'lenient'],
    ]);
  });
});
