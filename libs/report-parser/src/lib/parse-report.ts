import { type DocumentModel, type SourceFormat } from './model/document-model';
import { type ParsedReport } from './model/parsed-report';
import { ReportParseError } from './model/report-parse-error';

export const PARSER_VERSION = '0.1.0';

export type ParseOptions = {
  /** File name, used only to help format detection ('report.docx'). */
  fileName?: string;
  /** Skip detection when the caller knows the format. */
  format?: SourceFormat;
  /** Where the document was downloaded from; its host helps region resolution. */
  sourceUrl?: string;
};

/** Reads any supported document (txt, html, docx, pdf). Rejects with a ReportParseError, never anything else. */
export async function parseReport(input: Uint8Array | string, options: ParseOptions = {}): Promise<ParsedReport> {
  void input;
  void options;
  throw new ReportParseError('UNSUPPORTED_FORMAT', 'parser not implemented yet');
}

/** The synchronous path for txt, html and docx (PDF needs the asynchronous pdf.js). */
export function parseReportSync(input: Uint8Array | string, options: ParseOptions = {}): ParsedReport {
  void input;
  void options;
  throw new ReportParseError('UNSUPPORTED_FORMAT', 'parser not implemented yet');
}

/** Locate, map, describe and validate an extracted document. */
export function parseDocumentModel(model: DocumentModel, options: ParseOptions = {}): ParsedReport {
  void model;
  void options;
  throw new ReportParseError('UNSUPPORTED_FORMAT', 'parser not implemented yet');
}
