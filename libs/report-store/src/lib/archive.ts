import { basename } from 'node:path';

import { inflateZipEntry, isReportParseError, listZipEntries } from '@gongkai/report-parser';

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
 * central directory before anything is inflated, and each member inflates with its declared size as a hard
 * ceiling (the parser's inflateZipEntry), so a lying header cannot make it allocate or work more.
 */
export function expandZipArchive(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): ArchiveMember[] {
  try {
    const documents = listZipEntries(bytes).filter((e) => !e.name.endsWith('/') && !e.name.startsWith('__MACOSX/') && !basename(e.name).startsWith('.'));
    if (documents.length > limits.maxEntries) throw new ArchiveError('ZIP_BOMB', `more than ${limits.maxEntries} entries`);
    let total = 0;
    for (const file of documents) {
      total += file.originalSize;
      if (file.originalSize > limits.maxEntryBytes) throw new ArchiveError('ZIP_BOMB', `${file.name} expands beyond ${limits.maxEntryBytes} bytes`);
      if (total > limits.maxTotalBytes) throw new ArchiveError('ZIP_BOMB', `the archive expands beyond ${limits.maxTotalBytes} bytes`);
      if (file.compressedSize > 0 && file.originalSize / file.compressedSize > limits.maxRatio) throw new ArchiveError('ZIP_BOMB', `${file.name} compresses suspiciously well`);
    }

    return documents.map((file) => ({ fileName: decodeZipName(file.name), bytes: inflateZipEntry(bytes, file) }));
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    if (isReportParseError(error) && error.code === 'ZIP_BOMB') throw new ArchiveError('ZIP_BOMB', error.message);
    throw new ArchiveError('CORRUPT_FILE', error instanceof Error ? error.message : 'unreadable archive');
  }
}

/**
 * Zips made on Chinese Windows store names in GB18030 without the UTF-8 flag; the directory reader then
 * decodes them as Latin-1. Re-decode such names (only when every char is a byte and the bytes are valid GB18030).
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

/** The one answer for an archive that cannot be expanded (api upload, CLI, harvester alike). */
export function archiveRejection(error: unknown): { code: 'ZIP_BOMB' | 'CORRUPT_FILE'; messageZh: string; messageEn: string } {
  const code = error instanceof ArchiveError ? error.code : 'CORRUPT_FILE';

  return {
    code,
    messageZh: code === 'ZIP_BOMB' ? '压缩包解压后过大或条目过多，已拒绝。' : '压缩包已损坏，无法读取。',
    messageEn: `${code === 'ZIP_BOMB' ? 'The archive expands too far or holds too many entries' : 'The archive is damaged and cannot be read'}${error instanceof Error ? `: ${error.message}` : ''}`,
  };
}

/**
 * A document, or the documents of a .zip archive (labelled `<archive>/<member>`), or the archive's rejection.
 */
export function documentsOf(
  label: string,
  bytes: Uint8Array,
): { label: string; bytes: Uint8Array }[] | { label: string; error: ReturnType<typeof archiveRejection> } {
  if (!isZipArchive(label, bytes)) return [{ label, bytes }];
  try {
    const members = expandZipArchive(bytes);
    // A zip of page images is one scanned report (its pages in name order), read whole by the store.
    if (members.length > 0 && members.every((m) => isImage(m.bytes))) return [{ label, bytes }];
    return members.map((m) => ({ label: `${label}/${m.fileName}`, bytes: m.bytes }));
  } catch (error) {
    return { label, error: archiveRejection(error) };
  }
}

/** JPEG, PNG or TIFF by its first bytes (scan-document.ts names the type). */
function isImage(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) || (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) || (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a);
}
