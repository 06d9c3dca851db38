import { type OpenedDatabase } from '@gongkai/database';
import { PARSER_VERSION } from '@gongkai/report-parser';
import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { TEST_BACKENDS, openTestStore } from '../testing/test-store';
import { compareParserVersions, reparseReports } from './reparse-reports';
import { correctReport } from './correct-report';
import { writeReport } from './write-report';

describe('compareParserVersions', () => {
  it('compares numerically, part by part', () => {
    expect(compareParserVersions('0.2.0', '0.3.0')).toBeLessThan(0);
    expect(compareParserVersions('0.10.0', '0.3.0')).toBeGreaterThan(0);
    expect(compareParserVersions('0.3', '0.3.0')).toBe(0);
  });
});

describe.each(TEST_BACKENDS)('reparseReports on %s', (backend) => {
  let db: OpenedDatabase & { close(): Promise<void> };
  const ids: string[] = [];
  const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => (await db.dataSource.query(sql, params)) as T[];
  const revision = async () => Number((await q<{ revision: string }>(`SELECT "revision" FROM "dataset_revision" WHERE "id" = 1`))[0]?.revision);
  const state = async () => ({
    reports: await q(`SELECT "id", "parser_version", "status"::text, "parsed"::text FROM "report" ORDER BY "id"`),
    values: await q(`SELECT "report_id", "metric_key", "value"::text, "state"::text FROM "report_value" ORDER BY 1, 2`),
    narratives: await q(`SELECT "report_id", "parser_version" FROM "report_narrative" ORDER BY 1`),
    findings: await q(`SELECT "report_id", "rule", "scope"::text FROM "validation_issue" ORDER BY 1, 2, 3`),
  });

  beforeAll(async () => {
    db = await openTestStore(backend);
    const [county] = linzhiCounties();
    const samples = generateReportSeries({ region: county as never, years: [2021, 2022], seed: 'reparse' });
    for (const s of samples) {
      const r = await writeReport(db.connections, { bytes: renderSample(s, 'txt'), fileName: `${s.id}.txt` });
      ids.push(r.reportId as string);
    }
    // The 2022 report as an older parser stored it: its parsed JSON without the narrative, no narrative row.
    await q(`UPDATE "report" SET "parser_version" = '0.2.0', "parsed" = "parsed" - 'prose' WHERE "id" = $1`, [ids[1]]);
    await q(`DELETE FROM "report_narrative" WHERE "report_id" = $1`, [ids[1]]);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('selects nothing without a filter', async () => {
    expect((await reparseReports(db.connections, {})).selected).toBe(0);
  });

  it('a dry run parses and compares but writes nothing', async () => {
    const before = await state();
    const rev = await revision();
    const summary = await reparseReports(db.connections, { parserOlderThan: PARSER_VERSION }, { dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, selected: 1, reparsed: 1, unchanged: 0, failed: 0, skipped: 0 });
    expect(await state()).toEqual(before);
    expect(await revision()).toBe(rev);
  }, 60_000);

  it('narrates the report an older parser stored, in place, and leaves the unchanged one as it is', async () => {
    const before = await state();
    const rev = await revision();
    const progress: string[] = [];
    const summary = await reparseReports(db.connections, { all: true }, { onProgress: (done, total, o) => progress.push(`${done}/${total} ${o.status}`) });
    expect(summary).toMatchObject({ selected: 2, reparsed: 1, unchanged: 1, failed: 0, skipped: 0 });
    expect(progress).toEqual(['1/2 unchanged', '2/2 reparsed']);
    const after = await state();
    // Same report ids, still current; the old one now says the current parser read it and has its narrative.
    expect(after.reports.map((r) => [r['id'], r['status'], r['parser_version']])).toEqual([
      [ids[0], 'current', PARSER_VERSION],
      [ids[1], 'current', PARSER_VERSION],
    ]);
    const [narrated] = await q<{ prose: { sections: { numeral: string }[] } }>(`SELECT "prose" FROM "report_narrative" WHERE "report_id" = $1`, [ids[1]]);
    expect(narrated?.prose.sections.map((x) => x.numeral)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(after.narratives.map((n) => n['report_id'])).toEqual(ids);
    // The unchanged report's rows are untouched; the values of the re-parsed one are the same reading.
    expect(after.reports[0]).toEqual(before.reports[0]);
    expect(after.values).toEqual(before.values);
    expect(await revision()).toBe(rev + 1);
    const audit = await q<{ action: string; target_id: string; details: { parserBefore: string; parserAfter: string } }>(`SELECT "action", "target_id", "details" FROM "audit_event" WHERE "action" = 'report_reparsed'`);
    expect(audit).toEqual([{ action: 'report_reparsed', target_id: ids[1], details: expect.objectContaining({ parserBefore: '0.2.0', parserAfter: PARSER_VERSION }) }]);
    // Nothing left to do.
    expect(await reparseReports(db.connections, { parserOlderThan: PARSER_VERSION })).toMatchObject({ selected: 0 });
  }, 60_000);

  it('never re-reads a version a person corrected: it is skipped, saying why, and keeps the correction', async () => {
    const [value] = await q<{ metric_key: string; value: string }>(`SELECT "metric_key", "value" FROM "report_value" WHERE "report_id" = $1 AND "state" = 'number' ORDER BY "metric_key" LIMIT 1`, [ids[0]]);
    const corrected = String(Number(value?.value) + 1);
    const { correctedReportId } = await correctReport(db.connections, { reportId: ids[0] as string, corrections: [{ key: value?.metric_key as string, value: corrected }], by: 'reparse-test' });
    const summary = await reparseReports(db.connections, { all: true });
    expect(summary.outcomes.find((o) => o.reportId === correctedReportId)).toMatchObject({ status: 'skipped', reasonZh: expect.stringContaining('人工更正') });
    const [kept] = await q<{ value: string }>(`SELECT "value" FROM "report_value" WHERE "report_id" = $1 AND "metric_key" = $2`, [correctedReportId, value?.metric_key]);
    expect(kept?.value).toBe(corrected);
  }, 60_000);
});
