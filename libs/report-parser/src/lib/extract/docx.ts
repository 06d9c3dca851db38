import { type DocumentModel } from '../model/document-model';
import { ReportParseError } from '../model/report-parse-error';

/** Word (.docx): tables from the OOXML with grid spans and vertical merges expanded, and the paragraphs around them. */
export function extractDocx(bytes: Uint8Array): DocumentModel {
  void bytes;
  throw new ReportParseError('UNSUPPORTED_FORMAT', 'docx support is not built yet');
}
