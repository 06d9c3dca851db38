import { zipSync } from 'fflate';

import { ArchiveError, expandZipArchive, isZipArchive } from './expand-zip-archive.util';

describe('expandZipArchive', () => {
  it('returns the documents of an archive and skips folders and macOS metadata', () => {
    const zip = zipSync({ 'a/report.txt': new TextEncoder().encode('一'), '__MACOSX/a/._report.txt': new Uint8Array([1]), 'b.html': new Uint8Array([60]) });
    const members = expandZipArchive(zip);
    expect(members.map((m) => m.fileName).sort()).toEqual(['b.html', 'report.txt']);
    expect(isZipArchive('docs.zip', zip)).toBe(true);
    expect(isZipArchive('report.docx', zip)).toBe(false);
  });

  it('refuses an archive that expands far beyond its size (zip bomb)', () => {
    const zip = zipSync({ 'bomb.txt': new Uint8Array(5_000_000) }, { level: 9 });
    expect(() => expandZipArchive(zip)).toThrow(ArchiveError);
    expect(() => expandZipArchive(zip, { maxEntries: 10, maxTotalBytes: 1000, maxEntryBytes: 10_000_000, maxRatio: 1e9 })).toThrow(/expands beyond/);
  });

  it('refuses an unreadable archive as corrupt', () => {
    expect(() => expandZipArchive(new Uint8Array([0x50, 0x4b, 1, 2, 3]))).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE' }));
  });
});
