import { parseReport } from '@gongkai/report-parser';
import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { toReportRows } from './report-rows';

const [county] = linzhiCounties();
const [sample] = generateReportSeries({ region: county as never, years: [2023], seed: 'report-rows-spec' });

/** A generated report's HTML as a browser's single-file web archive (base64 part). */
function asMhtml(html: Uint8Array): Uint8Array {
  const text = [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; type="text/html"; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/html; charset="utf-8"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--b1--',
    '',
  ].join('\r\n');

  return new Uint8Array(Buffer.from(text, 'latin1'));
}

describe('toReportRows', () => {
  it('keeps a web archive as the archive it is (multipart/related), read through its HTML part', async () => {
    const html = renderSample(sample as never, 'html');
    const bytes = asMhtml(html);
    const parsed = await parseReport(bytes, { fileName: 'report.doc' });
    const rows = toReportRows(parsed, { fileName: 'report.doc', bytes, regionCode: (county as { code: string }).code });
    expect(rows.format).toBe('html');
    expect(rows.mediaType).toBe('multipart/related');
    expect(rows.byteSize).toBe(bytes.byteLength);

    const plain = toReportRows(await parseReport(html, { fileName: 'report.html' }), { fileName: 'report.html', bytes: html, regionCode: (county as { code: string }).code });
    expect(plain.mediaType).toMatch(/^text\/html/);
    expect(rows.valueCount).toBe(plain.valueCount);
    expect(rows.valueCount).toBeGreaterThan(150);
  });
});
