// Seeds one report dressed as read by OCR (a generated report, one Table 3 value unsure, one page image)
// through the store into the PostgreSQL database at argv[2], and prints {reportId, key, right} as JSON.
// Run by the dashboard's browser test (which may not import the store: module boundaries), like the CLI.
import pg from 'pg';

import { parseReport } from '@gongkai/report-parser';
import { asOcrRead, gridPageImage, storeRows, toReportRows } from '@gongkai/report-store';
import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

const [databaseUrl, seed = 'ocr-review-browser'] = process.argv.slice(2);
if (!databaseUrl) throw new Error('usage: seed-ocr-report.mjs <database url> [seed]');
const [county] = linzhiCounties();
const [sample] = generateReportSeries({ region: county, years: [2019], seed });
const bytes = renderSample(sample, 'txt');
const plain = await parseReport(bytes, { fileName: 'scan.txt' });
const key = Object.values(plain.values).find((v) => v.key.startsWith('t3_') && v.state === 'number' && Number(v.value) > 0).key;
const right = plain.values[key].value;
const parsed = asOcrRead(plain, { unsure: { [key]: { confidence: 0.31, read: `${right}?` } } });
const rows = toReportRows(parsed, { fileName: 'scan.txt', bytes, regionCode: county.code });
rows.pageImages = [gridPageImage(1, 800, 1120)];
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
try {
  await client.query('BEGIN');
  const out = await storeRows(client, [rows], [bytes], null);
  await client.query('COMMIT');
  process.stdout.write(JSON.stringify({ reportId: out.rows[0].reportId, key, right }));
} catch (error) {
  await client.query('ROLLBACK');
  throw error;
} finally {
  await client.end();
}
