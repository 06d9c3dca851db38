import { Option } from 'commander';

import { parseReport, type ParsedReport, type ParseOptions, type SourceFormat } from '@gongkai/report-parser';

import { readInputFile } from './read-input';

/** The parser entry point a command uses; tests may pass their own. */
export type ParseFn = (input: Uint8Array | string, options?: ParseOptions) => Promise<ParsedReport>;

export const defaultParse: ParseFn = parseReport;

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
