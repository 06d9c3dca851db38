import { ReportParseError } from '../../model/report-parse-error';
import { inflateZipEntry, listZipEntries, zipEntryCount } from '../zip-reader';

/** Limits for a Word archive. A real report's docx holds some dozens of entries and a few MB at most. */
export const ZIP_LIMITS = {
  maxEntries: 2000,
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntryBytes: 100 * 1024 * 1024,
  /** Uncompressed/compressed; checked for entries above `ratioFloorBytes` (small XML legitimately compresses well). */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
} as const;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleContainer(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** Office puts a password-protected docx into an OLE container holding EncryptionInfo and EncryptedPackage streams. */
export function oleHasEncryption(bytes: Uint8Array): boolean {
  const needle = utf16le('EncryptionInfo');
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function utf16le(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.charCodeAt(0), 0);
  return out;
}

/**
 * Reads the wanted entries of a zip after checking the whole central directory against ZIP_LIMITS: the
 * declared sizes are checked before anything is inflated, and each wanted entry inflates with its declared
 * size as a hard ceiling (inflateZipEntry), so sizes that lie cannot buy memory or time either.
 */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  if (zipEntryCount(bytes) > ZIP_LIMITS.maxEntries) throw new ReportParseError('ZIP_BOMB', 'too many entries');
  const entries = listZipEntries(bytes);
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    if (entry.originalSize > ZIP_LIMITS.maxEntryBytes || total > ZIP_LIMITS.maxTotalBytes) {
      throw new ReportParseError('ZIP_BOMB', `${entry.name} expands beyond the size limit`);
    }
    if (entry.originalSize > ZIP_LIMITS.ratioFloorBytes && entry.originalSize > Math.max(1, entry.compressedSize) * ZIP_LIMITS.maxRatio) {
      throw new ReportParseError('ZIP_BOMB', `${entry.name} has a compression ratio beyond ${ZIP_LIMITS.maxRatio}`);
    }
  }
  const out: Record<string, Uint8Array> = {};
  for (const entry of entries) if (wanted(entry.name)) out[entry.name] = inflateZipEntry(bytes, entry);
  return out;
}
