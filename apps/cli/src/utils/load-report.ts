import { Option } from 'commander';

import { convertIfOffice, type DocumentConverter } from '@gongkai/document-convert';
import { parseReport, type ParsedReport, type ParseOptions, type SourceFormat } from '@gongkai/report-parser';

import { cliConverter } from './document-converter';
import { readInputFile } from './read-input';

/** The parser entry point a command uses; tests may pass their own. */
export type ParseFn = (input: Uint8Array | string, options?: ParseOptions) => Promise<ParsedReport>;

/**
 * The parser behind the converter: a .doc, .wps, .rtf or .odt (by content) is read through the .docx LibreOffice
 * makes of it; without LibreOffice it is refused with a ConvertError naming the package. An explicit --format
 * skips detection, as it does in the parser.
 */
export function convertingParse(converter: () => DocumentConverter | undefined): ParseFn {
  return async (input, options = {}) => {
    if (typeof input !== 'string' && options.format === undefined) {
      const converted = await convertIfOffice(input, options.fileName, converter());
      if (converted) return parseReport(converted.docx, { ...options, format: 'docx' });
    }

    return parseReport(input, options);
  };
}

export const defaultParse: ParseFn = convertingParse(() => cliConverter());

const FORMATS: readonly SourceFormat[] = ['txt', 'html', 'docx', 'pdf'];

export function formatOption(): Option {
  return new Option('--format <format>', '跳过格式识别，按此格式读取 (skip format detection)').choices(FORMATS);
}

export type LoadOptions = { format?: SourceFormat; sourceUrl?: string };

/** Reads the file and parses it. Throws InputFileError or ReportParseError. */
export async function loadReport(parse: ParseFn, path: string, cwd: string, options: LoadOptions): Promise<ParsedReport> {
  const file = await readInputFile(path, cwd);

  return parse(file.bytes, { fileName: file.fileName, format: options.format, sourceUrl: options.sourceUrl });
}
