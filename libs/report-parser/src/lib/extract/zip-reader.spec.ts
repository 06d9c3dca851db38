import { strToU8, zipSync } from 'fflate';

import { parseErrorCodeOf } from '../../testing/parse-error-code-of';
import { inflateZipEntry, listZipEntries, zipEntryCount } from './zip-reader';

/** Rewrites the declared uncompressed size of every entry, in the central directory and the local headers. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i += 1) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
    if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, size, true);
  }
  return out;
}

describe('zip reader', () => {
  it('lists names, methods and declared sizes, and reads stored and deflated entries back', () => {
    const zip = zipSync({ 'a/报告.txt': strToU8('一二三'.repeat(100)), 'b.bin': [new Uint8Array([1, 2, 3]), { level: 0 }] });
    const entries = listZipEntries(zip);
    expect(zipEntryCount(zip)).toBe(2);
    expect(entries.map((e) => [e.name, e.method, e.originalSize])).toEqual([
      ['a/报告.txt', 8, 900],
      ['b.bin', 0, 3],
    ]);
    expect(Buffer.from(inflateZipEntry(zip, entries[0])).toString('utf8')).toBe('一二三'.repeat(100));
    expect([...inflateZipEntry(zip, entries[1])]).toEqual([1, 2, 3]);
  });

  it('refuses data that inflates beyond its declared size as ZIP_BOMB, without inflating the rest', () => {
    // 64 MB of zeros declared as 100 KB: the output stops at the ceiling instead of inflating 64 MB.
    const liar = declareSize(zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 1 }), 100 * 1024);
    const [entry] = listZipEntries(liar);
    expect(entry.originalSize).toBe(100 * 1024);
    expect(parseErrorCodeOf(() => inflateZipEntry(liar, entry))).toBe('ZIP_BOMB');
  });

  it('reports truncated, garbled or unsupported archives as CORRUPT_FILE', () => {
    const zip = zipSync({ 'report.txt': strToU8('x'.repeat(5000)) });
    expect(parseErrorCodeOf(() => listZipEntries(zip.slice(0, zip.length - 30)))).toBe('CORRUPT_FILE');
    expect(parseErrorCodeOf(() => listZipEntries(strToU8('PK')))).toBe('CORRUPT_FILE');
    // The directory points past the end of the data.
    const short = zip.slice();
    new DataView(short.buffer).setUint32(short.length - 6, short.length, true);
    expect(parseErrorCodeOf(() => listZipEntries(short))).toBe('CORRUPT_FILE');
    const [entry] = listZipEntries(zip);
    expect(parseErrorCodeOf(() => inflateZipEntry(zip.slice().fill(0xff, entry.dataStart, entry.dataStart + 8), entry))).toBe('CORRUPT_FILE');
    expect(parseErrorCodeOf(() => inflateZipEntry(zip, { ...entry, method: 14 }))).toBe('CORRUPT_FILE');
    expect(parseErrorCodeOf(() => inflateZipEntry(zip, { ...entry, method: 0 }))).toBe('CORRUPT_FILE');
  });

  it('decodes names without the UTF-8 flag one byte per char (callers re-decode GB18030)', () => {
    const zip = zipSync({ 'ab.txt': strToU8('x') });
    const name = Buffer.from(zip).indexOf('ab.txt', 40);
    const raw = zip.slice();
    raw.set([0xb1, 0xa8], name);
    const flags = new DataView(raw.buffer);
    for (let i = 0; i + 4 <= raw.length; i += 1) if (flags.getUint32(i, true) === 0x02014b50) flags.setUint16(i + 8, 0, true);
    expect(listZipEntries(raw)[0].name).toBe('\u00b1\u00a8.txt');
  });
});
