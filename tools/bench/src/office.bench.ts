import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type ConvertedDocument, convertIfOffice, type OfficeFormat, LibreOfficeConverter } from '@gongkai/document-convert';
import { extractDocumentAsync, inflateZipEntry, listZipEntries } from '@gongkai/report-parser';

import { type OfficeDocument } from './lib/corpus-files';
import { median } from './lib/stats';

/** One office document (.doc, .rtf, .odt, .wps) timed the way the product reads it: LibreOffice to .docx, then the parser. */
export type OfficeBenchRow = {
  name: string;
  format: OfficeFormat;
  bytes: number;
  /** Pages LibreOffice lays the document out on (docProps/app.xml of its .docx, else its PDF export of that .docx). */
  pages: number | null;
  conversions: number;
  /** Wall time of convertIfOffice (subprocess start, a fresh profile, load, save, clean-up), ms. */
  convertMedian: number | null;
  convertMin: number | null;
  /** CPU of LibreOffice's processes per conversion (children's user + system time), ms. */
  convertCpuMedian: number | null;
  /** The .docx LibreOffice made, for the parse figures. */
  docx: Uint8Array | null;
  error?: string;
};

/** Children's CPU time so far (user + system of waited-for children, /proc/self/stat fields 16 and 17), ms. */
function childCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');

    // After "pid (comm) " the fields count from 3 (state): cutime is field 16, cstime 17.
    return ((Number(fields[13]) || 0) + (Number(fields[14]) || 0)) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Pages from docProps/app.xml, which LibreOffice writes with its layout's page count. */
export function docxPages(docx: Uint8Array): number | null {
  try {
    const app = listZipEntries(docx).find((e) => e.name === 'docProps/app.xml');
    const pages = app ? /<Pages>(\d+)<\/Pages>/.exec(new TextDecoder().decode(inflateZipEntry(docx, app)))?.[1] : undefined;

    return pages ? Number(pages) : null;
  } catch {
    return null;
  }
}

/**
 * The page count of a .docx as LibreOffice lays it out: its own docProps/app.xml when it wrote one (from .odt it
 * does, from .doc and .rtf not), else the pages of the PDF LibreOffice exports of it (read by the parser's PDF
 * reader). Measurement only: not timed, not part of the product's path.
 */
async function pagesOf(docx: Uint8Array): Promise<number | null> {
  const stated = docxPages(docx);
  if (stated !== null) return stated;
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-pages-'));
  try {
    writeFileSync(join(dir, 'document.docx'), docx);
    await new Promise<void>((resolve, reject) =>
      execFile('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'document.docx')], { timeout: 120_000 }, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
    const model = await extractDocumentAsync(new Uint8Array(readFileSync(join(dir, 'document.pdf'))), { fileName: 'document.pdf' });

    return model.meta.pageCount ?? null;
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Converts each document `runs` times, one after another, through the product's own path (convertIfOffice with a
 * LibreOfficeConverter: a private profile per call, the limits, the clean-up), timing each conversion.
 */
export async function benchOfficeDocuments(docs: readonly OfficeDocument[], runs: number, log: (line: string) => void): Promise<OfficeBenchRow[]> {
  const converter = new LibreOfficeConverter({ concurrency: 1 });
  const rows: OfficeBenchRow[] = [];
  for (const doc of docs) {
    const row: OfficeBenchRow = { name: doc.name, format: doc.format, bytes: doc.bytes.byteLength, pages: null, conversions: 0, convertMedian: null, convertMin: null, convertCpuMedian: null, docx: null };
    const walls: number[] = [];
    const cpus: number[] = [];
    try {
      let converted: ConvertedDocument | null = null;
      for (let i = 0; i < runs; i++) {
        const cpu = childCpuMs();
        const started = performance.now();
        converted = await convertIfOffice(doc.bytes, doc.fileName, converter);
        walls.push(performance.now() - started);
        cpus.push(childCpuMs() - cpu);
        if (!converted) throw new Error('not an office document');
      }
      row.docx = (converted as ConvertedDocument).docx;
      row.pages = await pagesOf(row.docx);
      row.conversions = walls.length;
      row.convertMedian = median([...walls].sort((a, b) => a - b));
      row.convertMin = Math.min(...walls);
      row.convertCpuMedian = cpus.every(Number.isFinite) ? median([...cpus].sort((a, b) => a - b)) : null;
      log(`  ${doc.name}: conversion median ${row.convertMedian.toFixed(0)} ms (${runs} runs)`);
    } catch (error) {
      row.error = error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error);
      log(`  ${doc.name}: not converted (${row.error})`);
    }
    rows.push(row);
  }

  return rows;
}
