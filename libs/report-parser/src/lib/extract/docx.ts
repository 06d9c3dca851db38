import { strFromU8 } from 'fflate';

import { type DocumentModel } from '../model/document-model';
import { ReportParseError } from '../model/report-parse-error';
import { parseDocumentXml } from './docx/document-xml';
import { isOleContainer, oleHasEncryption, readZipEntries } from './docx/zip-guard';

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';

/** Word (.docx): tables from the OOXML with grid spans and vertical merges expanded, and the paragraphs around them. */
export function extractDocx(bytes: Uint8Array): DocumentModel {
  if (bytes.length === 0) throw new ReportParseError('EMPTY_INPUT');
  if (isOleContainer(bytes)) {
    // An OLE file is either a password-protected docx (EncryptionInfo + EncryptedPackage) or a legacy .doc.
    throw new ReportParseError(oleHasEncryption(bytes) ? 'ENCRYPTED' : 'LEGACY_DOC');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ReportParseError('CORRUPT_FILE', 'not a zip archive');

  const entries = readZipEntries(bytes, (name) => name === DOCUMENT || name === CORE);
  const documentXml = entries[DOCUMENT];
  if (!documentXml) throw new ReportParseError('CORRUPT_FILE', `${DOCUMENT} is missing`);

  const blocks = parseDocumentXml(strFromU8(documentXml));
  const core = entries[CORE] ? readCore(strFromU8(entries[CORE])) : {};
  return { format: 'docx', blocks, meta: core };
}

/** dc:title and dcterms:created from docProps/core.xml (a tiny, flat file: a pattern match is enough). */
export function readCore(xml: string): { title?: string; createdOn?: string } {
  const title = /<dc:title(?:\s[^>]*)?>([^<]*)<\/dc:title>/u.exec(xml)?.[1];
  const created = /<dcterms:created(?:\s[^>]*)?>\s*(\d{4}-\d{2}-\d{2})/u.exec(xml)?.[1];
  const decoded = title ? decodeXml(title).trim() : '';
  return { ...(decoded ? { title: decoded } : {}), ...(created ? { createdOn: created } : {}) };
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/gu, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
