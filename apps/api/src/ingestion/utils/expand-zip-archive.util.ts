import { basename } from 'node:path';

import { type UnzipFileInfo, unzipSync } from 'fflate';

export type ArchiveMember = { fileName: string; bytes: Uint8Array };

export type ArchiveLimits = { maxEntries: number; maxTotalBytes: number; maxEntryBytes: number; maxRatio: number };

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 1000,
  maxTotalBytes: 512 * 1024 * 1024,
  maxEntryBytes: 50 * 1024 * 1024,
  // Real reports compress 2–20×; a bomb compresses thousands of times.
  maxRatio: 200,
};

export class ArchiveError extends Error {
  constructor(
    readonly code: 'ZIP_BOMB' | 'CORRUPT_FILE',
    message: string,
  ) {
    super(message);
  }
}

/** A .zip upload (not a .docx, which is a zip too): by name, and by the PK signature. */
export function isZipArchive(fileName: string, bytes: Uint8Array): boolean {
  return /\.zip$/i.test(fileName) && bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * The documents inside a .zip, flattened (folders and macOS metadata skipped). Sizes are checked from the
 * central directory before anything is inflated, and fflate inflates into buffers of the declared size, so a
 * lying header cannot make it allocate more.
 */
export function expandZipArchive(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): ArchiveMember[] {
  let entries = 0;
  let total = 0;
  let refusal: ArchiveError | null = null;
  const keep = (file: UnzipFileInfo): boolean => {
    if (refusal) return false;
    if (file.name.endsWith('/') || file.name.startsWith('__MACOSX/') || basename(file.name).startsWith('.')) return false;
    entries += 1;
    total += file.originalSize;
    if (entries > limits.maxEntries) refusal = new ArchiveError('ZIP_BOMB', `more than ${limits.maxEntries} entries`);
    else if (file.originalSize > limits.maxEntryBytes) refusal = new ArchiveError('ZIP_BOMB', `${file.name} expands beyond ${limits.maxEntryBytes} bytes`);
    else if (total > limits.maxTotalBytes) refusal = new ArchiveError('ZIP_BOMB', `the archive expands beyond ${limits.maxTotalBytes} bytes`);
    else if (file.size > 0 && file.originalSize / file.size > limits.maxRatio) refusal = new ArchiveError('ZIP_BOMB', `${file.name} compresses suspiciously well`);

    return refusal === null;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: keep });
  } catch (error) {
    throw new ArchiveError('CORRUPT_FILE', error instanceof Error ? error.message : 'unreadable archive');
  }
  if (refusal) throw refusal;

  return Object.entries(files).map(([name, content]) => ({ fileName: decodeZipName(name), bytes: content }));
}

/**
 * Zips made on Chinese Windows store names in GB18030 without the UTF-8 flag; fflate then decodes them as
 * Latin-1. Re-decode such names (only when every char is a byte and the bytes are valid GB18030).
 */
function decodeZipName(name: string): string {
  const last = name.split('/').pop() ?? name;
  if (!/[\u0080-\u00ff]/.test(last) || [...last].some((c) => c.charCodeAt(0) > 0xff)) return last;
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(Buffer.from(last, 'latin1'));
  } catch {
    return last;
  }
}
