import { deflateSync } from 'node:zlib';

import { type ParsedReport, reviewOfReport } from '@gongkai/report-parser';

import { type PageImage } from './report-rows';

/**
 * Test and demo support (no OCR engine involved): a parsed text report dressed as a scan read by OCR, so the
 * review side (page images, OCR facts per value, corrections) can be exercised without Tesseract. Every
 * printed value gets the flag 'ocr', a confidence (0.97 unless listed in `unsure`), what was "read" and a
 * box on page 1 laid out as a grid; the report gets an OcrSummary and its review status by reviewOfReport.
 */
export function asOcrRead(parsed: ParsedReport, options: { unsure?: Record<string, { confidence: number; read: string }>; threshold?: number; chosenBy?: Record<string, string> } = {}): ParsedReport {
  const threshold = options.threshold ?? 0.8;
  const printed = Object.values(parsed.values).filter((v) => v.provenance !== null && !v.flags.includes('missing'));
  const values = { ...parsed.values };
  let sum = 0;
  printed.forEach((v, i) => {
    const unsure = options.unsure?.[v.key];
    const chosenBy = options.chosenBy?.[v.key];
    const confidence = unsure?.confidence ?? 0.97;
    sum += confidence;
    const row = Math.floor(i / 8);
    const col = i % 8;
    const box: [number, number, number, number] = [0.1 + col * 0.1, 0.05 + (row % 40) * 0.022, 0.19 + col * 0.1, 0.07 + (row % 40) * 0.022];
    values[v.key] = {
      ...v,
      flags: [...v.flags, 'ocr', ...(chosenBy ? (['ocr_rule_chosen'] as const) : [])],
      provenance: { ...(v.provenance as NonNullable<typeof v.provenance>), page: 1, box },
      ocr: { confidence, read: unsure?.read ?? v.raw, ...(chosenBy ? { chosenBy: chosenBy as never } : {}) },
    };
  });
  const out: ParsedReport = {
    ...parsed,
    values,
    ocr: {
      engine: 'Tesseract 5.3.0 (chi_sim)',
      dpi: 200,
      pages: 1,
      threshold,
      meanConfidence: printed.length ? Math.round((sum / printed.length) * 1000) / 1000 : 0,
      lowConfidence: printed.filter((v) => (options.unsure?.[v.key]?.confidence ?? 0.97) < threshold).length,
      ruleChosen: Object.keys(options.chosenBy ?? {}).length,
      msPerPage: 1200,
    },
  };

  return { ...out, ...reviewOfReport(out) };
}

/** A valid greyscale PNG of the given size with a darker grid every `cell` pixels (what a scanned table looks like, roughly). */
export function gridPng(width: number, height: number, cell = 40): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = x % cell === 0 || y % cell === 0 ? 40 : 235;
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));

    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale

  return new Uint8Array(
    Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]),
  );
}

/** One page image of `gridPng` as the store keeps it. */
export function gridPageImage(page: number, width = 400, height = 560): PageImage {
  return { page, mediaType: 'image/png', bytes: gridPng(width, height), width, height, dpi: 200 };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;

  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);

  return (c ^ 0xffffffff) >>> 0;
}
