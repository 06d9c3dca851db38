import { decodeValueSources, type OpenedDatabase, type Queryable, poolConnectionsQuery } from '@gongkai/database';
import { type SampleReport, generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { TEST_BACKENDS, openTestStore } from '../testing/test-store';
import { deleteReport } from './delete-report';
import { type IngestResult } from './types';
import { type BatchDocument, writeBatch } from './write-batch';
import { writeReport } from './write-report';

// Each store opens PGlite (WASM) or a PostgreSQL database, and writeBatch starts worker threads.
jest.setTimeout(120_000);

type Doc = { label: string; bytes: Uint8Array };

const [first, second] = linzhiCounties();

function render(sample: SampleReport, format: 'txt' | 'html' | 'docx'): Doc {
  return { label: `${sample.id}.${format}`, bytes: renderSample(sample, format) };
}

/** Every carry-over cell printed one higher: the year's report then disagrees with the year before. */
function withCarryInBumped(sample: SampleReport): SampleReport {
  const keys = Object.keys(sample.cells).filter((k) => /^t3_carried_in_/.test(k) && /^\d+$/.test(sample.cells[k] ?? ''));
  if (keys.length === 0) throw new Error('sample has no numeric carried-in cell');

  return { ...sample, cells: { ...sample.cells, ...Object.fromEntries(keys.map((k) => [k, String(Number(sample.cells[k]) + 1)])) } };
}

/** A series whose carry-over rows are printed as numbers (not collapsed to one 0), so a changed cell shows. */
function seriesWithCarry(region: unknown, years: number[], seed: string): SampleReport[] {
  for (let k = 0; k < 50; k++) {
    const series = generateReportSeries({ region: region as never, years, seed: `${seed}-${k}` });
    const printed = (s: SampleReport) =>
      !s.collapsedRows.includes('carried_in') && !s.collapsedRows.includes('carried_out') && Object.entries(s.cells).some(([key, v]) => /^t3_carried_(in|out)_/.test(key) && /^[1-9]\d*$/.test(v));
    if (series.every(printed)) return series;
  }
  throw new Error('no seed prints the carry-over rows');
}

/**
 * A set that exercises every branch of the write path: two counties' series in three formats, a later
 * document for an issuer-year already stored (supersede), the same bytes twice (duplicate), a carry-over
 * that does not match the year before (a cross-year finding), and a document that is no report (rejected).
 */
function documentSet(): Doc[] {
  const a = seriesWithCarry(first, [2021, 2022, 2023], 'store-spec');
  const b = generateReportSeries({ region: second as never, years: [2022, 2023], seed: 'store-spec' });
  const docs = [render(a[0] as SampleReport, 'txt'), render(a[1] as SampleReport, 'html'), render(withCarryInBumped(a[2] as SampleReport), 'docx')];
  docs.push(render(b[0] as SampleReport, 'html'), render(b[1] as SampleReport, 'txt'));
  // A corrected document of a[1]'s issuer and year, in another format: supersedes it.
  docs.push(render(a[1] as SampleReport, 'txt'));
  docs.push({ label: 'again.html', bytes: (docs[1] as Doc).bytes });
  docs.push({ label: 'notice.txt', bytes: new TextEncoder().encode('关于召开会议的通知\n请各单位准时参加。\n') });

  return docs;
}

/** Every stored row of a database, with its generated ids replaced by what identifies it (the document's sha-256). */
async function snapshot(db: Queryable): Promise<Record<string, unknown[]>> {
  const q = async (sql: string) => (await db.query(sql)).rows;
  const reportKey = `(SELECT d."sha256" FROM "source_document" d WHERE d."id" = r."source_document_id")`;

  return {
    documents: await q(`SELECT "sha256", "file_name", "format", "media_type", "byte_size", md5("content") AS "content" FROM "source_document" ORDER BY "sha256"`),
    issuers: await q(`SELECT "name", "normalized_name", "kind"::text, "region_code" FROM "issuer" ORDER BY "region_code", "normalized_name"`),
    reports: await q(
      `SELECT ${reportKey} AS "doc", i."normalized_name" AS "issuer", r."region_code", r."year", r."template"::text, r."scope"::text, r."status"::text,
         r."title", r."published_on"::text, r."period_start"::text, r."period_end"::text, r."sample_data", r."parser_version", r."parsed"::text,
         (SELECT d."sha256" FROM "report" s JOIN "source_document" d ON d."id" = s."source_document_id" WHERE s."id" = r."superseded_by") AS "superseded_by"
       FROM "report" r JOIN "issuer" i ON i."id" = r."issuer_id" ORDER BY 1`,
    ),
    values: await q(
      `SELECT ${reportKey} AS "doc", v."metric_key", v."value"::text, v."state"::text, v."raw", v."printed_unit", v."flags"
       FROM "report_value" v JOIN "report" r ON r."id" = v."report_id" ORDER BY 1, 2`,
    ),
    valueSources: await q(`SELECT ${reportKey} AS "doc", s."sources" FROM "report_value_source" s JOIN "report" r ON r."id" = s."report_id" ORDER BY 1`),
    narratives: await q(`SELECT ${reportKey} AS "doc", n."parser_version", n."prose"::text FROM "report_narrative" n JOIN "report" r ON r."id" = n."report_id" ORDER BY 1`),
    primary: await q(
      `SELECT p."region_code", p."year", (SELECT d."sha256" FROM "report" r JOIN "source_document" d ON d."id" = r."source_document_id" WHERE r."id" = p."report_id") AS "doc",
         p."template"::text, p."issuer_kind"::text, p."published_on"::text, p."failed_rules"
       FROM "primary_report" p ORDER BY 1, 2`,
    ),
    findings: await q(
      `SELECT ${reportKey} AS "doc", f."rule", f."severity"::text, f."modes", f."scope"::text, f."cells", f."expected", f."actual", f."message_zh", f."message_en"
       FROM "validation_issue" f JOIN "report" r ON r."id" = f."report_id" ORDER BY 1, 2, 4, 5, 6::text, 7, 8`,
    ),
  };
}

const statuses = (results: IngestResult[]) => Object.fromEntries(results.map((r) => [r.fileName, r.status]));

describe.each(TEST_BACKENDS)('report store on %s', (backend) => {
  let one: OpenedDatabase & { close(): Promise<void> };
  let many: OpenedDatabase & { close(): Promise<void> };

  beforeAll(async () => {
    [one, many] = await Promise.all([openTestStore(backend), openTestStore(backend)]);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), many?.close()]);
  });

  it('writes every row alike through writeReport (one document a transaction) and writeBatch (workers, several per transaction)', async () => {
    const docs = documentSet();
    const single: IngestResult[] = [];
    for (const doc of docs) single.push(await writeReport(one.connections, { bytes: doc.bytes, fileName: doc.label }));
    const batched: IngestResult[] = [];
    const summary = await writeBatch(many.connections, docs as BatchDocument[], { workers: 1, batchSize: 2, onResult: (r) => batched.push(r) });

    expect(statuses(batched)).toEqual(statuses(single));
    expect(statuses(single)).toMatchObject({ 'again.html': 'duplicate', 'notice.txt': 'rejected' });
    expect(Object.values(statuses(single)).filter((s) => s === 'superseded')).toHaveLength(1);
    expect(summary).toMatchObject({ documents: docs.length, ingested: 5, superseded: 1, duplicate: 1, rejected: 1 });
    expect(summary.transactions).toBeGreaterThan(1);

    const a = await snapshot(poolConnectionsQuery(one.connections));
    const b = await snapshot(poolConnectionsQuery(many.connections));
    expect(a.reports).toHaveLength(6);
    expect(a.values.length).toBeGreaterThan(6 * 190);
    // Where each value was printed: one report_value_source row a report, naming the table cell of a reported value.
    expect(a.valueSources).toHaveLength(6);
    const sources = decodeValueSources((a.valueSources[0] as { sources: string }).sources);
    expect(sources.get('t3_new_received_tot')?.provenance).toMatchObject({ table: 't3', row: expect.any(Number), col: expect.any(Number) });
    // The text of every report, section by section: the six headings of the generated documents with their paragraphs.
    expect(a.narratives).toHaveLength(6);
    const prose = JSON.parse((a.narratives[0] as { prose: string }).prose) as { sections: { numeral: string; paragraphs: { text: string }[] }[] };
    expect(prose.sections.map((s) => s.numeral)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(prose.sections[4]?.paragraphs.length).toBeGreaterThan(0);
    // The bumped carry-over is found against the year before, in both paths.
    expect(a.findings.filter((f) => (f as { scope: string }).scope === 'cross_year').length).toBeGreaterThan(0);
    // The analytics read model: one primary report per region-year stored, the corrected version where superseded.
    expect(a.primary).toHaveLength(5);
    for (const table of Object.keys(a)) expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
  });

  it('checks a new year against the neighbours already stored, and recomputes them when a report is deleted', async () => {
    const db = await openTestStore(backend);
    try {
      const series = seriesWithCarry(second, [2021, 2022, 2023], 'cross-year');
      const [y2021, y2022, y2023] = series as [SampleReport, SampleReport, SampleReport];
      const crossYearOf = async (year: number) =>
        (
          await poolConnectionsQuery(db.connections).query(
            `SELECT f."rule" FROM "validation_issue" f JOIN "report" r ON r."id" = f."report_id" WHERE r."year" = $1 AND r."status" = 'current' AND f."scope" = 'cross_year'`,
            [year],
          )
        ).rows;

      // 2023 first, alone: nothing to compare with yet.
      await writeBatch(db.connections, [render(withCarryInBumped(y2023), 'html')], { workers: 0 });
      expect(await crossYearOf(2023)).toEqual([]);
      // 2022 arrives in a later run: 2023 (stored before) is now checked against it.
      const stored2022 = await writeReport(db.connections, { ...render(y2022, 'txt'), fileName: 'y2022.txt' });
      expect(stored2022.status).toBe('ingested');
      expect((await crossYearOf(2023)).map((r) => (r as { rule: string }).rule)).toContain('XY_T3_CARRY');
      // 2021 in a batch: 2022 is checked against it (consistent: nothing found), 2023 keeps its finding.
      await writeBatch(db.connections, [render(y2021, 'docx')], { workers: 1 });
      expect(await crossYearOf(2022)).toEqual([]);
      expect((await crossYearOf(2023)).length).toBeGreaterThan(0);

      // The read model's failed rules follow the cross-year findings of the year after a change.
      const failedRulesOf = async (year: number) =>
        ((await poolConnectionsQuery(db.connections).query(`SELECT "failed_rules" FROM "primary_report" WHERE "year" = $1`, [year])).rows[0] as { failed_rules: string[] } | undefined)
          ?.failed_rules;
      expect(await failedRulesOf(2023)).toContain('XY_T3_CARRY');

      // Deleting 2022 leaves 2023 without a neighbour: its cross-year findings go with it.
      await deleteReport(db.connections, stored2022.reportId as string);
      expect(await crossYearOf(2023)).toEqual([]);
      expect(await failedRulesOf(2023)).not.toContain('XY_T3_CARRY');
      expect(await failedRulesOf(2022)).toBeUndefined();
      // Storing 2022 again brings them back.
      await writeReport(db.connections, { ...render(y2022, 'txt'), fileName: 'y2022-again.txt' });
      expect((await crossYearOf(2023)).length).toBeGreaterThan(0);
      expect(await failedRulesOf(2023)).toContain('XY_T3_CARRY');
    } finally {
      await db.close();
    }
  });

  it('answers known bytes without parsing, and skips them when resuming', async () => {
    const db = await openTestStore(backend);
    try {
      const docs = generateReportSeries({ region: first as never, years: [2022, 2023], seed: 'resume' }).map((s) => render(s, 'html'));
      await writeBatch(db.connections, docs.slice(0, 1), { workers: 0 });
      const seen: IngestResult[] = [];
      const resumed = await writeBatch(db.connections, docs, { workers: 0, skipKnown: true, onResult: (r) => seen.push(r) });
      expect(resumed).toMatchObject({ skipped: 1, ingested: 1 });
      expect(seen.map((r) => r.fileName)).toEqual([docs[1]?.label]);
      const again = await writeBatch(db.connections, docs, { workers: 0 });
      expect(again).toMatchObject({ duplicate: 2, ingested: 0 });
    } finally {
      await db.close();
    }
  });

  it('asks whether the caller may write the region, for new documents and for known bytes alike', async () => {
    const db = await openTestStore(backend);
    try {
      const doc = render(generateReportSeries({ region: first as never, years: [2023], seed: 'scope' })[0] as SampleReport, 'txt');
      const deny = async (code: string) => ({ code: 'FORBIDDEN', messageZh: `无权写入 ${code}`, messageEn: `may not write ${code}` });
      expect(await writeReport(db.connections, { bytes: doc.bytes, fileName: doc.label }, { authorize: deny })).toMatchObject({ status: 'rejected', reportId: null, error: { code: 'FORBIDDEN' } });
      expect((await writeReport(db.connections, { bytes: doc.bytes, fileName: doc.label })).status).toBe('ingested');
      // The id of a stored report outside the caller's scope is not given away as a "duplicate".
      expect(await writeReport(db.connections, { bytes: doc.bytes, fileName: doc.label }, { authorize: deny })).toMatchObject({ status: 'rejected', reportId: null });
    } finally {
      await db.close();
    }
  });
});
