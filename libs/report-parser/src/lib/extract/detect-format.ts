import { type SourceFormat } from '../model/document-model';
import { ReportParseError } from '../model/report-parse-error';

/** Inputs above this size are refused before any work (spec: nothing hangs). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export type FormatHint = { fileName?: string; format?: SourceFormat };

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i += 1) if (bytes[offset + i] !== signature[i]) return false;

  return true;
}

const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .doc / .xls compound file

function hasBom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/** True when the bytes look like binary data rather than text in any of the supported encodings. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasBom(bytes)) return false;
  const end = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < end; i += 1) {
    const b = bytes[i] as number;
    // NUL and C0 controls other than TAB, LF, CR, FF, ESC never occur in the text encodings we read
    // (UTF-16 without a BOM is not supported).
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control += 1;
  }

  return control > end * 0.01;
}

/** Characters at the start of a text that looksLikeHtml inspects. */
export const HTML_SNIFF_CHARS = 4096;

/** A cheap look at the start of decoded text: markup means HTML. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, HTML_SNIFF_CHARS).toLowerCase();

  return /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|table[\s>]|div[\s>]|p[\s>])/.test(head);
}

export type SniffedFormat = SourceFormat | 'text';

/**
 * Format from the bytes, with the caller's hints as tie-breakers. 'text' means txt or html, decided after
 * decoding. Throws EMPTY_INPUT, TOO_LARGE, LEGACY_DOC, BINARY_INPUT.
 */
export function sniffFormat(bytes: Uint8Array, hint: FormatHint = {}): SniffedFormat {
  if (bytes.length === 0) throw new ReportParseError('EMPTY_INPUT');
  if (bytes.length > MAX_INPUT_BYTES) throw new ReportParseError('TOO_LARGE', `${bytes.length} bytes > ${MAX_INPUT_BYTES}`);
  // Some servers prepend whitespace or a BOM before %PDF; look a little way in.
  for (let i = 0; i < Math.min(bytes.length, 1024); i += 1) {
    if (bytes[i] === 0x25 && startsWith(bytes, PDF, i)) return 'pdf';
    const b = bytes[i] as number;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) break;
  }
  if (startsWith(bytes, ZIP)) return 'docx';
  if (startsWith(bytes, OLE)) throw new ReportParseError('LEGACY_DOC');
  if (looksBinary(bytes)) throw new ReportParseError('BINARY_INPUT');
  // RTF is text, but its words are control codes and escapes: read as plain text its digits would float free of
  // the labels. LibreOffice converts it (libs/document-convert); the parser refuses it by name.
  if (/^(?:\xef\xbb\xbf)?\s*\{\\rtf/.test(String.fromCharCode(...bytes.subarray(0, 64)))) throw new ReportParseError('UNSUPPORTED_FORMAT', 'RTF: convert it to .docx');
  if (hint.format === 'txt' || hint.format === 'html') return hint.format;
  const name = hint.fileName?.toLowerCase() ?? '';
  if (/\.x?html?$/.test(name)) return 'html';

  return 'text';
}
