import { isUtf8 } from 'node:buffer';

import { type DocumentModel, type SourceFormat } from '../model/document-model';
import { ReportParseError } from '../model/report-parse-error';
import { decodeText } from './decode-text';
import { type FormatHint, HTML_SNIFF_CHARS, looksLikeHtml, sniffFormat } from './detect-format';
import { extractDocx } from './docx';
import { extractHtml, extractHtmlUtf8Latin1 } from './html';
import { extractMhtml, isMhtml } from './mhtml';
import { extractPdf } from './pdf';
import { extractTxt } from './txt';

/**
 * Bytes (or already-decoded text) → DocumentModel, choosing the adapter from the bytes. Only
 * ReportParseError leaves this module.
 */


function fromText(text: string, encoding: string, sniffed: SourceFormat | 'text'): DocumentModel {
  if (text.trim() === '') throw new ReportParseError('EMPTY_INPUT');
  const replacement = (text.match(/\ufffd/g) ?? []).length;
  if (replacement > 50 && replacement > text.length * 0.05) throw new ReportParseError('BINARY_INPUT', 'the text cannot be decoded');
  const html = sniffed === 'html' || (sniffed !== 'txt' && looksLikeHtml(text));

  return html ? extractHtml(text, encoding) : extractTxt(text, encoding);
}

function textFormat(input: Uint8Array | string, sniffed: SourceFormat | 'text'): DocumentModel {
  if (typeof input === 'string') {
    if (input.length > 50 * 1024 * 1024) throw new ReportParseError('TOO_LARGE');

    return fromText(input.replace(/^\ufeff/, ''), 'utf-16 (string input)', sniffed);
  }
  if (sniffed !== 'txt') {
    // UTF-8 HTML (nearly every page): tokenize the bytes as latin1 and decode only the text kept.
    const buffer = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
    // looksLikeHtml reads only the first HTML_SNIFF_CHARS; latin1 is one char per byte, so the head
    // suffices and plain text never pays for a latin1 copy of the whole file.
    if (isUtf8(buffer) && (sniffed === 'html' || looksLikeHtml(buffer.toString('latin1', bom, bom + HTML_SNIFF_CHARS)))) {
      const latin1 = buffer.toString('latin1', bom);
      if (latin1.trim() === '') throw new ReportParseError('EMPTY_INPUT');

      return extractHtmlUtf8Latin1(latin1);
    }
  }
  const decoded = decodeText(input, sniffed);

  return fromText(decoded.text.replace(/^\ufeff/, ''), decoded.encoding, sniffed);
}

/** Synchronous extraction: txt, html and docx. PDF needs `extractDocumentAsync`. */
export function extractDocument(input: Uint8Array | string, hint: FormatHint = {}): DocumentModel {
  return guard(() => {
    if (typeof input === 'string') {
      if (input.length === 0) throw new ReportParseError('EMPTY_INPUT');

      return textFormat(input, hint.format === 'txt' || hint.format === 'html' ? hint.format : 'text');
    }
    const sniffed = sniffFormat(input, hint);
    if (sniffed === 'pdf') throw new ReportParseError('UNSUPPORTED_FORMAT', 'PDF needs the asynchronous parseReport');
    if (sniffed === 'docx') return extractDocx(input);
    if (sniffed === 'text' && isMhtml(input)) return extractMhtml(input);

    return textFormat(input, sniffed);
  });
}

/** Every format, PDF included. */
export async function extractDocumentAsync(input: Uint8Array | string, hint: FormatHint = {}): Promise<DocumentModel> {
  if (typeof input !== 'string') {
    const sniffed = guard(() => sniffFormat(input, hint));
    if (sniffed === 'pdf') {
      try {
        return await extractPdf(input);
      } catch (error) {
        throw asParseError(error);
      }
    }
  }

  return extractDocument(input, hint);
}

export function asParseError(error: unknown): ReportParseError {
  if (error instanceof ReportParseError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);

  return new ReportParseError('CORRUPT_FILE', detail.slice(0, 300));
}

function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw asParseError(error);
  }
}

