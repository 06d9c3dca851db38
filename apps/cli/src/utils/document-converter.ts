import { type DocumentConverter, LibreOfficeConverter } from '@gongkai/document-convert';

/**
 * The LibreOffice converter of this process (.doc, .wps, .rtf, .odt → .docx before parsing), made on first use:
 * LIBREOFFICE_PATH names the executable (default `soffice` on PATH; Debian package libreoffice-writer).
 */
let converter: DocumentConverter | null = null;

export function cliConverter(env: NodeJS.ProcessEnv = process.env): DocumentConverter {
  converter ??= new LibreOfficeConverter({ soffice: env['LIBREOFFICE_PATH'] || 'soffice' });

  return converter;
}
