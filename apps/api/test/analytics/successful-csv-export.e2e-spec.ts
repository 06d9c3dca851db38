import { Workbook } from 'exceljs';

import { DemoDataService } from '../../src/demo/demo-data.service';
import { createTestApp, type TestApp } from '../support/test-app';
import { TEST_BACKENDS } from '../support/test-database';

type Point = { year: number; value: string | null; state: string; comparability: string | null; change: string | null; reportId: string | null; sampleData: boolean };

/** RFC 4180 records of a small CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }

  return rows;
}

describe.each(TEST_BACKENDS)('GET /api/export (tidy CSV and XLSX) on %s', (backend) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(backend);
    await t.app.get(DemoDataService).loadIfEmpty();
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  it('streams one row per region, year and metric, with the values, states and flags of the series query', async () => {
    const res = await fetch(`${t.url}/api/export?metric=t3_new_received_tot,rate_review_corrected&parentCode=540400&yearFrom=2023&yearTo=2025`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('gongkai-export-540400-2023-2025.csv');
    // Decoded with the byte-order mark kept (fetch's text() drops it).
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFFregion_code,region_name,region_path,year,metric_key,metric_label_zh,value,state,unit,template,comparability,change,report_id,sample_data\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(rows).toHaveLength(2 * 7 * 3);
    const col = (name: string) => header!.indexOf(name);

    for (const metric of ['t3_new_received_tot', 'rate_review_corrected']) {
      const series = await t.graphql<{ series: { region: { code: string }; points: Point[] }[] }>(
        `query($m: String!) { series(metric: $m, parentCode: "540400", yearFrom: 2023, yearTo: 2025) { region { code } points { year value state comparability change reportId sampleData } } }`,
        { m: metric },
      );
      for (const { region, points } of series.body.data!.series) {
        for (const p of points) {
          const row = rows.find((r) => r[col('region_code')] === region.code && r[col('metric_key')] === metric && r[col('year')] === String(p.year));
          expect(row).toBeDefined();
          // A gap stays empty (never 0), and its state says which gap it is.
          expect({ value: row![col('value')], state: row![col('state')], comparability: row![col('comparability')], change: row![col('change')], reportId: row![col('report_id')], sample: row![col('sample_data')] }).toEqual({
            value: p.value ?? '',
            state: p.state,
            comparability: p.comparability ?? '',
            change: p.change ?? '',
            reportId: p.reportId ?? '',
            sample: String(p.sampleData),
          });
        }
      }
    }
    const milin2023 = rows.find((r) => r[col('region_code')] === '540481' && r[col('year')] === '2023' && r[col('metric_key')] === 'rate_review_corrected');
    expect(milin2023?.slice(col('region_name'), col('unit') + 1)).toEqual(['米林市', '西藏自治区 林芝市 米林市', '2023', 'rate_review_corrected', expect.stringContaining('纠错率'), '', 'undefined', 'ratio']);
  });

  it('writes the same rows as a workbook, exact numbers as numbers and gaps as empty cells', async () => {
    const url = `${t.url}/api/export?metric=t3_new_received_tot,rate_disclosed&parentCode=540400&yearFrom=2024&yearTo=2025`;
    const res = await fetch(`${url}&format=xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain('gongkai-export-540400-2024-2025.xlsx');
    const workbook = new Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('export')!;
    const cells: unknown[][] = [];
    sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    const [header, ...csvRows] = parseCsv((await (await fetch(url)).text()).replace(/^\uFEFF/, ''));
    expect(cells[0]).toEqual(header);
    expect(cells).toHaveLength(csvRows.length + 1);
    const value = header!.indexOf('value');
    csvRows.forEach((csv, i) => {
      const cell = cells[i + 1]![value];
      // Same number (as a number), or both empty for a gap.
      expect(cell === undefined || cell === null ? '' : String(cell)).toBe(csv[value]);
      if (csv[value] !== '') expect(typeof cell).toBe('number');
    });
  });

  it('refuses an unknown metric, a bad year range, another format and an unknown region before writing a row', async () => {
    const cases: [string, number, string][] = [
      ['metric=t3_new_recieved_tot&yearFrom=2024&yearTo=2025', 400, 'BAD_USER_INPUT'],
      ['metric=t3_new_received_tot&yearFrom=2025&yearTo=2024', 400, 'BAD_USER_INPUT'],
      ['metric=t3_new_received_tot&yearFrom=2024&yearTo=2025&format=pdf', 400, 'BAD_USER_INPUT'],
      ['metric=t3_new_received_tot&parentCode=999999&yearFrom=2024&yearTo=2025', 404, 'NOT_FOUND'],
    ];
    for (const [query, status, code] of cases) {
      const res = await fetch(`${t.url}/api/export?${query}`);
      const body = (await res.json()) as { error: { code: string; messageZh: string } };
      expect({ query, status: res.status, code: body.error.code, zh: typeof body.error.messageZh }).toEqual({ query, status, code, zh: 'string' });
    }
  });
});

describe('GET /api/export of the whole country', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A request timeout far shorter than the export: the stream must not be cut (and ended as if complete) by it.
    t = await createTestApp('embedded', { REQUEST_TIMEOUT_MS: '100' });
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  it('streams every county of the country, each with its every year, past the request timeout', async () => {
    const started = Date.now();
    const res = await fetch(`${t.url}/api/export?metric=t3_new_received_tot&yearFrom=2019&yearTo=2025`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('gongkai-export-all-2019-2025.csv');
    const [header, ...rows] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThan(100);
    const perRegion = new Map<string, number>();
    for (const row of rows) perRegion.set(row[0]!, (perRegion.get(row[0]!) ?? 0) + 1);
    expect(perRegion.size).toBeGreaterThan(2800);
    expect([...new Set(perRegion.values())]).toEqual([7]);
    // No report is held: every point is a gap, never a 0.
    const state = header!.indexOf('state');
    expect(new Set(rows.map((r) => `${r[state]}|${r[header!.indexOf('value')]}`))).toEqual(new Set(['missing|']));
  });
});
