import { unzipSync } from 'fflate';

import { ReportParseError } from '../../model/report-parse-error';

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

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

/** Entry count from the end-of-central-directory record, read before fflate walks the directory. */
function entryCount(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i -= 1) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return u16(bytes, i + 10);
  }
  throw new ReportParseError('CORRUPT_FILE', 'no zip central directory');
}

/**
 * Reads the wanted entries of a zip after checking the whole central directory against ZIP_LIMITS.
 * fflate's filter sees each entry's declared sizes before anything is inflated: a first pass only
 * collects them (inflating nothing), the second inflates just the wanted entries. fflate inflates into a
 * buffer of the declared size, so the declared sizes bound memory even when they lie.
 */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  if (entryCount(bytes) > ZIP_LIMITS.maxEntries) throw new ReportParseError('ZIP_BOMB', 'too many entries');
  let entries = 0;
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        total += file.originalSize;
        if (entries > ZIP_LIMITS.maxEntries) throw new ReportParseError('ZIP_BOMB', 'too many entries');
        if (file.originalSize > ZIP_LIMITS.maxEntryBytes || total > ZIP_LIMITS.maxTotalBytes) {
          throw new ReportParseError('ZIP_BOMB', `${file.name} expands beyond the size limit`);
        }
        if (file.originalSize > ZIP_LIMITS.ratioFloorBytes && file.originalSize > Math.max(1, file.size) * ZIP_LIMITS.maxRatio) {
          throw new ReportParseError('ZIP_BOMB', `${file.name} has a compression ratio beyond ${ZIP_LIMITS.maxRatio}`);
        }
        return false;
      },
    });
    return unzipSync(bytes, { filter: (file) => wanted(file.name) });
  } catch (error) {
    if (error instanceof ReportParseError) throw error;
    throw new ReportParseError('CORRUPT_FILE', error instanceof Error ? error.message : undefined);
  }
}
