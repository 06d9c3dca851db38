import { TesseractReader } from '@gongkai/document-ocr';
import { type ScanReader } from '@gongkai/report-parser';

/**
 * The Tesseract reader of this process (scanned PDFs and page images), made on first use; undefined when
 * `tesseract` is not on PATH (TESSERACT_PATH names another executable) — such documents are then refused
 * naming the Debian packages tesseract-ocr tesseract-ocr-chi-sim.
 */
let reader: ScanReader | null | undefined;

export function cliScanReader(env: NodeJS.ProcessEnv = process.env): ScanReader | undefined {
  if (reader === undefined) {
    const tesseractPath = env['TESSERACT_PATH'] || 'tesseract';
    reader = TesseractReader.available({ tesseractPath }) ? new TesseractReader({ tesseractPath }) : null;
  }

  return reader ?? undefined;
}
