/**
 * A minimal OLE compound file writer for tests ([MS-CFB] version 3, 512-byte sectors, every stream in the FAT):
 * enough to make .doc-shaped containers with chosen streams and FIB flags without LibreOffice.
 */
export function compoundFile(streams: { name: string; data: Uint8Array }[]): Uint8Array {
  const SECTOR = 512;
  const sectorsOf = (n: number) => Math.max(1, Math.ceil(n / SECTOR));
  const dirEntries = streams.length + 1;
  const dirSectors = sectorsOf(dirEntries * 128);
  // Streams shorter than the mini-stream cutoff would live in the mini stream; pad them to 4096 bytes.
  const padded = streams.map((s) => {
    const data = new Uint8Array(Math.max(4096, s.data.length));
    data.set(s.data);

    return { name: s.name, data, size: Math.max(4096, s.data.length) };
  });
  const dataSectors = padded.reduce((n, s) => n + sectorsOf(s.data.length), 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + dirSectors + dataSectors) fatSectors++;
  const total = fatSectors + dirSectors + dataSectors;
  const out = new Uint8Array(SECTOR * (total + 1));
  const view = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, fatSectors, true);
  view.setUint32(0x30, fatSectors, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i < fatSectors ? i : 0xffffffff, true);
  const fat = (sector: number, value: number) => view.setUint32(SECTOR + sector * 4, value, true);
  for (let i = 0; i < fatSectors; i++) fat(i, 0xfffffffd);
  const chain = (start: number, count: number) => {
    for (let i = 0; i < count; i++) fat(start + i, i === count - 1 ? 0xfffffffe : start + i + 1);
  };
  chain(fatSectors, dirSectors);
  const dirBase = SECTOR * (fatSectors + 1);
  const entry = (k: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const at = dirBase + k * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1;
    view.setUint32(at + 68, 0xffffffff, true);
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  entry(0, 'Root Entry', 5, 0xfffffffe, 0, padded.length > 0 ? 1 : 0xffffffff, 0xffffffff);
  let next = fatSectors + dirSectors;
  padded.forEach((s, k) => {
    const count = sectorsOf(s.data.length);
    chain(next, count);
    out.set(s.data, SECTOR * (next + 1));
    entry(k + 1, s.name, 2, next, s.size, 0xffffffff, k + 2 <= padded.length ? k + 2 : 0xffffffff);
    next += count;
  });

  return out;
}

/** The first bytes of a Word 97 WordDocument stream: the FIB's wIdent and flags (fEncrypted is bit 8). */
export function wordFib(options: { encrypted?: boolean; ident?: number } = {}): Uint8Array {
  const fib = new Uint8Array(32);
  const view = new DataView(fib.buffer);
  view.setUint16(0, options.ident ?? 0xa5ec, true);
  view.setUint16(2, 0xc1, true);
  view.setUint16(0x0a, options.encrypted ? 0x0100 : 0x0000, true);

  return fib;
}
