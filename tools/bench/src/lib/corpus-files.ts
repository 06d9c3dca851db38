import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

import { EXTENSIONS, OFFICE_FORMATS, type OfficeFormat } from '@gongkai/document-convert';
import { type SourceFormat } from '@gongkai/report-parser';

export type BenchDocument = {
  /** '<corpus id>/<file>' or 'sample/<id>.<ext>'. */
  name: string;
  format: SourceFormat;
  bytes: Uint8Array;
  fileName: string;
};

// MHTML (a browser's "save as single file") is read by the HTML adapter once its MIME parts are unpacked.
const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = { '.txt': 'txt', '.html': 'html', '.htm': 'html', '.mhtml': 'html', '.mht': 'html', '.docx': 'docx', '.pdf': 'pdf' };

const stem = (file: string) => file.slice(0, file.length - extname(file).length);

/** Every report file of the real corpus (txt, html, docx, pdf), in a stable order; [] when it is absent. */
export function readRealCorpus(dir: string): BenchDocument[] {
  if (!existsSync(dir)) return [];
  const documents: BenchDocument[] = [];
  for (const id of readdirSync(dir).sort()) {
    const folder = join(dir, id);
    const files = readdirSync(folder).sort();
    for (const file of files) {
      const format = FORMAT_BY_EXTENSION[extname(file).toLowerCase()];
      if (!format) continue;
      // A .txt beside an .html of the same name is the archive's text dump of that page (see its
      // SOURCE.md), not a published document: its table digits run together.
      if (format === 'txt' && files.some((f) => FORMAT_BY_EXTENSION[extname(f).toLowerCase()] === 'html' && stem(f) === stem(file))) continue;
      documents.push({ name: `${id}/${file}`, format, bytes: new Uint8Array(readFileSync(join(folder, file))), fileName: file });
    }
  }

  return documents;
}

/** Every file directly in `dir` whose extension `formatOf` names, by name; [] when the folder is absent. */
function readFolder<F extends string>(dir: string, formatOf: Record<string, F>): { name: string; format: F; bytes: Uint8Array; fileName: string }[] {
  if (!existsSync(dir)) return [];

  return readdirSync(dir)
    .sort()
    .flatMap((file) => {
      const format = formatOf[extname(file).toLowerCase()];

      return format ? [{ name: file, format, bytes: new Uint8Array(readFileSync(join(dir, file))), fileName: file }] : [];
    });
}

/** Every document file (txt, html, mhtml, docx, pdf) directly in `dir`, by name; [] when it is absent. */
export function readDocumentFolder(dir: string): BenchDocument[] {
  return readFolder(dir, FORMAT_BY_EXTENSION);
}

/** A document the parser reads only after LibreOffice has converted it (.doc, .wps, .rtf, .odt). */
export type OfficeDocument = { name: string; format: OfficeFormat; bytes: Uint8Array; fileName: string };

// From document-convert's own list of the formats it converts, not a second table.
const OFFICE_BY_EXTENSION: Record<string, OfficeFormat> = Object.fromEntries(OFFICE_FORMATS.map((format) => [`.${EXTENSIONS[format]}`, format]));

/** Every office document file directly in `dir`, by name; [] when it is absent. */
export function readOfficeFolder(dir: string): OfficeDocument[] {
  return readFolder(dir, OFFICE_BY_EXTENSION);
}
