import { inflateZipEntry, listZipEntries } from '@gongkai/report-parser';

import { isOle, OleFormatError, readOle } from './ole';

/** Office formats the parser does not read itself and LibreOffice converts to .docx. */
export type OfficeFormat = 'doc' | 'wps' | 'rtf' | 'odt';

export const OFFICE_FORMATS: readonly OfficeFormat[] = ['doc', 'wps', 'rtf', 'odt'];

/** What the bytes are, by their content (the file name only tells a Kingsoft .wps from a Word .doc, which share a container). */
export type OfficeDetection =
  | { kind: 'convert'; format: OfficeFormat }
  /** Password-protected: refused as ENCRYPTED before any process runs. */
  | { kind: 'encrypted'; format: OfficeFormat | 'docx' }
  /** Claims to be an office container but its structure is broken. */
  | { kind: 'corrupt'; format: OfficeFormat; detail: string };

export const MEDIA_TYPES: Record<OfficeFormat, string> = {
  doc: 'application/msword',
  wps: 'application/vnd.ms-works',
  rtf: 'application/rtf',
  odt: 'application/vnd.oasis.opendocument.text',
};

/** The file extension LibreOffice is given for each format (its import filter is chosen from the content). */
export const EXTENSIONS: Record<OfficeFormat, string> = { doc: 'doc', wps: 'wps', rtf: 'rtf', odt: 'odt' };

const ODF_TEXT = /^application\/vnd\.oasis\.opendocument\.text(?:-template|-master)?$/;
const WORD_IDENTS = new Set([0xa5ec, 0xa5dc]); // Word 97–2003, Word 6/95 (FIB wIdent)

/**
 * Office documents the parser cannot read but LibreOffice can: an OLE container holding a WordDocument stream
 * (Word 97–2003 .doc, Word 6/95, Kingsoft WPS) or Works streams, `{\rtf`, an ODF zip whose `mimetype` is a text
 * document. null for everything else (the parser answers: docx, PDF, HTML, text, or its own refusal).
 */
export function detectOfficeFormat(bytes: Uint8Array, fileName?: string): OfficeDetection | null {
  if (isRtf(bytes)) return { kind: 'convert', format: 'rtf' };
  if (isZip(bytes)) return detectOdf(bytes);
  if (isOle(bytes)) return detectOle(bytes, fileName);

  return null;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isRtf(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < Math.min(bytes.length, 64) && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;

  return String.fromCharCode(...bytes.subarray(i, i + 5)) === '{\\rtf';
}

/**
 * ODF puts its `mimetype` entry first in the zip, stored (ODF 1.2 §3.3): a local header whose name is
 * "mimetype" at offset 30. Every .docx fails this check without its central directory being listed (the store
 * asks it of every zip it writes).
 */
function startsWithMimetypeEntry(bytes: Uint8Array): boolean {
  const NAME = 'mimetype';
  if (bytes.length < 30 + NAME.length) return false;
  const nameLength = bytes[26]! | (bytes[27]! << 8);
  if (nameLength !== NAME.length) return false;
  for (let i = 0; i < NAME.length; i += 1) if (bytes[30 + i] !== NAME.charCodeAt(i)) return false;

  return true;
}

function detectOdf(bytes: Uint8Array): OfficeDetection | null {
  if (!startsWithMimetypeEntry(bytes)) return null;
  let entries: ReturnType<typeof listZipEntries>;
  try {
    entries = listZipEntries(bytes);
  } catch {
    // A broken zip is the parser's to refuse (it reads docx).
    return null;
  }
  const mimetype = entries.find((e) => e.name === 'mimetype');
  // The mimetype entry is stored uncompressed and tiny by the ODF spec; anything else is not ODF.
  if (!mimetype || mimetype.originalSize > 200) return null;
  let type: string;
  try {
    type = new TextDecoder().decode(inflateZipEntry(bytes, mimetype)).trim();
  } catch {
    return null;
  }
  if (!ODF_TEXT.test(type)) return null;
  const manifest = entries.find((e) => e.name === 'META-INF/manifest.xml');
  if (manifest && manifest.originalSize <= 1024 * 1024) {
    try {
      if (/<manifest:encryption-data\b/.test(new TextDecoder().decode(inflateZipEntry(bytes, manifest)))) return { kind: 'encrypted', format: 'odt' };
    } catch {
      return { kind: 'corrupt', format: 'odt', detail: 'META-INF/manifest.xml cannot be read' };
    }
  }

  return { kind: 'convert', format: 'odt' };
}

function detectOle(bytes: Uint8Array, fileName?: string): OfficeDetection | null {
  const named = /\.wps$/i.test(fileName ?? '') ? 'wps' : 'doc';
  let ole: ReturnType<typeof readOle>;
  try {
    ole = readOle(bytes);
  } catch (error) {
    if (error instanceof OleFormatError) return { kind: 'corrupt', format: named, detail: error.message };
    throw error;
  }
  const stream = (name: string) => ole.streams.find((s) => s.name === name);
  // A password-protected .docx is an OLE container holding the encrypted package.
  if (stream('EncryptionInfo') || stream('EncryptedPackage')) return { kind: 'encrypted', format: 'docx' };
  const word = stream('WordDocument');
  if (word) {
    let fib: Uint8Array;
    try {
      fib = ole.head(word, 32);
    } catch (error) {
      if (error instanceof OleFormatError) return { kind: 'corrupt', format: named, detail: error.message };
      throw error;
    }
    if (fib.length < 12) return { kind: 'corrupt', format: named, detail: 'WordDocument stream too short' };
    const ident = (fib[0] as number) | ((fib[1] as number) << 8);
    if (!WORD_IDENTS.has(ident)) return { kind: 'corrupt', format: named, detail: `WordDocument ident 0x${ident.toString(16)}` };
    // FIB flags at 0x0A: bit 8 is fEncrypted (RC4 or XOR obfuscation; the password is needed to read the text).
    const flags = (fib[10] as number) | ((fib[11] as number) << 8);

    return (flags & 0x0100) !== 0 ? { kind: 'encrypted', format: named } : { kind: 'convert', format: named };
  }
  // Microsoft Works word-processor documents (LibreOffice reads them through libwps).
  if (stream('MN0') || (stream('CONTENTS') && stream('SPELLING'))) return { kind: 'convert', format: 'wps' };

  return null;
}
