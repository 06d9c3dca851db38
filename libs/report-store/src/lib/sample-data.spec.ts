import { type OpenedDatabase, poolConnectionsQuery } from '@gongkai/database';
import { SAMPLE_MARKER, type SampleRegion, type SampleReport, generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { TEST_BACKENDS, openTestStore } from '../testing/test-store';
import { ReportNotFoundError, ReportWriteDeniedError, removeSampleReports } from './delete-report';
import { RegionReassignError, reassignReportRegion } from './reassign-region';
import { summarizeStoredReport } from './report-summary';
import { writeReport } from './write-report';

jest.setTimeout(120_000);

const [countyA, countyB] = linzhiCounties() as [SampleRegion, SampleRegion];

/** A generated report as a sample document (it carries the sample marker the parser flags). */
function sampleDoc(sample: SampleReport, name: string): { bytes: Uint8Array; fileName: string } {
  return { bytes: renderSample(sample, 'txt'), fileName: `${name}.txt` };
}

/** The same report without the sample marker: the parser reads it as a real report. `variant` makes other bytes. */
function realDoc(sample: SampleReport, name: string, variant = ''): { bytes: Uint8Array; fileName: string } {
  const text = new TextDecoder().decode(renderSample(sample, 'txt')).split(SAMPLE_MARKER).join('');

  return { bytes: new TextEncoder().encode(`${text}${variant}`), fileName: `${name}.txt` };
}

/** Every carry-over cell printed one higher: compared with the year before, the carry-over rule fails. */
function withCarryInBumped(sample: SampleReport): SampleReport {
  const keys = Object.keys(sample.cells).filter((k) => /^t3_carried_in_/.test(k) && /^\d+$/.test(sample.cells[k] ?? ''));

  return { ...sample, cells: { ...sample.cells, ...Object.fromEntries(keys.map((k) => [k, String(Number(sample.cells[k]) + 1)])) } };
}

/** A series whose carry-over rows are printed as numbers, so a bumped cell shows. */
function seriesWithCarry(region: unknown, years: number[], seed: string): SampleReport[] {
  for (let k = 0; k < 50; k++) {
    const series = generateReportSeries({ region: region as never, years, seed: `${seed}-${k}`, errorRate: 0 });
    const printed = (s: SampleReport) =>
      !s.collapsedRows.includes('carried_in') &&
      !s.collapsedRows.includes('carried_out') &&
      Object.entries(s.cells).some(([key, v]) => /^t3_carried_(in|out)_/.test(key) && /^[1-9]\d*$/.test(v));
    if (series.every(printed)) return series;
  }
  throw new Error('no seed prints the carry-over rows');
}

describe.each(TEST_BACKENDS)('sample data and region changes on %s', (backend) => {
  let db: OpenedDatabase & { close(): Promise<void> };
  const q = async <T>(sql: string, params: unknown[] = []) => (await poolConnectionsQuery(db.connections).query(sql, params)).rows as T[];
  const crossYearRules = async (id: string) =>
    (await q<{ rule: string }>(`SELECT "rule" FROM "validation_issue" WHERE "report_id" = $1 AND "scope" = 'cross_year'`, [id])).map((r) => r.rule);
  const revision = async () => Number((await q<{ revision: string }>(`SELECT "revision" FROM "dataset_revision"`))[0]?.revision);

  beforeEach(async () => {
    db = await openTestStore(backend);
  });
  afterEach(async () => {
    await db?.close();
  });

  it('says when a real report replaces a sample one, never compares real with sample, and removes only the demo set', async () => {
    const [s2021, s2022, s2023] = seriesWithCarry(countyA, [2021, 2022, 2023], 'sample-apart') as [SampleReport, SampleReport, SampleReport];
    const sampleIds: string[] = [];
    for (const [sample, name] of [
      [s2021, 'a2021'],
      [s2022, 'a2022'],
      [withCarryInBumped(s2023), 'a2023'],
    ] as const) {
      const r = await writeReport(db.connections, sampleDoc(sample, name));
      expect(r).toMatchObject({ status: 'ingested', replaced: null });
      sampleIds.push(r.reportId as string);
    }
    // Between two sample reports the rules apply as between any two reports.
    expect(await crossYearRules(sampleIds[2] as string)).toContain('XY_T3_CARRY');

    // A real 2022 (its carry-in disagrees with 2021) replaces the generated one, and the answer says so.
    const real2022 = await writeReport(db.connections, realDoc(withCarryInBumped(s2022), 'real-a2022'));
    expect(real2022).toMatchObject({ status: 'superseded', replaced: { reportId: sampleIds[1], sampleData: true, fileName: 'a2022.txt' } });
    const realId = real2022.reportId as string;
    expect((await q<{ sample_data: boolean }>(`SELECT "sample_data" FROM "report" WHERE "id" = $1`, [realId]))[0]?.sample_data).toBe(false);
    // Neither direction is compared: real 2022 against sample 2021, sample 2023 against real 2022.
    expect(await crossYearRules(realId)).toEqual([]);
    expect(await crossYearRules(sampleIds[2] as string)).toEqual([]);
    // Real against real is: a real 2021 replaces the sample one and 2022 fails the carry-over rule against it.
    const real2021 = await writeReport(db.connections, realDoc(s2021, 'real-a2021'));
    expect(real2021.replaced).toMatchObject({ sampleData: true });
    expect(await crossYearRules(realId)).toContain('XY_T3_CARRY');

    // County B: a real 2023, then a sample of the same year that supersedes it, and a sample-only 2022.
    const [b2022, b2023] = generateReportSeries({ region: countyB as never, years: [2022, 2023], seed: 'sample-b', errorRate: 0 }) as [SampleReport, SampleReport];
    const realB = await writeReport(db.connections, realDoc(b2023, 'real-b2023'));
    const sampleB = await writeReport(db.connections, sampleDoc(b2023, 'b2023'));
    expect(sampleB.replaced).toMatchObject({ reportId: realB.reportId, sampleData: false });
    await writeReport(db.connections, sampleDoc(b2022, 'b2022'));
    const before = await revision();

    // The demo set: 3 samples of A, 2 of B; the real reports stay and the superseded real 2023 of B is current again.
    expect(await removeSampleReports(db.connections)).toBe(5);
    expect(await revision()).toBeGreaterThan(before);
    const left = await q<{ id: string; status: string; superseded_by: string | null; sample_data: boolean }>(
      `SELECT "id", "status"::text AS "status", "superseded_by", "sample_data" FROM "report" ORDER BY "year", "region_code"`,
    );
    const byId = (x: { id: string | null }, y: { id: string | null }) => ((x.id ?? '') < (y.id ?? '') ? -1 : 1);
    expect(left.sort(byId)).toEqual([real2021.reportId, realId, realB.reportId].map((id) => ({ id, status: 'current', superseded_by: null, sample_data: false })).sort(byId));
    expect(await q(`SELECT count(*)::int AS "n" FROM "source_document"`)).toEqual([{ n: 3 }]);
    expect((await q<{ report_id: string }>(`SELECT "report_id" FROM "primary_report" ORDER BY "year", "region_code"`)).map((r) => r.report_id).sort()).toEqual(
      [real2021.reportId, realId, realB.reportId].sort(),
    );
    // The real-vs-real finding stays; no issuer is left without a report.
    expect(await crossYearRules(realId)).toContain('XY_T3_CARRY');
    expect(await q(`SELECT count(*)::int AS "n" FROM "issuer" i WHERE NOT EXISTS (SELECT 1 FROM "report" r WHERE r."issuer_id" = i."id")`)).toEqual([{ n: 0 }]);
    // Nothing left to remove: nothing written, the revision stays.
    const after = await revision();
    expect(await removeSampleReports(db.connections)).toBe(0);
    expect(await revision()).toBe(after);
  });

  it('moves a report to another region, recorded, with the supersede rule kept on both sides', async () => {
    const [a2022] = generateReportSeries({ region: countyA as never, years: [2022], seed: 'reassign', errorRate: 0 }) as [SampleReport];
    const first = await writeReport(db.connections, realDoc(a2022, 'a2022-v1'));
    // A later version uploaded under the wrong county.
    const wrong = await writeReport(db.connections, { ...realDoc(a2022, 'a2022-v2', '\n'), regionCode: countyB.code });
    expect(wrong.status).toBe('ingested');
    const wrongId = wrong.reportId as string;
    expect((await summarizeStoredReport(poolConnectionsQuery(db.connections), wrongId))?.regionCode).toBe(countyB.code);

    // Refused before anything is written: unknown region, no reason, a caller outside the old region, no such report.
    await expect(reassignReportRegion(db.connections, { reportId: wrongId, regionCode: '999999', reason: '错填', changedBy: 't' })).rejects.toMatchObject({ code: 'REGION_UNKNOWN' });
    await expect(reassignReportRegion(db.connections, { reportId: wrongId, regionCode: countyA.code, reason: '  ', changedBy: 't' })).rejects.toBeInstanceOf(RegionReassignError);
    const asked: string[] = [];
    const onlyA = async (code: string) => {
      asked.push(code);

      return code === countyA.code ? null : { code: 'FORBIDDEN', messageZh: '无权', messageEn: 'no' };
    };
    await expect(reassignReportRegion(db.connections, { reportId: wrongId, regionCode: countyA.code, reason: '错填', changedBy: 't' }, { authorize: onlyA })).rejects.toBeInstanceOf(
      ReportWriteDeniedError,
    );
    expect(asked).toEqual([countyB.code]);
    await expect(
      reassignReportRegion(db.connections, { reportId: '00000000-0000-0000-0000-000000000000', regionCode: countyA.code, reason: '错填', changedBy: 't' }),
    ).rejects.toBeInstanceOf(ReportNotFoundError);
    expect(await q(`SELECT count(*)::int AS "n" FROM "report_region_change"`)).toEqual([{ n: 0 }]);

    const before = await revision();
    const change = await reassignReportRegion(db.connections, { reportId: wrongId, regionCode: countyA.code, reason: '上传时地区选错', changedBy: '张三', changedByTokenId: null });
    expect(change).toMatchObject({ reportId: wrongId, fromRegionCode: countyB.code, toRegionCode: countyA.code, reason: '上传时地区选错', changedBy: '张三' });
    expect(Date.now() - Date.parse(change.changedAt)).toBeLessThan(60_000);
    expect(await revision()).toBeGreaterThan(before);
    // Now two versions of the same issuer and year: the newer ingestion is current, the older superseded by it.
    const rows = await q<{ id: string; region_code: string; status: string; superseded_by: string | null; issuer_id: string }>(
      `SELECT "id", "region_code", "status"::text AS "status", "superseded_by", "issuer_id" FROM "report" ORDER BY "ingested_at"`,
    );
    expect(rows.map(({ issuer_id: _, ...r }) => r)).toEqual([
      { id: first.reportId, region_code: countyA.code, status: 'superseded', superseded_by: wrongId },
      { id: wrongId, region_code: countyA.code, status: 'current', superseded_by: null },
    ]);
    expect(new Set(rows.map((r) => r.issuer_id)).size).toBe(1);
    expect(await q(`SELECT "region_code", "year", "report_id" FROM "primary_report"`)).toEqual([{ region_code: countyA.code, year: 2022, report_id: wrongId }]);
    // County B's issuer had no other report: gone.
    expect(await q(`SELECT count(*)::int AS "n" FROM "issuer" WHERE "region_code" = $1`, [countyB.code])).toEqual([{ n: 0 }]);
    expect(await q(`SELECT "from_region_code", "to_region_code", "changed_by" FROM "report_region_change"`)).toEqual([
      { from_region_code: countyB.code, to_region_code: countyA.code, changed_by: '张三' },
    ]);

    // Moved back: county A's older version is current again there, the moved one current in B.
    await reassignReportRegion(db.connections, { reportId: wrongId, regionCode: countyB.code, reason: '撤销', changedBy: '张三' });
    const back = await q<{ id: string; region_code: string; status: string; superseded_by: string | null }>(
      `SELECT "id", "region_code", "status"::text AS "status", "superseded_by" FROM "report" ORDER BY "ingested_at"`,
    );
    expect(back).toEqual([
      { id: first.reportId, region_code: countyA.code, status: 'current', superseded_by: null },
      { id: wrongId, region_code: countyB.code, status: 'current', superseded_by: null },
    ]);
    expect(await q(`SELECT count(*)::int AS "n" FROM "report_region_change"`)).toEqual([{ n: 2 }]);
  });

  it('summarises a stored report with its distinct findings and its page', async () => {
    // A deliberate error: it fails in strict and in lenient mode, one row (one problem) carrying both modes.
    const [a2022] = generateReportSeries({ region: countyA as never, years: [2022], seed: 'summary', errorRate: 1 }) as [SampleReport];
    const stored = await writeReport(db.connections, sampleDoc(a2022, 'a2022'));
    const summary = await summarizeStoredReport(poolConnectionsQuery(db.connections), stored.reportId as string);
    const findings = await q<{ rule: string; modes: string[]; cells: string[] }>(`SELECT "rule", "modes"::text[] AS "modes", "cells" FROM "validation_issue" WHERE "report_id" = $1`, [
      stored.reportId,
    ]);
    expect(findings.some((f) => f.modes.includes('strict') && f.modes.includes('lenient'))).toBe(true);
    const problems = { size: findings.length };
    expect(summary).toEqual({
      reportId: stored.reportId,
      issuerName: expect.stringContaining(countyA.name),
      issuerKind: expect.any(String),
      regionCode: countyA.code,
      regionName: countyA.name,
      regionPath: expect.stringContaining('林芝市'),
      year: 2022,
      template: expect.stringMatching(/^gb20(19|21)$/),
      status: 'current',
      sampleData: true,
      findingCount: problems.size,
      url: `/report/${stored.reportId}`,
    });
  });
});
