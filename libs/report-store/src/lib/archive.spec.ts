import { zipSync } from 'fflate';

import { ArchiveError, expandZipArchive, isZipArchive } from './archive';

describe('expandZipArchive', () => {
  it('returns the documents of an archive and skips folders and macOS metadata', () => {
    const zip = zipSync({ 'a/report.txt': new TextEncoder().encode('一'), '__MACOSX/a/._report.txt': new Uint8Array([1]), 'b.html': new Uint8Array([60]) });
    const members = expandZipArchive(zip);
    expect(members.map((m) => m.fileName).sort()).toEqual(['b.html', 'report.txt']);
    expect(isZipArchive('docs.zip', zip)).toBe(true);
    expect(isZipArchive('report.docx', zip)).toBe(false);
  });

  it('decodes member names that Chinese Windows stored in GB18030 without the UTF-8 flag', () => {
    const zip = zipSync({ 'ab.txt': new TextEncoder().encode('一') });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // Clear the UTF-8 flag and write 报 in GB18030 (b1 a8) over 'ab' in the central directory's name.
    for (let i = 0; i + 4 <= zip.length; i += 1) if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, 0, true);
    zip.set([0xb1, 0xa8], Buffer.from(zip).indexOf('ab.txt', 40));
    expect(expandZipArchive(zip).map((m) => m.fileName)).toEqual(['报.txt']);
  });

  it('refuses an archive that expands far beyond its size (zip bomb)', () => {
    const zip = zipSync({ 'bomb.txt': new Uint8Array(5_000_000) }, { level: 9 });
    expect(() => expandZipArchive(zip)).toThrow(ArchiveError);
    expect(() => expandZipArchive(zip, { maxEntries: 10, maxTotalBytes: 1000, maxEntryBytes: 10_000_000, maxRatio: 1e9 })).toThrow(/expands beyond/);
  });

  it('refuses a member that inflates beyond the size the archive declares for it (a lying header)', () => {
    const zip = zipSync({ 'report.txt': new Uint8Array(32 * 1024 * 1024) }, { level: 1 });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // Declare 256 KB: under every size and ratio limit, so only the inflation ceiling catches it.
    for (let i = 0; i + 4 <= zip.length; i += 1) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 256 * 1024, true);
    expect(() => expandZipArchive(zip)).toThrow(expect.objectContaining({ code: 'ZIP_BOMB' }));
  });

  it('refuses an archive with more documents than the limit', () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`r${i}.txt`, new Uint8Array([65])]));
    expect(() => expandZipArchive(zipSync(files), { maxEntries: 10, maxTotalBytes: 1e9, maxEntryBytes: 1e9, maxRatio: 1e9 })).toThrow(/more than 10 entries/);
  });

  it('refuses an unreadable archive as corrupt', () => {
    expect(() => expandZipArchive(new Uint8Array([0x50, 0x4b, 1, 2, 3]))).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE' }));
  });
});
