import { inflateRawSync } from 'node:zlib';

import { ReportParseError } from '../model/report-parse-error';

/** One entry of a zip's central directory, as declared there (sizes may lie: see inflateZipEntry). */
export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the archive declares. */
  originalSize: number;
  /** Offset of the entry's data in the archive (after its local header). */
  dataStart: number;
};

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;

function corrupt(detail: string): ReportParseError {
  return new ReportParseError('CORRUPT_FILE', detail);
}

/** A field pointing past the end (DataView's RangeError) is a corrupt archive like any other. */
function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ReportParseError) throw error;
    throw corrupt(error instanceof Error ? error.message : 'unreadable zip directory');
  }
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The end-of-central-directory record: entry count and directory offset (zip64 when the 32-bit fields overflow). */
function endOfDirectory(bytes: Uint8Array, dv: DataView): { count: number; offset: number } {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let e = bytes.length - 22;
  while (e >= stop && !(e >= 0 && dv.getUint32(e, true) === EOCD)) e -= 1;
  if (e < stop || e < 0) throw corrupt('no zip central directory');
  let count = dv.getUint16(e + 10, true);
  let offset = dv.getUint32(e + 16, true);
  if ((count === 0xffff || offset === MAX_U32) && e >= 20 && dv.getUint32(e - 20, true) === EOCD64_LOCATOR) {
    const z = Number(dv.getBigUint64(e - 12, true));
    if (z + 56 > bytes.length || dv.getUint32(z, true) !== EOCD64) throw corrupt('bad zip64 end of central directory');
    count = Number(dv.getBigUint64(z + 32, true));
    offset = Number(dv.getBigUint64(z + 48, true));
  }

  return { count, offset };
}

/** The entry count the archive declares, read before walking its directory (so a huge count costs nothing). */
export function zipEntryCount(bytes: Uint8Array): number {
  return guarded(() => endOfDirectory(bytes, view(bytes)).count);
}

/**
 * The central directory: names and declared sizes of every entry, and where its data starts. Inflates
 * nothing. Names without the UTF-8 flag are decoded as Latin-1 (one char per byte), so a caller can
 * re-decode GB18030 names from Chinese Windows.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  return guarded(() => readDirectory(bytes));
}

function readDirectory(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const { count, offset } = endOfDirectory(bytes, dv);
  const entries: ZipEntry[] = [];
  let o = offset;
  for (let i = 0; i < count; i += 1) {
    if (o + 46 > bytes.length || dv.getUint32(o, true) !== CENTRAL) throw corrupt(`bad central directory entry ${i}`);
    const utf8 = (dv.getUint16(o + 8, true) & 0x0800) !== 0;
    const method = dv.getUint16(o + 10, true);
    let compressedSize = dv.getUint32(o + 20, true);
    let originalSize = dv.getUint32(o + 24, true);
    const nameLength = dv.getUint16(o + 28, true);
    const extraLength = dv.getUint16(o + 30, true);
    const commentLength = dv.getUint16(o + 32, true);
    let localOffset = dv.getUint32(o + 42, true);
    const nameBytes = bytes.subarray(o + 46, o + 46 + nameLength);
    const name = Buffer.from(nameBytes.buffer, nameBytes.byteOffset, nameBytes.byteLength).toString(utf8 ? 'utf8' : 'latin1');
    // Zip64 extra field (id 1): the 64-bit values of the fields set to 0xFFFFFFFF, in this order.
    for (let x = o + 46 + nameLength; x + 4 <= o + 46 + nameLength + extraLength; x += 4 + dv.getUint16(x + 2, true)) {
      if (dv.getUint16(x, true) !== 1) continue;
      let f = x + 4;
      const next = (): number => {
        const v = Number(dv.getBigUint64(f, true));
        f += 8;
        return v;
      };
      if (originalSize === MAX_U32) originalSize = next();
      if (compressedSize === MAX_U32) compressedSize = next();
      if (localOffset === MAX_U32) localOffset = next();
      break;
    }
    if (localOffset + 30 > bytes.length || dv.getUint32(localOffset, true) !== LOCAL) throw corrupt(`${name}: bad local header`);
    const dataStart = localOffset + 30 + dv.getUint16(localOffset + 26, true) + dv.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) throw corrupt(`${name}: data runs past the end of the archive`);
    entries.push({ name, method, compressedSize, originalSize, dataStart });
    o += 46 + nameLength + extraLength + commentLength;
  }

  return entries;
}

/**
 * An entry's bytes. Deflated data is inflated natively with the declared size as a hard ceiling: data
 * that inflates beyond it (a header that lies about a bomb) is refused as ZIP_BOMB as soon as the output
 * passes the declared size, so neither memory nor time depends on what the data really holds.
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.originalSize) throw corrupt(`${entry.name}: stored entry with two sizes`);

    return data;
  }
  if (entry.method !== 8) throw corrupt(`${entry.name}: unsupported compression method ${entry.method}`);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.originalSize) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ReportParseError('ZIP_BOMB', `${entry.name} inflates beyond its declared ${entry.originalSize} bytes`);
    }
    throw corrupt(`${entry.name}: ${error instanceof Error ? error.message : 'unreadable deflate data'}`);
  }
  if (out.length > entry.originalSize) throw new ReportParseError('ZIP_BOMB', `${entry.name} inflates beyond its declared ${entry.originalSize} bytes`);

  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
