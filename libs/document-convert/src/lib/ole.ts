/**
 * Just enough of the OLE compound file format ([MS-CFB]) to tell what a legacy office file is before any
 * process runs: the names of its streams and the first bytes of one. Every offset is bounds-checked and every
 * chain walk is capped, so a hostile file costs microseconds and never a loop.
 */

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const DIR_ENTRY = 128;
const MAX_DIR_ENTRIES = 4096;

export class OleFormatError extends Error {}

export type OleStream = { name: string; start: number; size: number };

export type OleFile = {
  streams: OleStream[];
  /** The first `length` bytes of a stream (fewer when it is shorter). */
  head(stream: OleStream, length: number): Uint8Array;
};

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

export function readOle(bytes: Uint8Array): OleFile {
  if (!isOle(bytes)) throw new OleFormatError('not an OLE compound file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => {
    if (at + 2 > bytes.length) throw new OleFormatError(`offset ${at} beyond the file`);

    return view.getUint16(at, true);
  };
  const u32 = (at: number) => {
    if (at + 4 > bytes.length) throw new OleFormatError(`offset ${at} beyond the file`);

    return view.getUint32(at, true);
  };
  const sectorShift = u16(0x1e);
  const miniShift = u16(0x20);
  if (sectorShift !== 9 && sectorShift !== 12) throw new OleFormatError(`sector shift ${sectorShift}`);
  if (miniShift !== 6) throw new OleFormatError(`mini sector shift ${miniShift}`);
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const offsetOf = (sector: number) => {
    if (sector >= sectorCount + 1) throw new OleFormatError(`sector ${sector} beyond the file`);

    return (sector + 1) * sectorSize;
  };

  // The FAT: its sectors are listed in the header's 109 DIFAT slots, then in chained DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(0x4c + i * 4);
    if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s);
  }
  let difat = u32(0x44);
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE && hops < sectorCount; hops++) {
    const base = offsetOf(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) {
      const s = u32(base + i * 4);
      if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s);
    }
    difat = u32(base + perSector * 4);
  }
  const fatEntries = sectorSize / 4;
  const next = (sector: number): number => {
    const fatSector = fatSectors[Math.floor(sector / fatEntries)];
    if (fatSector === undefined) throw new OleFormatError(`sector ${sector} not in the FAT`);

    return u32(offsetOf(fatSector) + (sector % fatEntries) * 4);
  };
  const chain = (start: number, limit: number): number[] => {
    const out: number[] = [];
    for (let s = start; s !== END_OF_CHAIN && out.length < limit; s = next(s)) {
      if (s === FREE || s >= sectorCount + 1) throw new OleFormatError(`broken chain at ${s}`);
      out.push(s);
    }

    return out;
  };

  // The directory: 128-byte entries in the chain from the header's first directory sector.
  const entries: (OleStream & { type: number })[] = [];
  for (const sector of chain(u32(0x30), Math.ceil((MAX_DIR_ENTRIES * DIR_ENTRY) / sectorSize))) {
    const base = offsetOf(sector);
    for (let k = 0; k < sectorSize / DIR_ENTRY; k++) {
      const at = base + k * DIR_ENTRY;
      const nameBytes = Math.min(64, u16(at + 64));
      const type = bytes[at + 66] ?? 0;
      let name = '';
      for (let i = 0; i + 1 < nameBytes - 1; i += 2) name += String.fromCharCode(u16(at + i));
      entries.push({ name, type, start: u32(at + 116), size: u32(at + 120) });
    }
  }
  const root = entries[0];
  if (!root || root.type !== 5) throw new OleFormatError('no root entry');
  const miniCutoff = u32(0x38);
  let miniFat: number[] | null = null;
  let rootChain: number[] | null = null;

  const head = (stream: OleStream, length: number): Uint8Array => {
    const want = Math.min(length, stream.size);
    const out = new Uint8Array(want);
    if (stream.size >= miniCutoff) {
      const sectors = chain(stream.start, Math.ceil(want / sectorSize));
      sectors.forEach((s, i) => {
        const from = offsetOf(s);
        const part = bytes.subarray(from, Math.min(from + sectorSize, bytes.length)).subarray(0, want - i * sectorSize);
        out.set(part, i * sectorSize);
      });

      return out;
    }
    // Small streams live in the mini stream (64-byte sectors inside the root entry's chain).
    miniFat ??= chain(u32(0x3c), u32(0x40)).flatMap((s) => Array.from({ length: fatEntries }, (_, i) => u32(offsetOf(s) + i * 4)));
    rootChain ??= chain(root.start, Math.ceil(root.size / sectorSize) + 1);
    let mini = stream.start;
    for (let written = 0; written < want; written += 64) {
      if (mini === END_OF_CHAIN || mini === FREE) throw new OleFormatError('mini stream chain ends early');
      const position = mini * 64;
      const sector = rootChain[Math.floor(position / sectorSize)];
      if (sector === undefined) throw new OleFormatError('mini sector beyond the mini stream');
      const from = offsetOf(sector) + (position % sectorSize);
      out.set(bytes.subarray(from, from + Math.min(64, want - written)), written);
      mini = miniFat[mini] ?? END_OF_CHAIN;
    }

    return out;
  };

  return { streams: entries.filter((e) => e.type === 2).map(({ name, start, size }) => ({ name, start, size })), head };
}
