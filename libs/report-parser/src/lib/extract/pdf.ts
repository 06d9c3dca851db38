import { type DocumentModel } from '../model/document-model';
import { ReportParseError } from '../model/report-parse-error';

/** PDF text layer: lines and table rows rebuilt from positioned text items. */
export async function extractPdf(bytes: Uint8Array): Promise<DocumentModel> {
  void bytes;
  throw new ReportParseError('UNSUPPORTED_FORMAT', 'pdf support is not built yet');
}
