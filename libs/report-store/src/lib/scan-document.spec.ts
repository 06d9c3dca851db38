import { zipSync } from 'fflate';

import { extractHtml, type ScanInput, type ScanReader, type ScanReading } from '@gongkai/report-parser';
import { scannedLayerOf } from '@gongkai/report-parser/src/testing/scanned-layer';
import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { documentsOf } from './archive';
import { prepareReport } from './prepare-report';

/**
 * The OCR seam of the write path without Tesseract: a stand-in reader answers with the positioned text and
 * rules of a generated report (what an OCR engine returns), so what is checked is the store's part — which
 * inputs go to the reader, the page images kept on the rows, the values flagged, the refusal without a reader.
 * (libs/document-ocr's tests run the real Tesseract.)
 */
const [county] = linzhiCounties();
const [sample] = generateReportSeries({ region: county as never, years: [2023], seed: 'scan-spec' });
const html = new TextDecoder().decode(renderSample(sample as never, 'html'));

function standIn(): ScanReader & { calls: ScanInput[] } {
  const calls: ScanInput[] = [];
  return {
    calls,
    read: async (input) => {
      calls.push(input);
      const reading = scannedLayerOf(extractHtml(html));
      const pages = input.kind === 'images' ? input.pages.length : 1;
      const pageImages: ScanReading['pageImages'] = Array.from({ length: pages }, (_, i) => ({ page: i + 1, mediaType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, i]), width: 1654, height: 2339, dpi: 200 }));
      return { ...reading, pageImages };
    },
  };
}

/** A one-page PDF with nothing drawn on it: the parser finds no text layer. */
function blankPdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${String(i + 1)} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const png = (k: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, k]);

describe('scans in the write path (prepareReport with a stand-in OCR reader)', () => {
  it('reads a PDF without a text layer through the reader and keeps its page images on the rows', async () => {
    const reader = standIn();
    const bytes = blankPdf();
    const prepared = await prepareReport({ bytes, fileName: 'scan.pdf' }, { ocr: reader });
    expect(reader.calls).toEqual([{ kind: 'pdf', bytes }]);
    if (!prepared.ok) throw new Error(prepared.error.messageEn);
    expect(prepared.rows.pageImages).toHaveLength(1);
    expect(prepared.rows.format).toBe('pdf');
    expect(prepared.rows.byteSize).toBe(bytes.byteLength);
    expect(prepared.parsed.ocr?.engine).toBe('stand-in');
    const values = Object.values(prepared.parsed.values).filter((v) => v.provenance);
    expect(values.length).toBeGreaterThan(100);
    expect(values.every((v) => v.flags.includes('ocr') && v.ocr !== undefined)).toBe(true);
  });

  it('refuses a scan without a reader, naming the Debian packages in both languages', async () => {
    for (const [bytes, fileName] of [[blankPdf(), 'scan.pdf'], [png(1), 'page.png']] as const) {
      const prepared = await prepareReport({ bytes, fileName });
      expect(prepared.ok).toBe(false);
      if (prepared.ok) continue;
      expect(prepared.error.code).toBe('OCR_MISSING');
      expect(prepared.error.messageEn).toContain('tesseract-ocr tesseract-ocr-chi-sim');
      expect(prepared.error.messageZh).toContain('tesseract-ocr tesseract-ocr-chi-sim');
    }
  });

  it('reads one image, several images posted together, and a zip of only images as one report in page order', async () => {
    const reader = standIn();
    const one = await prepareReport({ bytes: png(1), fileName: 'page.png' }, { ocr: reader });
    expect(one.ok && one.rows.mediaType).toBe('image/png');
    expect(one.ok && one.rows.format).toBe('image');
    const several = await prepareReport({ bytes: png(1), fileName: 'p1.png', pages: [{ fileName: 'p1.png', bytes: png(1) }, { fileName: 'p2.png', bytes: png(2) }] }, { ocr: reader });
    expect(several.ok && several.rows.pageImages?.length).toBe(2);
    const zip = zipSync({ 'p10.png': png(10), 'p2.png': png(2), 'p1.png': png(1) });
    // The archive stays one document (not three), and its pages are read in name order (p1, p2, p10).
    expect(documentsOf('scan.zip', zip)).toEqual([{ label: 'scan.zip', bytes: zip }]);
    const zipped = await prepareReport({ bytes: zip, fileName: 'scan.zip' }, { ocr: reader });
    expect(zipped.ok && zipped.rows.pageImages?.length).toBe(3);
    const last = reader.calls[reader.calls.length - 1];
    expect(last?.kind === 'images' && last.pages.map((p) => p.fileName)).toEqual(['p1.png', 'p2.png', 'p10.png']);
  });

  it('still expands a zip of documents into its documents', () => {
    const zip = zipSync({ 'a.txt': new TextEncoder().encode('x'), 'p1.png': png(1) });
    expect(documentsOf('mixed.zip', zip)).toHaveLength(2);
  });

  it('turns a reader failure into a typed rejection', async () => {
    const failing: ScanReader = { read: async () => Promise.reject(Object.assign(new Error('slow'), { code: 'OCR_TIMEOUT', messageZh: '文字识别超时', messageEn: 'OCR took too long' })) };
    const prepared = await prepareReport({ bytes: png(1), fileName: 'page.png' }, { ocr: failing });
    expect(!prepared.ok && prepared.error.code).toBe('OCR_TIMEOUT');
  });
});
