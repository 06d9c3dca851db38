import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { PARSER_VERSION } from '@gongkai/report-parser';

import { REAL_CORPUS_DIR } from '../support/corpus';
import { sampleDocument } from '../support/sample-documents';
import { type TestApp, createTestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';
import { restUpload } from '../support/uploads';

jest.setTimeout(180_000);

type Evidence = { kind: string; messageZh: string; points: number; cells: string[]; quote: string | null; previousQuote: string | null; section: string | null; start: number | null; end: number | null };
type Indicator = { id: string; weight: number; score: number | null; cost: number; flagZh: string | null; measure: number | null; evidence: Evidence[] };
type Body = { issuerName: string; regionCode: string; reportId: string | null; score: number | null; rank: number | null; previousScore: number | null; previousYear: number | null; change: number | null; mainProblems: string[]; indicators: Indicator[] };
type RegionAssessment = { parentName: string; assessed: number; missing: number; meanScore: number | null; scheme: { id: string; version: string; weightsRegionCode: string | null; indicators: { id: string; weight: number }[] }; bodies: Body[] };

const INDICATORS = 'id weight score cost flagZh measure evidence { kind messageZh points cells quote previousQuote section start end }';
const ASSESSMENT = `query($parentCode: String!, $year: Int!) { assessment(parentCode: $parentCode, year: $year) {
  parentName assessed missing meanScore scheme { id version weightsRegionCode indicators { id weight } }
  bodies { issuerName regionCode reportId score rank previousScore previousYear change mainProblems indicators { ${INDICATORS} } } } }`;
const HONGZE = ['hongze-2023', 'hongze-2024'].map((id) => join(REAL_CORPUS_DIR, id, 'report.pdf'));
const haveCorpus = HONGZE.every((file) => existsSync(file));
if (!haveCorpus && process.env['CI'] === 'true') throw new Error(`The real corpus is missing at ${REAL_CORPUS_DIR} (required under CI=true)`);

const indicator = (body: Body | undefined, id: string): Indicator => {
  const found = body?.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);

  return found;
};

describe.each(TEST_BACKENDS)('assessment on %s', (backend) => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.token('admin');
  });
  afterAll(async () => {
    await t?.close();
  });

  (haveCorpus ? it : it.skip)("scores 洪泽区's 2024 report against its 2023 report, with the contradiction and the repeated sentences quoted", async () => {
    const upload = await restUpload(t.url, HONGZE.map((file, i) => ({ bytes: new Uint8Array(readFileSync(file)), fileName: `hongze-${2023 + i}.pdf` })), { token: admin });
    expect(upload.body.results?.map((r) => r.status)).toEqual(['ingested', 'ingested']);

    const res = await t.graphql<{ assessment: RegionAssessment }>(ASSESSMENT, { parentCode: '320800', year: 2024 });
    expect(res.body.errors).toBeUndefined();
    const result = res.body.data?.assessment as RegionAssessment;
    expect(result).toMatchObject({ parentName: '淮安市', assessed: 1, missing: 0, scheme: { id: 'default', version: '2026.1', weightsRegionCode: null } });
    const [body] = result.bodies;
    expect(body).toMatchObject({ regionCode: '320813', rank: 1, previousYear: 2023 });
    // The narrative's 17 requests against Table 3's 95 (the document's own contradiction, see its SOURCE.md).
    const consistent = indicator(body, 'consistent');
    expect(consistent.score).toBe(80);
    expect(consistent.evidence.filter((e) => e.points > 0)).toEqual([
      expect.objectContaining({ messageZh: '正文称收到申请数17，表格为95', cells: ['t3_new_received_tot'], section: '一', quote: expect.stringContaining('受理政府信息公开申请17件') }),
    ]);
    // Two of sixteen sentences repeat 2023 word for word but the year: 12.5 % ≤ 20 %, full marks, quoted.
    const original = indicator(body, 'original');
    expect(original).toMatchObject({ score: 100, measure: 0.125 });
    expect(original.evidence.filter((e) => e.kind === 'repeat').map((e) => e.previousQuote)).toEqual([
      '主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息。',
      '2023年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。',
    ]);
    // The PDF states no publication date: 50 and flagged, never a silent 100.
    expect(indicator(body, 'timely')).toMatchObject({ score: 50, flagZh: '发布日期不明' });
    // 2023 breaks the Table 4 totals (two ERROR problems): last year's score is lower, and the change says so.
    expect(body?.previousScore).not.toBeNull();
    expect(body?.change).toBe(Math.round(((body?.score as number) - (body?.previousScore as number)) * 10) / 10);
    expect(body?.change).toBeGreaterThan(0);

    // The report page's text and the evidence's offsets point at the same paragraph.
    const report = await t.graphql<{ report: { narrative: { parserVersion: string; sections: { numeral: string; paragraphs: { text: string; start: number; end: number }[] }[] } } }>(
      `query($id: ID!) { report(id: $id) { narrative { parserVersion sections { numeral paragraphs { text start end } } } } }`,
      { id: body?.reportId },
    );
    const narrative = report.body.data?.report.narrative;
    expect(narrative?.parserVersion).toBe(PARSER_VERSION);
    expect(narrative?.sections.map((s) => s.numeral)).toEqual(['一', '二', '三', '四', '五', '六']);
    const contradiction = consistent.evidence.find((e) => e.points > 0) as Evidence;
    const paragraph = narrative?.sections.flatMap((s) => s.paragraphs).find((p) => p.start === contradiction.start);
    expect(paragraph?.text).toContain('17件');

    const single = await t.graphql<{ reportAssessment: { score: number; previousYear: number; scheme: { id: string } } }>(
      `query($id: ID!) { reportAssessment(reportId: $id) { score previousYear scheme { id } } }`,
      { id: body?.reportId },
    );
    expect(single.body.data?.reportAssessment).toEqual({ score: body?.score, previousYear: 2023, scheme: { id: 'default' } });

    // The 通报 from the api: the Excel ranking carries the same score and the quoted contradiction.
    const xlsx = await fetch(`${t.url}/api/assessment?prefecture=320800&year=2024&format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const rows = (name: string) => (workbook.getWorksheet(name)?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows('排名')).toContainEqual(expect.arrayContaining([1, body?.issuerName, body?.score]));
    expect(rows('主要问题')).toContainEqual(expect.arrayContaining([body?.issuerName, '图文一致', 20, '正文称收到申请数17，表格为95']));
    const docx = await fetch(`${t.url}/api/assessment?prefecture=320800&year=2024&format=docx`);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const bad = await fetch(`${t.url}/api/assessment?prefecture=320800&year=2024&format=pdf`);
    expect(bad.status).toBe(400);
  });

  it("ranks a prefecture's bodies and follows the weights its office saved (editor in scope only)", async () => {
    const docs = [0, 1, 2].map((county) => sampleDocument(2022, 'txt', county, 'assessment-e2e'));
    // A fourth county published 2021 but not 2022: listed without a score until a site check confirms it missing.
    const lapsed = sampleDocument(2021, 'txt', 3, 'assessment-e2e');
    const upload = await restUpload(t.url, [...docs, lapsed], { token: admin });
    expect(upload.body.results?.every((r) => r.status === 'ingested')).toBe(true);

    const before = (await t.graphql<{ assessment: RegionAssessment }>(ASSESSMENT, { parentCode: '540400', year: 2022 })).body.data?.assessment as RegionAssessment;
    expect(before).toMatchObject({ assessed: 3, missing: 1 });
    expect(before.bodies[3]).toMatchObject({ regionCode: lapsed.regionCode, reportId: null, score: null, rank: null });
    const check = await t.graphql(
      `mutation($input: RecordSiteCheckInput!) { recordSiteCheck(input: $input) { publication } }`,
      { input: { regionCode: lapsed.regionCode, year: 2022, url: 'https://www.example.gov.cn/zfxxgk/ndbg/', result: 'not_found' } },
      admin,
    );
    expect(check.body.errors).toBeUndefined();
    const confirmed = (await t.graphql<{ assessment: RegionAssessment }>(ASSESSMENT, { parentCode: '540400', year: 2022 })).body.data?.assessment as RegionAssessment;
    expect(confirmed.bodies[3]).toMatchObject({ regionCode: lapsed.regionCode, reportId: null, score: 0, rank: 4 });
    expect(indicator(confirmed.bodies[3], 'timely').evidence[0]?.messageZh).toContain('经站点核查');
    expect(confirmed.meanScore).toBe(before.meanScore);
    const ranks = before.bodies.map((b) => b.rank);
    expect(ranks[0]).toBe(1);
    expect(before.bodies.map((b) => b.score)).toEqual([...before.bodies.map((b) => b.score)].sort((a, b) => (b as number) - (a as number)));
    // Without a previous report the repeated-sentence indicator is not scored, and says why.
    expect(indicator(before.bodies[0], 'original')).toMatchObject({ score: null, flagZh: '无上年报告可比' });

    const save = `mutation($data: SaveAssessmentWeightsInput!) { saveAssessmentWeights(data: $data) { id weightsRegionCode indicators { id weight } } }`;
    const onlyTimely = { regionCode: '540400', scheme: 'default', weights: ['complete', 'accurate', 'standard', 'consistent', 'specific', 'original'].map((indicator) => ({ indicator, weight: 0 })) };
    const outside = await t.graphql(save, { data: onlyTimely }, await t.token('editor', '320800'));
    expect(outside.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const viewer = await t.graphql(save, { data: onlyTimely }, await t.token('viewer'));
    expect(viewer.body.errors?.[0]).toBeDefined();
    const bad = await t.graphql(save, { data: { ...onlyTimely, weights: [{ indicator: 'speed', weight: 1 }] } }, admin);
    expect(bad.body.errors?.[0]).toMatchObject({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });
    const saved = await t.graphql<{ saveAssessmentWeights: { weightsRegionCode: string; indicators: { id: string; weight: number }[] } }>(save, { data: onlyTimely }, await t.token('editor', '540400'));
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data?.saveAssessmentWeights.indicators.filter((i) => i.weight > 0)).toEqual([{ id: 'timely', weight: 15 }]);

    const after = (await t.graphql<{ assessment: RegionAssessment }>(ASSESSMENT, { parentCode: '540400', year: 2022 })).body.data?.assessment as RegionAssessment;
    expect(after.scheme.weightsRegionCode).toBe('540400');
    // Only 按时发布 counts now: each score is that indicator's score.
    for (const body of after.bodies) expect(body.score).toBe(indicator(body, 'timely').score);
    expect(after.bodies).toHaveLength(4);
  });

  it('answers typed errors for an unknown region, report or scheme', async () => {
    const region = await t.graphql(ASSESSMENT, { parentCode: '999999', year: 2022 });
    expect(region.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const report = await t.graphql(`{ reportAssessment(reportId: "00000000-0000-7000-8000-000000000000") { score } }`);
    expect(report.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const scheme = await t.graphql(`{ assessment(parentCode: "540400", year: 2022, scheme: "nope") { assessed } }`);
    expect(scheme.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
