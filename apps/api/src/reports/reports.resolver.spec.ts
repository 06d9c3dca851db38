import { METRICS, RULES } from '@gongkai/domain';

import { createReadSideGraphqlApp, type ReadSideGraphqlApp } from '../../test/analytics/support/create-read-side-graphql-app';
import { type RegionRow } from '../regions/types/region-row.type';
import { ReportReadException, ReportReadExceptionCode } from './report-read.exception';
import { type Page } from './reports-read.service';
import { type FindingRow } from './types/finding-row.type';
import { type ReportRow } from './types/report-row.type';
import { type ReportValueRow } from './types/report-value-row.type';

const report = (id: string, year: number, extra: Partial<ReportRow> = {}): ReportRow => ({
  id,
  source_document_id: `doc-${id}`,
  issuer_id: 'issuer-1',
  issuer_kind: 'gov',
  region_code: '540121',
  year,
  template: 'gb2021',
  scope: 'self',
  status: 'current',
  title: `林周县${year}年政府信息公开工作年度报告`,
  published_on: `${year + 1}-04-02`,
  sample_data: false,
  parser_version: '0.1.0',
  ingested_at: new Date('2026-11-27T20:00:00.000Z'),
  finding_count: 0,
  needs_review: false,
  failing: false,
  ...extra,
});
const lhasa: RegionRow = { code: '540100', name: '拉萨市', level: 'prefecture', parent_code: '540000', path: '西藏自治区 拉萨市' };
const linzhou: RegionRow = { code: '540121', name: '林周县', level: 'county', parent_code: '540100', path: '西藏自治区 拉萨市 林周县' };
const value = (reportId: string, key: string, v: string | null, state: ReportValueRow['state']): ReportValueRow => ({
  report_id: reportId,
  metric_key: key,
  value: v,
  state,
  raw: v ?? '',
  printed_unit: null,
  flags: [],
  provenance: null,
  derived_from: null,
});
const finding = (id: string, reportId: string, severity: FindingRow['severity'], modes: FindingRow['modes']): FindingRow => ({
  id,
  report_id: reportId,
  rule: 'T3_BALANCE',
  severity,
  modes,
  scope: 'report',
  cells: ['t3_new_received_tot'],
  expected: '10',
  actual: '9',
  message_zh: '不平衡',
  message_en: 'unbalanced',
});

describe('ReportsResolver, FindingsResolver, RegionsResolver, MetricsResolver, ViewerResolver (GraphQL, mocked services)', () => {
  let gql: ReadSideGraphqlApp;
  const reports = {
    list: jest.fn<Promise<Page<ReportRow>>, unknown[]>(),
    findById: jest.fn<Promise<ReportRow | null>, [string]>(),
    findValues: jest.fn(async (ids: readonly string[]) => ids.map((id) => [value(id, 't3_new_received_tot', '15', 'number'), value(id, 't3_granted_np', null, 'blank')])),
    findFindings: jest.fn(async (ids: readonly string[]) => ids.map((id) => [finding(`${id}-f1`, id, 'ERROR', ['strict', 'lenient']), finding(`${id}-f2`, id, 'ERROR', ['lenient'])])),
    findFailedRules: jest.fn(async (ids: readonly string[]) => ids.map(() => ['T3_BALANCE'])),
    findVersions: jest.fn(async (keys: readonly { issuerId: string; year: number }[]) => keys.map((k) => [report('new', k.year), report('old', k.year, { status: 'superseded' })])),
    findIssuers: jest.fn(async (ids: readonly string[]) => ids.map((id) => ({ id, name: '林周县人民政府', kind: 'gov' as const, region_code: '540121' }))),
    findSourceDocuments: jest.fn(async (ids: readonly string[]) => ids.map((id) => ({ id, file_name: 'a.txt', format: 'txt', sha256: 'a'.repeat(64), byte_size: 1234 }))),
    findByIds: jest.fn(async (ids: readonly string[]) => ids.map((id) => report(id, 2021))),
  };
  const regions = {
    findByCodes: jest.fn(async (codes: readonly string[]) => codes.map((code) => [lhasa, linzhou].find((r) => r.code === code) ?? null)),
    findByCode: jest.fn(async (code: string) => (code === '540121' || code === '540199' ? linzhou : null)),
    findChildren: jest.fn(async (codes: readonly string[]) => codes.map((code) => (code === '540100' ? [linzhou] : []))),
    findAliases: jest.fn(async (codes: readonly string[]) =>
      codes.map((code) => [
        { region_code: code, alias: '540199', kind: 'code' as const, valid_from: null, valid_to: 2015 },
        { region_code: code, alias: '旧林周', kind: 'name' as const, valid_from: null, valid_to: 2015 },
      ]),
    ),
    list: jest.fn(async () => [lhasa]),
  };

  beforeAll(async () => {
    gql = await createReadSideGraphqlApp({ reports, regions });
  });

  afterAll(async () => {
    await gql.app.close();
  });

  beforeEach(() => jest.clearAllMocks());

  it('serves the reports connection and resolves nested fields with one batched call per field', async () => {
    reports.list.mockResolvedValue({
      items: [
        { cursor: 'c1', row: report('r1', 2021) },
        { cursor: 'c2', row: report('r2', 2020) },
      ],
      hasNextPage: true,
      endCursor: 'c2',
      totalCount: 7,
    });

    const response = await gql.query(`{ reports(first: 2, where: { regionCode: "540100", hasFailedRules: true }) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id year deadline late publishedOn ingestedAt
        issuer { name kind region { code } } region { code path parent { name } }
        source { fileName byteSize downloadUrl }
        values(keys: ["t3_new_received_tot", "t3_granted_np"]) { key value state }
        findings(mode: strict) { id modes }
        failedRules } } } }`);

    expect(response.errors).toBeUndefined();
    expect(reports.list).toHaveBeenCalledWith(2, undefined, expect.objectContaining({ regionCode: '540100', hasFailedRules: true }), 'year_desc');
    const connection = response.data?.['reports'] as { totalCount: number; edges: { node: Record<string, unknown> }[] };
    expect(connection.totalCount).toBe(7);
    expect(connection.edges[0].node).toEqual({
      id: 'r1',
      year: 2021,
      deadline: '2022-03-31',
      late: true,
      publishedOn: '2022-04-02',
      ingestedAt: '2026-11-27T20:00:00.000Z',
      issuer: { name: '林周县人民政府', kind: 'gov', region: { code: '540121' } },
      region: { code: '540121', path: '西藏自治区 拉萨市 林周县', parent: { name: '拉萨市' } },
      source: { fileName: 'a.txt', byteSize: 1234, downloadUrl: '/api/reports/r1/source' },
      values: [
        { key: 't3_new_received_tot', value: '15', state: 'number' },
        { key: 't3_granted_np', value: null, state: 'blank' },
      ],
      findings: [{ id: 'r1-f1', modes: ['strict', 'lenient'] }],
      failedRules: ['T3_BALANCE'],
    });
    expect(reports.findValues).toHaveBeenCalledTimes(1);
    expect(reports.findValues).toHaveBeenCalledWith(['r1', 'r2']);
    expect(reports.findIssuers).toHaveBeenCalledTimes(1);
    expect(regions.findByCodes).toHaveBeenCalledTimes(2); // report regions, then their parents
  });

  it('returns report(id) with its versions, newest first, and null for an unknown id', async () => {
    reports.findById.mockImplementation(async (id) => (id === 'new' ? report('new', 2021) : null));

    const found = await gql.query(`{ report(id: "new") { id versions { id status } } }`);
    const missing = await gql.query(`{ report(id: "nope") { id } }`);

    expect(found.data?.['report']).toEqual({ id: 'new', versions: [{ id: 'new', status: 'current' }, { id: 'old', status: 'superseded' }] });
    expect(missing.data).toEqual({ report: null });
  });

  it('maps read-side exceptions to BAD_USER_INPUT with a reason', async () => {
    reports.list.mockRejectedValueOnce(new ReportReadException('first must be an integer from 0 to 100, got 500', ReportReadExceptionCode.INVALID_PAGINATION));

    const response = await gql.query(`{ reports(first: 500) { totalCount } }`);

    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_PAGINATION' } });
  });

  it('resolves Finding.report through the report loader', async () => {
    const findings: Page<FindingRow> = { items: [{ cursor: 'f', row: finding('f1', 'r9', 'WARN', ['strict', 'lenient']) }], hasNextPage: false, endCursor: 'f', totalCount: 1 };
    // The mock object is the provider instance itself, so a method added here is what the resolver calls.
    Object.assign(reports, { listFindings: jest.fn(async () => findings) });

    const response = await gql.query(`{ findings(first: 10) { totalCount edges { node { id severity report { id year } } } } }`);

    expect(response.data?.['findings']).toEqual({ totalCount: 1, edges: [{ node: { id: 'f1', severity: 'WARN', report: { id: 'r9', year: 2021 } } }] });
  });

  it('serves regions with parent, children and former names and codes', async () => {
    const response = await gql.query(`{ region(code: "540199") { code parent { code } formerNames formerCodes }
      regions { code children { code name } } }`);

    expect(response.data).toEqual({
      region: { code: '540121', parent: { code: '540100' }, formerNames: ['旧林周'], formerCodes: ['540199'] },
      regions: [{ code: '540100', children: [{ code: '540121', name: '林周县' }] }],
    });
  });

  it('serves the metric catalogue and the rules from @gongkai/domain, and an anonymous viewer', async () => {
    const response = await gql.query(`{ metrics { key } fee: metrics(category: "fee", template: gb2021) { key } rules { id severity } viewer { authenticated role regionCode } }`);

    expect((response.data?.['metrics'] as unknown[]).length).toBe(METRICS.length);
    expect(response.data?.['fee']).toEqual([{ key: 't2_fee_amount_yuan' }]);
    expect(response.data?.['rules']).toEqual(RULES.map((r) => ({ id: r.id, severity: r.severity })));
    expect(response.data?.['viewer']).toEqual({ authenticated: false, role: null, regionCode: null });
  });
});
