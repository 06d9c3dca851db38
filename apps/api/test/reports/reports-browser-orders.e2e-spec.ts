import { type ReportOrder } from '../../src/core/graphql/enums/report-order.enum';
import { RegionsService } from '../../src/regions/regions.service';
import { ReportsReadService } from '../../src/reports/reports-read.service';
import { REGIONS } from '../analytics/support/analytics-data-set';
import { type FixtureIssue, type FixtureReport, insertReadSideFixtures } from '../analytics/support/read-side-fixtures';
import { TEST_BACKENDS, openTestDatabase } from '../support/test-database';

type Db = Awaited<ReturnType<typeof openTestDatabase>>;
type Quality = 'passing' | 'failing' | 'needs_review';

const strictError: FixtureIssue = { rule: 'R1', severity: 'ERROR', modes: ['strict', 'lenient'] };
const lenientError: FixtureIssue = { rule: 'R2', severity: 'ERROR', modes: ['lenient'] };
const warn: FixtureIssue = { rule: 'W1', severity: 'WARN', modes: ['strict'] };
const crossYearWarn: FixtureIssue = { rule: 'X1', severity: 'WARN', modes: ['strict'], scope: 'cross_year' };

/**
 * Each report with the quality and finding count it must show, written here by hand (not computed by the code
 * under test). Ties on every key (two ingestion times, counts, qualities, issuers) so the id tie-break is paged too.
 */
const FIXTURES: (FixtureReport & { quality: Quality; findings: number })[] = [
  { key: 'a20', regionCode: '990101', issuerName: '甲一县人民政府', issuerKind: 'gov', year: 2020, template: 'gb2019', ingestedAt: '2026-01-01T00:00:01Z', issues: [strictError], quality: 'failing', findings: 1 },
  { key: 'a21', regionCode: '990101', issuerName: '甲一县人民政府', issuerKind: 'gov', year: 2021, template: 'gb2021', ingestedAt: '2026-01-01T00:00:02Z', quality: 'passing', findings: 0 },
  {
    key: 'b21', regionCode: '990102', issuerName: '甲二县人民政府', issuerKind: 'gov', year: 2021, template: 'gb2021', ingestedAt: '2026-01-01T00:00:02Z', needsReview: true,
    issues: [strictError, { ...strictError, rule: 'R3' }], quality: 'needs_review', findings: 2,
  },
  { key: 'b21d', regionCode: '990102', issuerName: '甲二县财政局', issuerKind: 'department', year: 2021, template: 'gb2021', ingestedAt: '2026-01-01T00:00:03.000001Z', issues: [warn], quality: 'passing', findings: 1 },
  { key: 'c22', regionCode: '990103', issuerName: '甲三县人民政府', issuerKind: 'gov', year: 2022, template: 'gb2021', ingestedAt: '2026-01-01T00:00:03.000002Z', issues: [lenientError], quality: 'passing', findings: 1 },
  { key: 'd19', regionCode: '990104', issuerName: '甲四县人民政府', issuerKind: 'gov', year: 2019, template: 'gb2019', ingestedAt: '2026-01-01T00:00:04Z', needsReview: true, quality: 'needs_review', findings: 0 },
  { key: 'a22e', regionCode: '990101', issuerName: '甲一县教育局', issuerKind: 'department', year: 2022, template: 'gb2021', ingestedAt: '2026-01-01T00:00:04Z', issues: [crossYearWarn], quality: 'failing', findings: 1 },
  { key: 'a22', regionCode: '990101', issuerName: '甲一县人民政府', issuerKind: 'gov', year: 2022, template: 'gb2021', ingestedAt: '2026-01-01T00:00:05Z', issues: [warn, lenientError, strictError], quality: 'failing', findings: 3 },
  // Superseded: out of the default list, never counted.
  { key: 'c21old', regionCode: '990103', issuerName: '甲三县人民政府', issuerKind: 'gov', year: 2021, template: 'gb2021', status: 'superseded', ingestedAt: '2026-01-01T00:00:00Z', quality: 'passing', findings: 0 },
];
const CURRENT = FIXTURES.filter((f) => f.status !== 'superseded');
const QUALITY_RANK: Record<Quality, number> = { passing: 0, failing: 1, needs_review: 2 };
const ORDERS: ReportOrder[] = ['year_desc', 'year_asc', 'ingested_desc', 'ingested_asc', 'issuer_asc', 'issuer_desc', 'findings_desc', 'findings_asc', 'quality_desc', 'quality_asc'];

type Row = (typeof FIXTURES)[number] & { id: string };
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
/** The order each value of ReportOrder promises (its description), then id in the same direction. */
function expectedOrder(rows: Row[], order: ReportOrder): string[] {
  const keyOf: Record<ReportOrder, (r: Row) => (string | number)[]> = {
    year_desc: (r) => [-r.year, r.regionCode, r.id],
    year_asc: (r) => [r.year, r.regionCode, r.id],
    ingested_desc: (r) => [r.ingestedAt ?? '', r.id],
    ingested_asc: (r) => [r.ingestedAt ?? '', r.id],
    issuer_asc: (r) => [r.issuerName, r.id],
    issuer_desc: (r) => [r.issuerName, r.id],
    findings_desc: (r) => [r.findings, r.id],
    findings_asc: (r) => [r.findings, r.id],
    quality_desc: (r) => [QUALITY_RANK[r.quality], r.id],
    quality_asc: (r) => [QUALITY_RANK[r.quality], r.id],
  };
  // year_desc negates the year and keeps region and id ascending; the other *_desc reverse the whole key.
  const sign = order.endsWith('_desc') && order !== 'year_desc' ? -1 : 1;
  const sorted = [...rows].sort((a, b) => {
    const ka = keyOf[order](a);
    const kb = keyOf[order](b);
    for (let i = 0; i < ka.length; i++) {
      const c = compare(ka[i], kb[i]);
      if (c !== 0) return sign * c;
    }

    return 0;
  });

  return sorted.map((r) => r.id);
}

describe.each(TEST_BACKENDS)('reports browser: quality filter and orders on %s', (backend) => {
  let db: Db;
  let reports: ReportsReadService;
  let rows: Row[];

  beforeAll(async () => {
    db = await openTestDatabase(backend);
    const ids = await insertReadSideFixtures(db.dataSource, { regions: REGIONS, reports: FIXTURES });
    rows = CURRENT.map((f) => ({ ...f, id: ids.get(f.key) as string }));
    reports = new ReportsReadService(db.dataSource, new RegionsService(db.dataSource));
  }, 300_000);

  afterAll(async () => {
    await db?.close();
  }, 120_000);

  it('shows each report its finding count and its quality by the coverage definition', async () => {
    const { items } = await reports.list(100, null, null);
    const shown = new Map(items.map(({ row }) => [row.id, row]));
    for (const r of rows) {
      const row = shown.get(r.id);
      expect({ key: r.key, findings: row?.finding_count, needsReview: row?.needs_review, failing: row?.failing }).toEqual({
        key: r.key,
        findings: r.findings,
        needsReview: r.needsReview === true,
        // b21 has failing rules but is flagged: failing, yet its quality is needs_review.
        failing: r.key === 'b21' || r.quality === 'failing',
      });
    }
  });

  it.each(ORDERS)('%s: pages of 3 join into the promised order, with no duplicate or gap and the match count on every page', async (order) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page = await reports.list(3, after, null, order);
      expect(page.totalCount).toBe(rows.length);
      seen.push(...page.items.map((i) => i.row.id));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }

    expect(seen).toEqual(expectedOrder(rows, order));
    const whole = await reports.list(100, null, null, order);
    expect(whole.items.map((i) => i.row.id)).toEqual(seen);
  });

  it.each(['passing', 'failing', 'needs_review'] as const)('quality %s: exactly those reports, counted, and paged in any order', async (quality) => {
    const expected = rows.filter((r) => r.quality === quality);
    for (const order of ['quality_desc', 'findings_asc', 'issuer_desc'] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard++) {
        const page = await reports.list(2, after, { quality }, order);
        expect(page.totalCount).toBe(expected.length);
        seen.push(...page.items.map((i) => i.row.id));
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      expect(seen).toEqual(expectedOrder(expected, order));
    }
  });

  it('quality none matches no stored report; quality combines with the other filters', async () => {
    expect((await reports.list(100, null, { quality: 'none' })).totalCount).toBe(0);
    const failingGov = await reports.list(100, null, { quality: 'failing', issuerKind: 'gov' }, 'year_asc');
    expect(failingGov.items.map((i) => i.row.id)).toEqual(expectedOrder(rows.filter((r) => r.quality === 'failing' && r.issuerKind === 'gov'), 'year_asc'));
    // A flagged report with failing rules has failed rules but the quality needs_review, not failing.
    const failedRules = await reports.list(100, null, { hasFailedRules: true, quality: 'needs_review' });
    expect(failedRules.items.map((i) => i.row.id)).toEqual([rows.find((r) => r.key === 'b21')?.id]);
  });

  it('refuses a cursor made in another order instead of misreading it', async () => {
    const cursors = new Map<ReportOrder, string>();
    for (const order of ORDERS) cursors.set(order, (await reports.list(2, null, null, order)).endCursor as string);
    for (const made of ORDERS) {
      for (const used of ORDERS) {
        if (made === used) continue;
        await expect(reports.list(2, cursors.get(made), null, used)).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
      }
    }
  });
});
